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
import {
  mergeRemovals,
  mergeUnlisted,
  ownRemovals,
  parseRemovalKey,
  parseRemovals,
  parseUnlisted,
  removalKey,
  type ChangedEntry,
  type OwnRemoval,
} from '../../shared/offsite/removed-own';
import { ACTIONS, applyOps, CAPTURES, PARKING } from './offsite-capture';
import { itemsOf } from './workspace-doc';
import { ownWriteCheck, ownWriteIds } from './own-writes';
import { readLocal } from './workspace-agreement';
import { captureHash, captureKey } from '../../shared/offsite/capture-agreement';
import type { Capture } from '../../shared/offsite/capture';
import type { Written } from '../../shared/offsite/removed-own';
import { ownParkedCheck, ownParkedIds } from './own-parked';

export const REMOVALS_KEY = 'accord.offsite.removedByPartner';
/** Removals pushed out of the list (keys only), still counted: see MAX_UNLISTED_REMOVALS. */
export const UNLISTED_KEY = 'accord.offsite.removedByPartner.unlisted';

export interface OwnRemovalWatch {
  /** Oldest first. */
  current(): readonly OwnRemoval[];
  /** How many more are still removed than the list holds (pushed out of it, newest kept). */
  unlisted(): number;
  subscribe(cb: (list: readonly OwnRemoval[], unlisted: number) => void): () => void;
  /** Writes the item back as it was removed (a local edit both laptops get); false when it is not listed. */
  restore(key: string): boolean;
  /** Leaves it removed and stops listing it. */
  dismiss(key: string): void;
  /** Leaves those past the list removed and stops counting them. */
  dismissUnlisted(): void;
  destroy(): void;
}

function readStored<T>(key: string, parse: (v: unknown) => T[]): T[] {
  try {
    return parse(JSON.parse(localStorage.getItem(key) ?? '[]'));
  } catch {
    return [];
  }
}

function store(key: string, list: readonly unknown[]): void {
  try {
    if (list.length) localStorage.setItem(key, JSON.stringify(list));
    else localStorage.removeItem(key);
  } catch {
    // Storage full: the notice still stands in this run.
  }
}

const CAPTURE_KEY = /^capture:(.+)$/s;

/** The capture ids this laptop's leader confirmed (its own record of confirmations: workspace-agreement.ts). */
function confirmedCaptureIds(): string[] {
  return Object.keys(readLocal()).flatMap((k) => CAPTURE_KEY.exec(k)?.slice(1, 2) ?? []);
}

/**
 * Written here (own-writes.ts), else confirmed here exactly as it stood: an agreement the partner's
 * laptop took away with the capture, whoever wrote it, is this leader's to hear about too.
 */
function writtenOrConfirmed(): (c: Capture) => Written {
  const written = ownWriteCheck();
  const local = readLocal();
  return (c) => {
    const w = written(c);
    if (w !== 'none') return w;
    const mine = local[captureKey(c.id)];
    const hash = captureHash(c);
    return mine && (mine.ceo === hash || mine.cto === hash) ? 'confirmed' : 'none';
  };
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
  const goneId = (kind: OwnRemoval['kind'], id: string) => (kind === 'capture' ? !parseCapture(id, captures.get(id)).ok : !parseParked(id, parking.get(id)).ok);
  const gone = (r: OwnRemoval) => goneId(r.kind, r.item.id);
  const goneKey = (key: string) => {
    const k = parseRemovalKey(key);
    return k !== undefined && goneId(k.kind, k.id);
  };
  let list = readStored(REMOVALS_KEY, parseRemovals).filter(gone);
  let unlisted = readStored(UNLISTED_KEY, parseUnlisted).filter(goneKey);
  const listeners = new Set<(l: readonly OwnRemoval[], unlisted: number) => void>();
  const set = (next: OwnRemoval[], nextUnlisted = unlisted) => {
    list = next;
    if (nextUnlisted !== unlisted) store(UNLISTED_KEY, nextUnlisted);
    unlisted = nextUnlisted;
    store(REMOVALS_KEY, list);
    listeners.forEach((l) => l(list, unlisted.length));
  };

  const observer = (kind: OwnRemoval['kind'], map: Y.Map<unknown>) => (event: Y.YMapEvent<unknown>) => {
    let next = list;
    let nextUnlisted = unlisted;
    // Entries added (the partner's own, a flood of them) remove nothing: the own-write record (a
    // localStorage read and parse) is read only for a change that took or replaced an entry.
    if (event.transaction.origin === opts.origin && [...event.changes.keys.values()].some((c) => c.action !== 'add')) {
      // Read now: the removed values are still in the doc until the transaction ends. Only ids this
      // laptop wrote under are parsed: a flood of the partner's own entries costs a set lookup each.
      const own = kind === 'capture' ? new Set([...ownWriteIds(), ...confirmedCaptureIds()]) : ownParkedIds();
      const entries: ChangedEntry[] = [];
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'add' && own.has(key)) entries.push({ kind, key, before: change.oldValue, after: map.get(key) });
      }
      const found = entries.length ? ownRemovals(entries, { capture: writtenOrConfirmed(), parked: ownParkedCheck() }, (opts.now?.() ?? new Date()).toISOString()) : [];
      if (found.length) {
        next = mergeRemovals(list, found);
        nextUnlisted = mergeUnlisted(unlisted, list, found, next);
      }
    }
    next = next.filter(gone);
    if (nextUnlisted.length) nextUnlisted = nextUnlisted.filter(goneKey);
    if (next.length !== list.length || next.some((r, i) => r !== list[i]) || nextUnlisted.length !== unlisted.length || nextUnlisted.some((k, i) => k !== unlisted[i])) set(next, nextUnlisted);
  };
  const onCaptures = observer('capture', captures);
  const onParking = observer('parked', parking);
  captures.observe(onCaptures);
  parking.observe(onParking);

  return {
    current: () => list,
    unlisted: () => unlisted.length,
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
    dismissUnlisted() {
      set(list, []);
    },
    destroy() {
      captures.unobserve(onCaptures);
      parking.unobserve(onParking);
      listeners.clear();
    },
  };
}
