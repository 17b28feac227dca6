/**
 * Watches the partner's changes for a capture or parked item this laptop wrote being removed
 * (shared/offsite/removed-own.ts), and keeps each one — its content as it stood — until it is
 * restored, kept removed, or back by another way (a version restored, the mass-delete restore, the
 * partner's own undo). The list is kept in localStorage beside the own-write records, so a reload
 * or a restart does not lose the notice, nor what a restore writes back.
 *
 * Only a change with the peer origin is read: removing one's own item on this laptop (a version
 * restored here) tells no one anything.
 */
import * as Y from 'yjs';
import { actionIdOf, actionOf, logEntryOf, logIdOf, type WorkspaceOp } from '../../shared/offsite/capture-ops';
import { parseCapture, parseParked } from '../../shared/offsite/capture-record';
import { mergeRemovals, ownRemovals, parseRemovals, removalKey, type ChangedEntry, type OwnRemoval } from '../../shared/offsite/removed-own';
import { ACTIONS, applyOps, CAPTURES, PARKING } from './offsite-capture';
import { itemsOf } from './workspace-doc';
import { ownWriteCheck, ownWriteIds } from './own-writes';
import { ownParkedCheck, ownParkedIds } from './own-parked';

export const REMOVALS_KEY = 'accord.offsite.removedByPartner';

export interface OwnRemovalWatch {
  /** Oldest first. */
  current(): readonly OwnRemoval[];
  subscribe(cb: (list: readonly OwnRemoval[]) => void): () => void;
  /** Writes the item back as it was removed (a local edit both laptops get); false when it is not listed. */
  restore(key: string): boolean;
  /** Leaves it removed and stops listing it. */
  dismiss(key: string): void;
  destroy(): void;
}

function readStored(): OwnRemoval[] {
  try {
    return parseRemovals(JSON.parse(localStorage.getItem(REMOVALS_KEY) ?? '[]'));
  } catch {
    return [];
  }
}

function store(list: readonly OwnRemoval[]): void {
  try {
    if (list.length) localStorage.setItem(REMOVALS_KEY, JSON.stringify(list));
    else localStorage.removeItem(REMOVALS_KEY);
  } catch {
    // Storage full: the notice still stands in this run.
  }
}

/** What writes `r` back: the record, and for a capture whose decision-log entry or action line went with it, that too. */
function restoreOps(doc: Y.Doc, r: OwnRemoval): WorkspaceOp[] {
  if (r.kind === 'parked') return [{ op: 'put-parked', item: r.item }];
  const c = r.item;
  const ops: WorkspaceOp[] = [{ op: 'put-capture', capture: c }];
  if (c.kind === 'decision' && !(itemsOf(doc, 'log').get(logIdOf(c.id)) instanceof Y.Map)) ops.unshift({ op: 'put-log', entry: logEntryOf(c.id, c) });
  if (c.kind === 'action' && !doc.getMap(ACTIONS).has(actionIdOf(c.id))) ops.unshift({ op: 'put-action', action: actionOf(c) });
  return ops;
}

export function watchOwnRemovals(doc: Y.Doc, opts: { origin: unknown; now?: () => Date }): OwnRemovalWatch {
  const captures = doc.getMap(CAPTURES);
  const parking = doc.getMap(PARKING);
  /** Still gone: nothing that reads as a record stands under its id. */
  const gone = (r: OwnRemoval) =>
    r.kind === 'capture' ? !parseCapture(r.item.id, captures.get(r.item.id)).ok : !parseParked(r.item.id, parking.get(r.item.id)).ok;
  let list = readStored().filter(gone);
  const listeners = new Set<(l: readonly OwnRemoval[]) => void>();
  const set = (next: OwnRemoval[]) => {
    list = next;
    store(list);
    listeners.forEach((l) => l(list));
  };

  const observer = (kind: OwnRemoval['kind'], map: Y.Map<unknown>) => (event: Y.YMapEvent<unknown>) => {
    let next = list;
    if (event.transaction.origin === opts.origin) {
      // Read now: the removed values are still in the doc until the transaction ends. Only ids this
      // laptop wrote under are parsed: a flood of the partner's own entries costs a set lookup each.
      const own = kind === 'capture' ? ownWriteIds() : ownParkedIds();
      const entries: ChangedEntry[] = [];
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'add' && own.has(key)) entries.push({ kind, key, before: change.oldValue, after: map.get(key) });
      }
      const found = entries.length ? ownRemovals(entries, { capture: ownWriteCheck(), parked: ownParkedCheck() }, (opts.now?.() ?? new Date()).toISOString()) : [];
      if (found.length) next = mergeRemovals(next, found);
    }
    next = next.filter(gone);
    if (next.length !== list.length || next.some((r, i) => r !== list[i])) set(next);
  };
  const onCaptures = observer('capture', captures);
  const onParking = observer('parked', parking);
  captures.observe(onCaptures);
  parking.observe(onParking);

  return {
    current: () => list,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    restore(key) {
      const r = list.find((x) => removalKey(x) === key);
      if (!r) return false;
      // Its own transaction: the observer above sees it back and takes it off the list.
      applyOps(doc, restoreOps(doc, r));
      return true;
    },
    dismiss(key) {
      set(list.filter((x) => removalKey(x) !== key));
    },
    destroy() {
      captures.unobserve(onCaptures);
      parking.unobserve(onParking);
      listeners.clear();
    },
  };
}
