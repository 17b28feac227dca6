// Shared set-up of the offsite-capture tests: a seeded workspace doc and captures applied
// the way the offsite screen applies them.
import * as Y from 'yjs';
import { applyOps } from '../../../../renderer/sync/offsite-capture';
import { readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { readBets } from '../../../../renderer/sync/workspace-agreement';
import { captureToOps } from '../../../../shared/offsite/capture-ops';
import type { CaptureBody, CaptureMeta } from '../../../../shared/offsite/capture';

export const meta = (id: string, at = '2026-11-26T10:00:00.000Z'): CaptureMeta => ({ id, blockId: 'gap-db-1', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Alex Kim', createdAt: at });

export function seeded(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, new Date(2026, 10, 26));
  return d;
}

export function capture(doc: Y.Doc, body: CaptureBody, m: CaptureMeta): void {
  const r = captureToOps(body, m, { workspace: readWorkspace(doc), bets: readBets(doc) });
  if (!r.ok) throw new Error(r.error);
  applyOps(doc, r.ops);
}
