import * as Y from 'yjs';
import { describeCounts, totalOf, type CountKey, type Counts } from '../../shared/workspace/change-summary';
import { LIST_FIELDS, LIST_KEYS, RISK, TEXT_FIELDS, itemsOf, workspaceRoots, type ListKey } from './workspace-doc';
import { readRowFields } from './workspace-items';
import { readListCell } from './workspace-lists';
import { parseAction, parseCapture, parseParked } from '../../shared/offsite/capture-record';
import { parseBet, parseConfirmation } from '../../shared/workspace/agreement';
import { plainValue, plainWeight, rowWeight } from './row-weight';

/**
 * A partner's change that removes more than a handful of items (or empties a whole
 * artifact) is applied — merging must not stall — but flagged, with a one-click
 * restore. Detection reads only what the transaction deleted (its delete set and the
 * types it changed), so its cost follows the change, not the size of the workspace.
 *
 * Restoring uses a second Y.UndoManager that captures only flagged peer transactions:
 * it keeps their deleted content from garbage collection and re-creates it as a local
 * edit — it syncs back to the partner, and the user's own undo can take it back.
 */

/** More removed items than this is a mass delete. */
export const MASS_DELETE_THRESHOLD = 5;

export interface MassDelete {
  removed: number;
  /** "500 log entries, 6 RACI rows". */
  detail: string;
  at: string;
}

export interface RemovedCount {
  counts: Counts;
  total: number;
  /** Artifacts (lists) that held items before and hold none now. */
  emptied: ListKey[];
}

type AnyType = Y.AbstractType<unknown>;

/**
 * Top-level maps whose entries are records the pair wrote or agreed: what was captured
 * at the offsite, its actions and parking lot, confirmations, big bets, policies, pins,
 * the agenda, the gap fixes. A partner removing them is counted, flagged and restorable
 * like artifact rows.
 */
export const RECORD_ROOTS: Readonly<Record<string, CountKey>> = {
  captures: 'offsite',
  actions: 'offsite',
  parking: 'offsite',
  agreement: 'confirmations',
  bets: 'settings',
  policies: 'settings',
  gapPins: 'settings',
  agenda: 'settings',
  gapFixes: 'settings',
};

/** Every root the keeper watches: the artifacts plus the record maps. */
export function keptRoots(doc: Y.Doc): Y.AbstractType<any>[] {
  const roots = new Set(workspaceRoots(doc));
  for (const name of Object.keys(RECORD_ROOTS)) roots.add(doc.getMap(name));
  return [...roots];
}
/** How each record root's entries are read (a value that does not parse is not shown). */
const RECORD_READERS: Readonly<Record<string, (key: string, value: unknown) => boolean>> = {
  captures: (k, v) => parseCapture(k, v).ok,
  actions: (k, v) => parseAction(k, v).ok,
  parking: (k, v) => parseParked(k, v).ok,
  agreement: (_k, v) => parseConfirmation(v) !== undefined,
  bets: (k, v) => parseBet(k, v) !== undefined,
};

type EntryReader = (key: string, value: unknown) => boolean;

/** Whether a value under `key` of a root is read as an entry of it: a row of a list, a record that parses. */
function readsAsEntry(read: EntryReader | undefined, key: string, value: unknown): boolean {
  return read ? read(key, value) : true;
}

const existedBefore = (tr: Y.Transaction, item: Y.Item) => item.id.clock < (tr.beforeState.get(item.id.client) ?? 0);

/** A map's live value under `key` now, if any. */
const liveItem = (map: Y.Map<unknown>, key: string): Y.Item | undefined => {
  const item = map._map.get(key);
  return item && !item.deleted ? item : undefined;
};

/**
 * A cell emptied by replacing or removing its value instead of editing it: a row's text or list
 * cell (a new empty Y.Text or Y.Array, a plain '', a type no reader takes, or the key removed), a
 * metric's month, or a text or list a root map holds (a gap fix, the release blockers, an
 * artifact's gap links). The app edits these in place (cleared in place, they count as a text or
 * as list items), so every cell of the workspace replaced by an empty one read blank with nothing
 * flagged. `struct` is the value removed; what it counts as, or undefined when it is not emptied.
 */
function emptiedCell(
  struct: Y.Item,
  map: Y.Map<unknown>,
  key: string,
  tr: Y.Transaction,
  lists: ReadonlyMap<AnyType, ListKey>,
): { kind: 'texts' | 'listItems'; n: number } | undefined {
  const holder = map._item;
  const now = liveItem(map, key);
  if (holder === null) {
    // A root map: a text or list value there, emptied. A key removed from the risk budgets or a
    // record root is counted as a setting or record below; from the gap links, here.
    const was = struct.content instanceof Y.ContentType ? struct.content.type : undefined;
    if (!(was instanceof Y.Text || was instanceof Y.Array) || lists.has(map as unknown as AnyType)) return undefined;
    if (!now && (map === map.doc?.getMap(RISK) || Object.hasOwn(RECORD_ROOTS, rootNameOf(map)))) return undefined;
    // Read as their readers read them (a list: its names only), never weighed raw: a list element
    // may be a plain value nested thousands deep, which a recursive weighing would overflow on.
    const read = (plain: unknown) => (typeof plain === 'string' ? plain : readListCell(plain));
    const before = read(plainValue(struct, tr, 'before'));
    const after = now?.content instanceof Y.ContentType && now.content.type.constructor === was.constructor ? read(plainValue(now, tr, 'now')) : undefined;
    if (plainWeight(before) === 0 || (after !== undefined && plainWeight(after) > 0)) return undefined;
    return was instanceof Y.Text ? { kind: 'texts', n: 1 } : { kind: 'listItems', n: Math.max(1, (before as unknown[]).length) };
  }
  if (holder.deleted) return undefined; // the row (or its month map) went: counted as that
  const rowList = lists.get(holder.parent as AnyType);
  if (rowList !== undefined) {
    const isText = (TEXT_FIELDS[rowList] as readonly string[]).includes(key);
    if (!isText && !(LIST_FIELDS[rowList] as readonly string[]).includes(key)) return undefined;
    const before = readRowFields(rowList, [[key, plainValue(struct, tr, 'before')]])[key];
    const after = readRowFields(rowList, now ? [[key, now.content instanceof Y.ContentType ? now.content.type : plainValue(now, tr, 'now')]] : [])[key];
    if (plainWeight(before) === 0 || plainWeight(after) > 0) return undefined;
    return isText ? { kind: 'texts', n: 1 } : { kind: 'listItems', n: (before as unknown[]).length };
  }
  // A metric's month → value map: a measurement removed, or replaced by something that is not one.
  const row = holder.parent as AnyType;
  if (holder.parentSub === 'values' && row._item && !row._item.deleted && lists.get(row._item.parent as AnyType) === 'metrics') {
    const was = plainValue(struct, tr, 'before');
    const value = now ? plainValue(now, tr, 'now') : undefined;
    if (typeof was === 'number' && Number.isFinite(was) && !(typeof value === 'number' && Number.isFinite(value))) return { kind: 'listItems', n: 1 };
  }
  return undefined;
}

function rootNameOf(type: Y.Map<unknown>): string {
  for (const [name, t] of type.doc?.share ?? []) if (t === (type as unknown)) return name;
  return '';
}

/** What a transaction removed, counted from its delete set. */
export function countRemoved(doc: Y.Doc, tr: Y.Transaction): RemovedCount {
  const counts: Counts = {};
  const add = (k: CountKey, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
  const roots = new Map<AnyType, ListKey>(LIST_KEYS.map((l) => [itemsOf(doc, l) as unknown as AnyType, l]));
  const risk = doc.getMap(RISK) as unknown as AnyType;
  const records = new Map<AnyType, CountKey>(Object.entries(RECORD_ROOTS).map(([name, k]) => [doc.getMap(name) as unknown as AnyType, k]));
  const readers = new Map<AnyType, EntryReader>([...roots.keys()].map((t) => [t, (_k: string, v: unknown) => v instanceof Y.Map]));
  for (const [name, read] of Object.entries(RECORD_READERS)) readers.set(doc.getMap(name) as unknown as AnyType, read);
  const touched = new Set<ListKey>();
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (!(struct instanceof Y.Item) || !existedBefore(tr, struct)) return;
    const parent = struct.parent as AnyType;
    const key = struct.parentSub;
    if (key !== null) {
      // An entry of a map, unless another took its place (a row replaced by another row is not a removal).
      // Keyed entries also live on Y.Text / Y.XmlElement attributes (no .has): not a removal we count.
      if (!(struct.parent instanceof Y.Map)) return;
      const emptied = emptiedCell(struct, struct.parent, key, tr, roots);
      if (emptied) return void add(emptied.kind, emptied.n);
      // A row or record replaced by something no reader takes for one (a plain 0 where a row was),
      // or by an empty row, is a removal too: it is gone from every screen and the plan just as if deleted.
      const read = readers.get(parent);
      const now = struct.parent.get(key);
      const list = roots.get(parent);
      const was = struct.content.getContent()[0];
      // A row replaced by one that holds less (an empty map, junk under keys no screen reads over a
      // full decision) is a removal: it reads blank on every screen. One holding as much is the same row again
      // (both laptops seeded the default workspace, and one of the two maps won the merge).
      const lighter = list !== undefined && now instanceof Y.Map && was instanceof Y.Map && rowWeight(list, now, tr, 'now') < rowWeight(list, was, tr, 'before');
      const blank = now instanceof Y.Map && now.size === 0;
      if (struct.parent.has(key) && !lighter && ((readsAsEntry(read, key, now) && !blank) || !readsAsEntry(read, key, was))) return;
      if (list) {
        add(list);
        touched.add(list);
      } else if (parent === risk) add('settings');
      else {
        const record = records.get(parent);
        if (record) add(record);
      }
    } else if (parent instanceof Y.Array && parent._item && !parent._item.deleted) {
      // An element of a list cell (names, options, checklist lines) whose list still exists.
      // The order arrays of the artifacts are roots (no _item): bookkeeping, counted with their rows.
      add('listItems', struct.length);
    }
  });
  for (const type of tr.changed.keys()) {
    // A text field emptied by this change (typing never counts, clearing a cell does).
    if (!(type instanceof Y.Text) || type.length !== 0) continue;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a safeguard: Yjs already drops a deleted type from tr.changed (ContentType.delete)
    if (!(type._item && type._item.deleted)) add('texts');
  }
  const emptied = [...touched].filter((l) => itemsOf(doc, l).size === 0);
  return { counts, total: totalOf(counts), emptied };
}

export const isMassDelete = (r: RemovedCount) => r.total > MASS_DELETE_THRESHOLD || r.emptied.length > 0;

/**
 * Entries a partner removed a few per change, each change under the threshold, adding up past
 * it. Not restorable in one click (a restore across many changes merged old and new text into
 * cells reworded in between): the notice points to Versions, which hold the state from before.
 */
export interface PacedRemoval {
  removed: number;
  detail: string;
  /** When the first of these removals arrived. */
  since: string;
}

/** Rows and records, not cleared cells or list lines: an honest partner rewording cells clears many. */
const PACED_KEYS = new Set<CountKey>(['matrix', 'ladder', 'cadence', 'metrics', 'dependencies', 'log', 'offsite', 'confirmations', 'settings']);

export interface MassDeleteWatch {
  current(): MassDelete | undefined;
  subscribe(cb: (flag: MassDelete | undefined) => void): () => void;
  paced(): PacedRemoval | undefined;
  subscribePaced(cb: (paced: PacedRemoval | undefined) => void): () => void;
  dismissPaced(): void;
  /** Brings every flagged removal back as one local edit; false when there is nothing to restore. */
  restore(): boolean;
  dismiss(): void;
  destroy(): void;
}

export function watchMassDeletes(doc: Y.Doc, opts: { origin: unknown; localUndo?: Y.UndoManager; now?: () => Date }): MassDeleteWatch {
  const found = new WeakMap<Y.Transaction, RemovedCount>();
  let flag: MassDelete | undefined;
  let pending: Counts = {};
  const listeners = new Set<(f: MassDelete | undefined) => void>();
  const emit = () => listeners.forEach((l) => l(flag));
  let pacedCounts: Counts = {};
  let pacedSince: string | undefined;
  let pacedFlag: PacedRemoval | undefined;
  let pacedChanged = false;
  const pacedListeners = new Set<(p: PacedRemoval | undefined) => void>();
  const emitPaced = () => pacedListeners.forEach((l) => l(pacedFlag));
  const now = () => (opts.now?.() ?? new Date()).toISOString();
  /** A peer change under the threshold: its removed rows and records add to the running tally. */
  const notePaced = (r: RemovedCount) => {
    const entries = (Object.entries(r.counts) as [CountKey, number][]).filter(([k]) => PACED_KEYS.has(k));
    if (!entries.length) return;
    pacedSince ??= now();
    for (const [k, n] of entries) pacedCounts[k] = (pacedCounts[k] ?? 0) + n;
    const removed = totalOf(pacedCounts);
    if (removed <= MASS_DELETE_THRESHOLD) return;
    pacedFlag = { removed, detail: describeCounts(pacedCounts), since: pacedSince };
    pacedChanged = true;
  };

  const keeper = new Y.UndoManager(keptRoots(doc), {
    trackedOrigins: new Set([opts.origin]),
    captureTimeout: 0,
    // A restored entry takes its key back from what the partner put there instead (a plain 0
    // where a row was): by default Yjs would skip it as a conflicting remote change.
    ignoreRemoteMapChanges: true,
    // Called for every transaction: only a peer's that removes many items is kept.
    captureTransaction: (tr) => {
      // Stryker disable next-line BooleanLiteral: what matters is that a non-peer change is never counted; trackedOrigins refuses it either way
      if (tr.origin !== opts.origin) return false;
      const r = countRemoved(doc, tr);
      if (!isMassDelete(r)) {
        notePaced(r);
        return false;
      }
      found.set(tr, r);
      return true;
    },
  });
  opts.localUndo?.addTrackedOrigin(keeper);

  // Restore brings back what was removed; what the partner added in the same change stays.
  // (Every stack item is a flagged peer change: the one an undo adds to the redo stack is cleared with it.)
  const onAdded = (event: { stackItem: { insertions: unknown } }) => {
    event.stackItem.insertions = Y.createDeleteSet();
  };
  keeper.on('stack-item-added', onAdded as never);
  const onAfter = (tr: Y.Transaction) => {
    if (pacedChanged) {
      pacedChanged = false;
      emitPaced();
    }
    const r = found.get(tr);
    if (!r) return;
    found.delete(tr);
    for (const [k, n] of Object.entries(r.counts) as [CountKey, number][]) pending[k] = (pending[k] ?? 0) + n;
    flag = { removed: totalOf(pending), detail: describeCounts(pending), at: now() };
    emit();
  };
  // Registered after the keeper's own handler, so the count is known by then.
  doc.on('afterTransaction', onAfter);

  const reset = () => {
    keeper.clear();
    pending = {};
    flag = undefined;
    emit();
  };

  return {
    current: () => flag,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    restore() {
      const stack = keeper.undoStack;
      if (!stack.length) return false;
      // One step restores every flagged removal.
      stack[0].deletions = Y.mergeDeleteSets(stack.map((s) => s.deletions));
      stack.splice(1);
      opts.localUndo?.stopCapturing();
      keeper.undo();
      opts.localUndo?.stopCapturing();
      reset();
      return true;
    },
    dismiss: reset,
    paced: () => pacedFlag,
    subscribePaced(cb) {
      pacedListeners.add(cb);
      return () => pacedListeners.delete(cb);
    },
    dismissPaced() {
      pacedCounts = {};
      pacedSince = undefined;
      pacedFlag = undefined;
      emitPaced();
    },
    destroy() {
      // Stryker disable next-line StringLiteral: with the keeper destroyed nothing reaches `found`, so a handler left on does nothing (the off frees it)
      doc.off('afterTransaction', onAfter);
      opts.localUndo?.removeTrackedOrigin(keeper);
      keeper.destroy();
      listeners.clear();
      pacedListeners.clear();
    },
  };
}
