/**
 * Writes an imported offsite file's plan (shared/offsite/offsite-merge.ts) into the
 * workspace doc: the captures' workspace changes, the capture and parked records and
 * the exporter's confirmations, all in ONE transaction — so a crash or a partner
 * never sees half an import. Not in the undo manager's scope (its origin is the
 * capture's): Ctrl+Z must not take back part of what the partner confirmed. What
 * gives back a value the import replaced is the workspace version kept before it
 * (`importKeepingVersion`).
 */
import type * as Y from 'yjs';
import type { Role } from '../../shared/assessment/types';
import type { OffsiteFile } from '../../shared/offsite/offsite-file';
import { planOffsiteImport, type MergePlan, type MergeResult } from '../../shared/offsite/offsite-merge';
import { applyOps, CAPTURE_ORIGIN, readOffsite } from './offsite-capture';
import { versionLabel, type VersionReason } from './version-records';
import { AGREEMENT, readBets, readShared } from './workspace-agreement';
import { readWorkspace } from './workspace-doc';
import type { VersionKeeper } from './workspace-versions';

export function applyImport(doc: Y.Doc, plan: MergePlan): void {
  // An empty plan needs no guard: a transaction that writes nothing sends no update.
  doc.transact(() => {
    applyOps(doc, plan.ops);
    for (const { key, confirmation } of plan.confirmations) doc.getMap(AGREEMENT).set(key, { ...confirmation });
  }, CAPTURE_ORIGIN);
}

export type KeptImport =
  /** `keptVersion`: how the Versions panel names the version that holds the replaced values (only when some were). */
  { ok: true; plan: MergePlan; keptVersion?: string } | { ok: false; error: string };

/** Tries at keeping a version of a doc that a live partner keeps changing meanwhile. */
const KEEP_TRIES = 3;

/**
 * Plans the partner's file against the doc as it is and writes it. When the import replaces a
 * value this laptop holds (report.replaced), a version of the workspace is kept first, so one
 * restore in the Versions panel gives every replaced value back; when it cannot be kept, nothing
 * is imported. An import that only adds or fills in keeps no version.
 */
export async function importKeepingVersion(doc: Y.Doc, file: OffsiteFile, myRole: Role | undefined, versions: VersionKeeper | undefined): Promise<KeptImport> {
  const planNow = (): MergeResult => {
    const here = readOffsite(doc);
    return planOffsiteImport(file, { captures: here.captures, parked: here.parked, shared: readShared(doc), myRole }, { workspace: readWorkspace(doc), bets: readBets(doc) });
  };
  let r = planNow();
  let keptVersion: string | undefined;
  for (let tries = 0; r.ok && r.plan.report.replaced.length; tries++) {
    const count = r.plan.report.replaced.length;
    const refuse = (why: string): KeptImport => ({
      ok: false,
      error: `it would replace ${count === 1 ? 'a value' : `${count} values`} held here, and no version of the workspace could be kept first to put ${count === 1 ? 'it' : 'them'} back (${why}).`,
    });
    if (!versions) return refuse('this laptop keeps no versions');
    if (tries === KEEP_TRIES) return refuse('the workspace kept changing meanwhile; try again');
    // The version is the doc's state when snapshot() is called; an update after that (a live
    // partner's edit) means the plan and the version no longer match: plan and keep again.
    let changed = false;
    const onUpdate = () => (changed = true);
    doc.on('update', onUpdate);
    try {
      const reason: VersionReason = 'before-import';
      // (false: the newest kept version is this very state; it is the one to restore.)
      await versions.snapshot(reason);
      // Named as the Versions panel lists it, with its time: a second import keeps a second one.
      const newest = (await versions.list())[0];
      if (!newest) return refuse('no version is kept');
      keptVersion = versionLabel(newest);
    } catch (e) {
      return refuse(e instanceof Error ? e.message : String(e));
    } finally {
      doc.off('update', onUpdate);
    }
    if (!changed) break;
    r = planNow();
  }
  if (!r.ok) return r;
  applyImport(doc, r.plan);
  return { ok: true, plan: r.plan, ...(r.plan.report.replaced.length ? { keptVersion } : {}) };
}
