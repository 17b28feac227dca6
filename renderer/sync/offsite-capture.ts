/**
 * The offsite's three roots in the workspace doc, plain JSON values keyed by id:
 *
 *   captures  Y.Map<id, Capture>       what the pair captured in the room
 *   actions   Y.Map<id, OffsiteAction> actions written by action captures
 *   parking   Y.Map<id, ParkedItem>    the parking lot
 *
 * A capture's workspace changes (log entry, matrix cell, bet) and its record are
 * written in ONE transaction, so the partner never sees one without the other.
 * The origin is not the undo manager's: Ctrl+Z in the workspace must not take back
 * half of something both leaders may already have confirmed.
 */
import * as Y from 'yjs';
import { actionsOf, type WorkspaceOp } from '../../shared/offsite/capture-ops';
import { byCreated, parseAction, parseCapture, parseParked } from '../../shared/offsite/capture-record';
import type { OffsiteRecord, ParkedItem } from '../../shared/offsite/capture';
import { addItem, setItemField } from './workspace-mutations';
import { itemsOf } from './workspace-doc';
import { putBet } from './workspace-agreement';

export const CAPTURES = 'captures';
export const ACTIONS = 'actions';
export const PARKING = 'parking';
export const OFFSITE_ROOTS = [CAPTURES, ACTIONS, PARKING] as const;
export const CAPTURE_ORIGIN = 'offsite-capture';

/** Valid records only; `dropped` lists what was refused and why (a partner's malformed write). */
export function readOffsite(doc: Y.Doc): OffsiteRecord & { dropped: string[] } {
  const dropped: string[] = [];
  const read = <T>(root: string, parse: (k: string, v: unknown) => { ok: true; value: T } | { ok: false; errors: string[] }): T[] => {
    const out: T[] = [];
    for (const [k, v] of doc.getMap(root).entries()) {
      const r = parse(k, v);
      if (r.ok) out.push(r.value);
      else dropped.push(...r.errors);
    }
    return out;
  };
  const captures = read(CAPTURES, parseCapture).sort(byCreated);
  const parked = read(PARKING, parseParked).sort(byCreated);
  // The capture is what both leaders confirm (its hash), so the actions come from the action
  // captures themselves (actionsOf); an entry in the `actions` mirror that differs from its
  // capture (a partner's edit) is reported, never shown.
  const actions = actionsOf(captures);
  const mirror = new Map(read(ACTIONS, parseAction).map((a) => [a.id, a]));
  for (const a of actions) {
    const m = mirror.get(a.id);
    if (m && (m.text !== a.text || m.owner !== a.owner || m.due !== a.due || m.captureId !== a.captureId)) dropped.push(`actions[${JSON.stringify(a.id.slice(0, 40))}]: differs from its capture; the capture is shown`);
  }
  return { captures, actions, parked, dropped };
}

function applyOne(doc: Y.Doc, op: WorkspaceOp): void {
  switch (op.op) {
    case 'put-log': {
      const e = op.entry;
      // Not a row (a plain value the partner wrote there with plain yjs): no reader shows it, so it
      // is not an entry here; the decision's row takes its place. Editing it as a row would throw
      // halfway through this transaction, and what was written before the throw would stay.
      if (!(itemsOf(doc, 'log').get(e.id) instanceof Y.Map)) addItem(doc, 'log', e);
      else {
        setItemField(doc, 'log', e.id, 'what', e.what);
        setItemField(doc, 'log', e.id, 'decidedBy', e.decidedBy);
        setItemField(doc, 'log', e.id, 'forum', e.forum);
        setItemField(doc, 'log', e.id, 'date', e.date);
        setItemField(doc, 'log', e.id, 'options', e.options);
        setItemField(doc, 'log', e.id, 'status', e.status);
      }
      return;
    }
    case 'set-matrix-cell':
      setItemField(doc, 'matrix', op.rowId, op.cell, op.value);
      if (op.cell === 'accountable') setItemField(doc, 'matrix', op.rowId, 'jointAccountable', op.jointAccountable);
      return;
    case 'put-bet':
      putBet(doc, op.bet);
      return;
    case 'put-action':
      doc.getMap(ACTIONS).set(op.action.id, { ...op.action });
      return;
    case 'put-capture':
      doc.getMap(CAPTURES).set(op.capture.id, JSON.parse(JSON.stringify(op.capture)) as object);
      return;
    case 'put-parked':
      doc.getMap(PARKING).set(op.item.id, { ...op.item });
      return;
  }
}

/** Applies a capture's ops as one transaction (nested mutations join it). */
export function applyOps(doc: Y.Doc, ops: readonly WorkspaceOp[]): void {
  doc.transact(() => {
    for (const op of ops) applyOne(doc, op);
  }, CAPTURE_ORIGIN);
}

export function parkItem(doc: Y.Doc, item: ParkedItem): void {
  applyOps(doc, [{ op: 'put-parked', item }]);
}
