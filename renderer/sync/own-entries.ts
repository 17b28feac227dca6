/**
 * Keeps what became of each own capture's decision-log entry or action line, by its Yjs item
 * (shared/offsite/own-entries.ts): the one this laptop wrote, whether a partner's change took
 * that very item, and whether this laptop's leader took the entry away. Restore reads it
 * (own-removals.ts): it writes the entry back only when a partner's change took the one written
 * here, in the change that removed the capture or any other, and never one this leader removed.
 *
 * - A change made on this laptop (any origin but the peer's: the capture screen, the Workspace
 *   page, an undo, a version restored, Restore itself) that leaves an entry under an own
 *   capture's key makes that item the one written here; one that leaves none marks it taken here.
 * - A partner's change takes it only when it deletes (or replaces) that item. Junk the partner
 *   writes under the key, and takes again, is not it.
 * - When the watch starts (opening the workspace), an own capture whose entry has no fate yet —
 *   written before this record existed, or written by the partner and confirmed here — takes the
 *   entry standing under its key if that says exactly what the capture says: no junk becomes it.
 *
 * Kept in localStorage, read and changed by key at each change: the app's two windows share it,
 * and item ids are the same in every copy of the doc.
 */
import * as Y from 'yjs';
import { actionOf, logEntryOf } from '../../shared/offsite/capture-ops';
import type { Capture } from '../../shared/offsite/capture';
import { parseOwnEntries, withFates, type EntryFate, type ItemId, type OwnEntries } from '../../shared/offsite/own-entries';
import { ACTIONS, readOffsite } from './offsite-capture';
import { OTHER_TAB_ORIGIN } from './other-tab-origin';
import { itemsOf } from './workspace-doc';

export const OWN_ENTRIES_KEY = 'accord.offsite.ownEntries';

export interface OwnEntryWatch {
  /** What became of entry `id` (a log entry's or action line's id), as stored now. */
  fate(id: string): EntryFate | undefined;
  destroy(): void;
}

export function readOwnEntries(): OwnEntries {
  try {
    // Stryker disable next-line StringLiteral: JSON.parse('') throws, which the catch reads as empty too
    return parseOwnEntries(JSON.parse(localStorage.getItem(OWN_ENTRIES_KEY) ?? '{}'));
  } catch {
    return {};
  }
}

/** Sets `fates` in what is stored now (another window writes other keys). */
function keep(fates: ReadonlyMap<string, EntryFate>): void {
  // Stryker disable next-line ConditionalExpression: no fates rewrites the record as it reads (parseOwnEntries already cleaned and bounded it)
  if (!fates.size) return;
  try {
    localStorage.setItem(OWN_ENTRIES_KEY, JSON.stringify(withFates(readOwnEntries(), fates)));
  } catch {
    // Storage full: an entry without a fate is never written back by Restore (the capture still is).
  }
}

/**
 * The live item under `key` of `map`, whatever its value (a row is a Y.Map, an action line a plain
 * object). Yjs keeps a key's current item in `_map`; its id is what no other entry can have.
 */
function itemUnder(map: Y.Map<unknown>, key: string): ItemId | undefined {
  const item = (map as unknown as { _map: Map<string, { id: Y.ID; deleted: boolean }> })._map.get(key);
  return item && !item.deleted ? { client: item.id.client, clock: item.id.clock } : undefined;
}

const sameFate = (a: EntryFate | undefined, b: EntryFate) => JSON.stringify(a) === JSON.stringify(b);

/** Each field of `want` as the entry holds it (the row may hold more: fields the Workspace page adds). */
function says(held: unknown, want: object): boolean {
  // Stryker disable next-line ConditionalExpression: a string or number held has none of the entry's fields (its id is always set), so it says nothing either way
  if (!held || typeof held !== 'object') return false;
  const json = held instanceof Y.AbstractType ? (held.toJSON() as Record<string, unknown>) : (held as Record<string, unknown>);
  return Object.entries(want).every(([k, v]) => JSON.stringify(json[k]) === JSON.stringify(v));
}

export function watchOwnEntries(doc: Y.Doc, opts: { origin: unknown; ownIds: () => ReadonlySet<string> }): OwnEntryWatch {
  const log = itemsOf(doc, 'log') as Y.Map<unknown>;
  const actions = doc.getMap(ACTIONS);
  const roots = [
    { map: log, prefix: 'log-' },
    { map: actions, prefix: 'action-' },
  ];
  const captureIdOf = (prefix: string, key: string) => (key.startsWith(prefix) ? key.slice(prefix.length) : undefined);

  // Entries with no fate yet that say what their own capture says.
  {
    const kept = readOwnEntries();
    const own = opts.ownIds();
    const found = new Map<string, EntryFate>();
    const adopt = (map: Y.Map<unknown>, want: { id: string }) => {
      if (kept[want.id] !== undefined || !says(map.get(want.id), want)) return;
      const item = itemUnder(map, want.id);
      // Stryker disable next-line ConditionalExpression: says() found an entry under the key, so its live item is there
      if (item) found.set(want.id, { item });
    };
    for (const c of readOffsite(doc).captures as Capture[]) {
      if (!own.has(c.id)) continue;
      if (c.kind === 'decision') adopt(log, logEntryOf(c.id, c));
      if (c.kind === 'action') adopt(actions, actionOf(c));
    }
    keep(found);
  }

  /** Keys changed at the top of `map` (added, replaced, deleted) and, for this laptop's changes, under them (a row's field). */
  const onChange = (map: Y.Map<unknown>, prefix: string) => (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    // Another tab's saved changes: that tab recorded their fates already.
    if (tr.origin === OTHER_TAB_ORIGIN) return;
    const peer = tr.origin === opts.origin;
    const touched = new Set<string>();
    for (const e of events) {
      if (e.target === map) {
        // Stryker disable next-line ConditionalExpression,StringLiteral: cost only: a key the partner adds had no live item, so it deletes none written here
        for (const [key, c] of (e as Y.YMapEvent<unknown>).changes.keys) if (!peer || c.action !== 'add') touched.add(key);
      } else if (
        // Stryker disable next-line ConditionalExpression,LogicalOperator: cost only: the partner's change to a row's field deletes no row item; a map's child path starts with its key
        !peer && typeof e.path[0] === 'string'
      ) {
        touched.add(e.path[0]);
      }
    }
    // A flood of the partner's own entries (added) costs nothing more: storage is read only below.
    // Stryker disable next-line MethodExpression,ConditionalExpression: cost only: below, a key without the prefix is no own capture's and has no fate kept
    const keys = [...touched].filter((k) => captureIdOf(prefix, k) !== undefined);
    // Stryker disable next-line ConditionalExpression: a shortcut; no keys keeps no fates
    if (!keys.length) return;
    const kept = readOwnEntries();
    const fates = new Map<string, EntryFate>();
    if (peer) {
      for (const key of keys) {
        const fate = kept[key];
        // Only the item written here counts as taken: what the partner put there since is theirs.
        if (fate && 'item' in fate && !fate.taken && Y.isDeleted(tr.deleteSet, Y.createID(fate.item.client, fate.item.clock))) fates.set(key, { item: fate.item, taken: true });
      }
    } else {
      const own = opts.ownIds();
      for (const key of keys) {
        if (!own.has(captureIdOf(prefix, key)!)) continue;
        const item = itemUnder(map, key);
        // Edited in place (a row's field): the same item, nothing to keep. Written there, or written
        // into what the partner had put there: this leader's entry now. Gone: taken away here.
        const fate: EntryFate = item ? { item } : { here: true };
        if (!sameFate(kept[key], fate)) fates.set(key, fate);
      }
    }
    keep(fates);
  };
  const handlers = roots.map(({ map, prefix }) => ({ map, handler: onChange(map, prefix) }));
  for (const { map, handler } of handlers) map.observeDeep(handler);

  return {
    fate: (id) => readOwnEntries()[id],
    destroy() {
      for (const { map, handler } of handlers) map.unobserveDeep(handler);
    },
  };
}
