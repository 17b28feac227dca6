/**
 * Writes an imported offsite file's plan (shared/offsite/offsite-merge.ts) into the
 * workspace doc: the captures' workspace changes, the capture and parked records and
 * the exporter's confirmations, all in ONE transaction — so a crash or a partner
 * never sees half an import. Not in the undo manager's scope (its origin is the
 * capture's): Ctrl+Z must not take back part of what the partner confirmed.
 */
import type * as Y from 'yjs';
import type { MergePlan } from '../../shared/offsite/offsite-merge';
import { applyOps, CAPTURE_ORIGIN } from './offsite-capture';
import { AGREEMENT } from './workspace-agreement';

export function applyImport(doc: Y.Doc, plan: MergePlan): void {
  // An empty plan needs no guard: a transaction that writes nothing sends no update.
  doc.transact(() => {
    applyOps(doc, plan.ops);
    for (const { key, confirmation } of plan.confirmations) doc.getMap(AGREEMENT).set(key, { ...confirmation });
  }, CAPTURE_ORIGIN);
}
