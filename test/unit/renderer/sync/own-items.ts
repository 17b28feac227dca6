// Shared set-up of the own-removals tests: this leader's own captures and parked items, written the
// way the capture panel and the parking lot write them (recorded as this laptop's, then applied),
// so that a removal of them by the partner's laptop is one the notice names.
import type * as Y from 'yjs';
import { rememberOwnWrite } from '../../../../renderer/sync/own-writes';
import { rememberOwnParked } from '../../../../renderer/sync/own-parked';
import { applyOps, parkItem } from '../../../../renderer/sync/offsite-capture';
import { readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { readBets } from '../../../../renderer/sync/workspace-agreement';
import { captureToOps } from '../../../../shared/offsite/capture-ops';
import type { Capture, CaptureBody, ParkedItem } from '../../../../shared/offsite/capture';
import { meta } from './offsite-fixtures';

/** This leader's decision (the decision variant, so `{ ...DECISION, text }` is one too). */
export const DECISION: Extract<CaptureBody, { kind: 'decision' }> = { kind: 'decision', text: 'Ship the beta by March', options: [], forum: 'Weekly sync', decidedOn: '2026-11-26', owner: 'CEO' };

/** A capture written the way the capture panel writes it: recorded as this laptop's, then applied. */
export function writeOwn(doc: Y.Doc, id: string, body: CaptureBody = DECISION): Capture {
  const r = captureToOps(body, meta(id), { workspace: readWorkspace(doc), bets: readBets(doc) });
  if (!r.ok) throw new Error(r.error);
  rememberOwnWrite(r.capture);
  applyOps(doc, r.ops);
  return r.capture;
}

export const parked = (id: string, text: string): ParkedItem => ({ id, text, blockId: 'close', blockTitle: 'Close', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' });

/** A parked item this leader parked: recorded as this laptop's, then parked. */
export function parkOwn(doc: Y.Doc, item: ParkedItem): void {
  rememberOwnParked(item);
  parkItem(doc, item);
}
