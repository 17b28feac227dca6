/**
 * Watches the partner's changes for a capture or parked item this laptop wrote being removed
 * (shared/offsite/removed-own.ts), and keeps each one — its content as it stood — until it is
 * restored, kept removed, or back by another way (a version restored, the mass-delete restore, the
 * partner's own undo). The list is kept in localStorage beside the own-write records, so a reload
 * or a restart does not lose the notice, nor what a restore writes back. Beside a capture, Restore
 * writes back its decision-log entry or action line only when a partner's change took the one
 * written here (own-entries.ts).
 *
 * Only a change with the peer origin is read: removing one's own item on this laptop (a version
 * restored here) tells no one anything, and takes away a notice of it (the leader chose it gone).
 *
 * Two windows of the app (Electron can open two, a browser two tabs) each watch their own copy of
 * the workspace and share this list: every change is made to what is stored at that moment, by
 * key, never by writing back this window's copy (which dropped what the other window had added),
 * and a 'storage' event (the other window wrote) refreshes what this one shows. Restore reads the
 * stored list too: a notice kept removed or dealt with in the other window writes nothing here.
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
  keyOf,
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
import { watchOwnEntries } from './own-entries';
import { OTHER_TAB_ORIGIN } from './other-tab-origin';
import { takenByPartner } from '../../shared/offsite/own-entries';

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

/** What is stored now: the list, and the keys counted past it. */
interface Kept {
  list: OwnRemoval[];
  unlisted: string[];
}
const readKept = (): Kept => ({ list: readStored(REMOVALS_KEY, parseRemovals), unlisted: readStored(UNLISTED_KEY, parseUnlisted) });

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

/** A capture's decision-log entry or action line: what a restore may write back beside it; `stands` when one is there now. */
function entryOf(doc: Y.Doc, c: Capture): { id: string; stands: boolean; op: WorkspaceOp } | undefined {
  if (c.kind === 'decision') {
    const id = logIdOf(c.id);
    return { id, stands: itemsOf(doc, 'log').get(id) instanceof Y.Map, op: { op: 'put-log', entry: logEntryOf(c.id, c) } };
  }
  if (c.kind === 'action') {
    const id = actionIdOf(c.id);
    return { id, stands: doc.getMap(ACTIONS).has(id), op: { op: 'put-action', action: actionOf(c) } };
  }
  return undefined;
}

/**
 * What writes `r` back: the record, and for a capture whose decision-log entry or action line a
 * partner's change took — the very entry written here (own-entries.ts), in the change that removed
 * the capture or another — and that is still missing, that too. One this leader took away stays
 * away: writing back whatever was missing brought back a log entry deleted on the Workspace page,
 * and asking only whether an entry stood under the key before the partner's change let junk the
 * partner had put there stand for the one deleted here.
 */
function restoreOps(doc: Y.Doc, r: OwnRemoval, taken: (entryId: string) => boolean): WorkspaceOp[] {
  if (r.kind === 'parked') return [{ op: 'put-parked', item: r.item }];
  const ops: WorkspaceOp[] = [{ op: 'put-capture', capture: r.item }];
  const entry = entryOf(doc, r.item);
  if (entry && !entry.stands && taken(entry.id)) ops.unshift(entry.op);
  return ops;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function watchOwnRemovals(doc: Y.Doc, opts: { origin: unknown; now?: () => Date }): OwnRemovalWatch {
  const captures = doc.getMap(CAPTURES);
  const parking = doc.getMap(PARKING);
  // Before the first notice can be made: what became of each own capture's entry.
  const entryFates = watchOwnEntries(doc, { origin: opts.origin, ownIds: () => new Set([...ownWriteIds(), ...confirmedCaptureIds()]) });
  /** Still gone: nothing that reads as a record stands under its id. */
  const goneId = (kind: OwnRemoval['kind'], id: string) => (kind === 'capture' ? !parseCapture(id, captures.get(id)).ok : !parseParked(id, parking.get(id)).ok);
  const gone = (r: OwnRemoval) => goneId(r.kind, r.item.id);
  const goneKey = (key: string) => {
    const k = parseRemovalKey(key);
    return k !== undefined && goneId(k.kind, k.id);
  };

  /** What this window shows: what is stored, of what is gone from its copy of the workspace. */
  let list: OwnRemoval[] = [];
  let unlisted: string[] = [];
  let shownKeys = new Set<string>();
  let told: unknown = [[], []];
  const listeners = new Set<(l: readonly OwnRemoval[], unlisted: number) => void>();
  const show = (kept: Kept) => {
    list = kept.list.filter(gone);
    unlisted = kept.unlisted.filter(goneKey);
    shownKeys = new Set([...list.map(removalKey), ...unlisted]);
    if (sameJson(told, [list, unlisted])) return;
    told = [list, unlisted];
    listeners.forEach((l) => l(list, unlisted.length));
  };
  /**
   * A change made to what is stored now (read, changed by key, written): another window writes the
   * same keys, and writing back this window's copy dropped what it had added since.
   */
  const change = (edit: (k: Kept) => Kept) => {
    const before = readKept();
    const after = edit(before);
    if (!sameJson(after.unlisted, before.unlisted)) store(UNLISTED_KEY, after.unlisted);
    if (!sameJson(after.list, before.list)) store(REMOVALS_KEY, after.list);
    // Storage full: the notice still stands in this window until the next change.
    show(after);
  };
  const without = (drop: ReadonlySet<string>) => (k: Kept): Kept => ({ list: k.list.filter((r) => !drop.has(removalKey(r))), unlisted: k.unlisted.filter((x) => !drop.has(x)) });

  // Back since (restored while this window was closed, or another way): no longer stored.
  change((k) => ({ list: k.list.filter(gone), unlisted: k.unlisted.filter(goneKey) }));

  const observer = (kind: OwnRemoval['kind'], map: Y.Map<unknown>) => (event: Y.YMapEvent<unknown>) => {
    // Another tab's saved changes: that tab recorded them (and wrote the shared list); its storage event refreshes this one.
    if (event.transaction.origin === OTHER_TAB_ORIGIN) return;
    const peer = event.transaction.origin === opts.origin;
    /** Shown here (gone) and now back, or taken away by this laptop (its leader chose it gone): the notice goes. */
    const drop = new Set<string>();
    let took = false;
    for (const [id, c] of event.changes.keys) {
      const key = keyOf(kind, id);
      if (!peer) {
        // Back (a restore), or taken by this laptop: either way not the partner's removal to restore.
        if (shownKeys.has(key) || goneId(kind, id)) drop.add(key);
      } else {
        // Only a listed one is looked at: a flood of the partner's own entries costs a set lookup each.
        if (shownKeys.has(key) && !goneId(kind, id)) drop.add(key);
        if (c.action !== 'add') took = true;
      }
    }
    let found: OwnRemoval[] = [];
    // Entries added (the partner's own, a flood of them) remove nothing: the own-write record (a
    // localStorage read and parse) is read only for a change that took or replaced an entry.
    if (took) {
      // Read now: the removed values are still in the doc until the transaction ends. Only ids this
      // laptop wrote under are parsed: a flood of the partner's own entries costs a set lookup each.
      const own = kind === 'capture' ? new Set([...ownWriteIds(), ...confirmedCaptureIds()]) : ownParkedIds();
      const entries: ChangedEntry[] = [];
      for (const [key, change] of event.changes.keys) {
        if (change.action === 'add' || !own.has(key)) continue;
        entries.push({ kind, key, before: change.oldValue, after: map.get(key) });
      }
      found = entries.length ? ownRemovals(entries, { capture: writtenOrConfirmed(), parked: ownParkedCheck() }, (opts.now?.() ?? new Date()).toISOString()) : [];
    }
    if (!found.length && !drop.size) return;
    change((k) => {
      let next = k;
      if (found.length) {
        const merged = mergeRemovals(k.list, found);
        next = { list: merged, unlisted: mergeUnlisted(k.unlisted, k.list, found, merged) };
      }
      return without(drop)(next);
    });
  };
  const onCaptures = observer('capture', captures);
  const onParking = observer('parked', parking);
  captures.observe(onCaptures);
  parking.observe(onParking);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === REMOVALS_KEY || e.key === UNLISTED_KEY) show(readKept());
  };
  const win = typeof window === 'undefined' ? undefined : window;
  win?.addEventListener('storage', onStorage);

  return {
    current: () => list,
    unlisted: () => unlisted.length,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    restore(key) {
      // As stored now: kept removed, restored or taken away by this leader in another window, it is no longer listed.
      const kept = readKept();
      const r = kept.list.find((x) => removalKey(x) === key);
      show(kept);
      if (!r || !gone(r)) return false;
      // Its own transaction: the observer above sees it back and takes it off the list.
      applyOps(doc, restoreOps(doc, r, (id) => takenByPartner(entryFates.fate(id))));
      return true;
    },
    dismiss(key) {
      change(without(new Set([key])));
    },
    dismissUnlisted() {
      // Those this window counted: one another window pushed out since is still to be told.
      const counted = new Set(unlisted);
      change((k) => ({ ...k, unlisted: k.unlisted.filter((x) => !counted.has(x)) }));
    },
    destroy() {
      captures.unobserve(onCaptures);
      parking.unobserve(onParking);
      entryFates.destroy();
      win?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}
