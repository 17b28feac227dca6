import * as Y from 'yjs';
import { withoutDeepTypes, type DroppedSubtree } from './deep-types';
import { applyTextDiff } from '../sync/y-text-diff';

/*
 * Merge-mode restore of one Yjs document: everything here stays, what the
 * backup has on top is added.
 *
 * Y.mergeUpdates is not enough: an update carries its delete set, and the
 * backup's history may have deleted items this laptop still has (the shared
 * seed items above all, whose ids are the same on every laptop) — merging
 * would delete them here. So:
 *
 *   1. Only the backup's inserts are applied: its state, minus what this doc
 *      already has, with an empty delete set. Items the backup deleted and this
 *      laptop never had arrive as tombstones (a gc'd copy), so nothing stale
 *      comes back to life.
 *   2. A map entry the backup set later than this laptop replaces the local
 *      value when integrated (Yjs map semantics); each such local value is
 *      written back, so the local value wins.
 *   3. Map entries the backup has and this doc lacks (never had, or deleted
 *      here) are copied in, so the result holds everything live on either side.
 *
 * Texts and lists would merge as inserts (the backup's characters spliced into a
 * cell reworded here, its moves interleaved into the order here), which rewrites
 * what is here: so a text this laptop holds keeps exactly its local content (an
 * empty one takes the backup's: nothing here is replaced), a list cell its local
 * items, and a root list (`<list>.order`) its local entries in their local order,
 * with only the entries new to this laptop appended. Each counts in keptLocal.
 * Pure function of two updates; never mutates its inputs.
 *
 * Either side may hold shared types nested deeper than Accord ever writes (a
 * partner's flood stored before the guard refused them): the steps above clone and
 * compare types recursively, so such subtrees are dropped first and reported.
 */

export const MERGE_ORIGIN = 'backup-merge';

export interface DocMerge {
  update: Uint8Array;
  /** Local map values the backup would have replaced; written back. */
  keptLocal: number;
  /** Map entries copied in from the backup because this doc lacked them. */
  copiedIn: number;
  /** Subtrees nested too deep to merge, left out of the result (see deep-types.ts). */
  dropped: { here: DroppedSubtree[]; backup: DroppedSubtree[] };
}

type AnyType = Y.AbstractType<unknown>;

/** The backup's structs this doc lacks, with an empty delete set (update format v1). */
export function insertsOnly(incoming: Uint8Array, targetStateVector: Uint8Array): Uint8Array {
  const b = new Y.Doc(); // gc on: content the backup deleted becomes tombstones
  try {
    Y.applyUpdate(b, incoming);
    if (b.store.pendingStructs || b.store.pendingDs) throw new Error('the document depends on changes it does not contain');
    const full = Y.encodeStateAsUpdate(b, targetStateVector);
    // Nothing missing → an empty structs section (one 0 byte), then the same delete set.
    const dsOnly = Y.encodeStateAsUpdate(b, Y.encodeStateVector(b));
    const ds = dsOnly.subarray(1);
    const tail = full.subarray(full.length - ds.length);
    if (dsOnly[0] !== 0 || ds.length > full.length || tail.some((byte, i) => byte !== ds[i])) {
      throw new Error('unexpected update layout');
    }
    const out = new Uint8Array(full.length - ds.length + 1);
    out.set(full.subarray(0, full.length - ds.length));
    out[out.length - 1] = 0; // no deletions
    return out;
  } finally {
    b.destroy();
  }
}

/** Map keys from a root down to `sub` inside `parent`; null when a list sits on the way. */
function pathTo(parent: AnyType, sub: string): { root: string; keys: string[] } | null {
  const keys = [sub];
  let type = parent;
  while (type._item) {
    if (type._item.parentSub === null) return null;
    keys.unshift(type._item.parentSub);
    type = type._item.parent as AnyType;
  }
  return { root: Y.findRootTypeKey(type), keys };
}

function rootMap(doc: Y.Doc, name: string): Y.Map<unknown> | undefined {
  try {
    return doc.getMap(name);
  } catch {
    return undefined; // a root of another kind
  }
}

/** The map holding the last key of `path`, if every step is a live map. */
function parentMap(doc: Y.Doc, path: { root: string; keys: string[] }): Y.Map<unknown> | undefined {
  let map = rootMap(doc, path.root);
  for (const key of path.keys.slice(0, -1)) {
    const next: unknown = map?.get(key);
    map = next instanceof Y.Map ? (next as Y.Map<unknown>) : undefined;
  }
  return map;
}

function copyOf(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return (value as AnyType & { clone(): unknown }).clone();
  return value === undefined ? undefined : structuredClone(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  const plain = (v: unknown) => (v instanceof Y.AbstractType ? { type: v.constructor.name, json: v.toJSON() } : v);
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/** Copies entries `from` has and `to` lacks, recursing into maps both have. Returns how many. */
function copyMissing(from: Y.Map<unknown>, to: Y.Map<unknown>): number {
  let copied = 0;
  for (const [key, value] of from.entries()) {
    const here = to.get(key);
    if (here === undefined) {
      to.set(key, copyOf(value));
      copied++;
    } else if (value instanceof Y.Map && here instanceof Y.Map) {
      copied += copyMissing(value as Y.Map<unknown>, here as Y.Map<unknown>);
    }
  }
  return copied;
}

/** A text here keeps its local content; an empty one takes what the backup typed into it. Returns 1 when it was set back. */
function restoreLocalText(was: Y.Text, now: Y.Text): number {
  const local = was.toString();
  if (local === '' || now.toString() === local) return 0;
  applyTextDiff(now, local);
  return 1;
}

/** Lists (list cells) and texts nested in maps whose contents changed are set back to the local contents, in place. */
function restoreLocalCells(was: Y.Map<unknown>, now: Y.Map<unknown>): number {
  let kept = 0;
  for (const [key, old] of was.entries()) {
    const cur = now.get(key);
    if (old instanceof Y.Map && cur instanceof Y.Map) kept += restoreLocalCells(old as Y.Map<unknown>, cur as Y.Map<unknown>);
    else if (old instanceof Y.Text && cur instanceof Y.Text) kept += restoreLocalText(old, cur);
    else if (old instanceof Y.Array && cur instanceof Y.Array && !sameValue(old, cur)) {
      cur.delete(0, cur.length);
      cur.insert(0, old.toJSON());
      kept++;
    }
  }
  return kept;
}

/**
 * A root list (`<list>.order`) keeps its local entries in their local order; the backup's
 * entries this laptop lacks go after them, once each. The backup's own moves (an id it took
 * out and put back elsewhere) are not applied. Returns 1 when the list was set back.
 */
function restoreLocalOrder(was: Y.Array<unknown>, now: Y.Array<unknown>): number {
  const key = (x: unknown) => JSON.stringify(x);
  const local = was.toArray();
  const merged = now.toArray();
  const here = new Set(local.map(key));
  const added: unknown[] = [];
  const seen = new Set<string>();
  for (const x of merged) {
    if (here.has(key(x)) || seen.has(key(x))) continue;
    seen.add(key(x));
    added.push(x);
  }
  const wanted = [...local, ...added];
  if (key(wanted) === key(merged)) return 0;
  // Only inserts reached this list, so the local entries are a subsequence of it: drop the rest, append the new ones.
  const drop: number[] = [];
  let j = 0;
  merged.forEach((x, i) => {
    if (j < local.length && key(x) === key(local[j])) j++;
    else drop.push(i);
  });
  for (const i of drop.reverse()) now.delete(i, 1);
  now.push(added);
  return 1;
}

/** What a root holding a sequence is, read from its items: text or list (undefined: empty, or a map). */
function sequenceKind(type: { _map: Map<string, unknown>; _start: Y.Item | null }): 'text' | 'list' | undefined {
  if (type._map.size > 0) return undefined;
  for (let item = type._start; item; item = item.right) {
    const c = item.content;
    if (c instanceof Y.ContentString || c instanceof Y.ContentFormat || c instanceof Y.ContentEmbed) return 'text';
    if (!(c instanceof Y.ContentDeleted)) return 'list';
  }
  return undefined;
}

/** Root texts and root lists set back to their local contents (see restoreLocalText, restoreLocalOrder). */
function restoreLocalSequences(before: Y.Doc, work: Y.Doc): { kept: number; sequences: Set<string> } {
  let kept = 0;
  const sequences = new Set<string>();
  for (const name of before.share.keys()) {
    const kind = sequenceKind(work.share.get(name)!);
    if (!kind) continue;
    sequences.add(name);
    try {
      kept +=
        kind === 'text'
          ? restoreLocalText(before.get(name, Y.Text) as Y.Text, work.get(name, Y.Text) as Y.Text)
          : restoreLocalOrder(before.get(name, Y.Array) as Y.Array<unknown>, work.get(name, Y.Array) as Y.Array<unknown>);
    } catch {
      // Already read as another kind (a root holding both entries and items): left as merged.
    }
  }
  return { kept, sequences };
}

export function mergeKeepingLocal(localState: Uint8Array, backupState: Uint8Array): DocMerge {
  const here = withoutDeepTypes(localState);
  const there = withoutDeepTypes(backupState);
  const { update, keptLocal, copiedIn } = mergeShallow(here.update, there.update);
  return { update, keptLocal, copiedIn, dropped: { here: here.dropped, backup: there.dropped } };
}

function mergeShallow(local: Uint8Array, incoming: Uint8Array): Omit<DocMerge, 'dropped'> {
  const work = new Y.Doc({ gc: false });
  const before = new Y.Doc({ gc: false });
  const backup = new Y.Doc();
  try {
    Y.applyUpdate(work, local);
    Y.applyUpdate(before, local);
    Y.applyUpdate(backup, incoming);
    const known = Y.decodeStateVector(Y.encodeStateVector(work));
    const isLocal = (id: Y.ID) => id.clock < (known.get(id.client) ?? 0);

    // 1 + 2: apply the inserts; note every local value they displaced.
    const displaced: { root: string; keys: string[] }[] = [];
    const watch = (tr: Y.Transaction) => {
      Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
        if (!(struct instanceof Y.Item) || !isLocal(struct.id) || struct.parentSub === null) return;
        const path = pathTo(struct.parent as AnyType, struct.parentSub);
        if (path) displaced.push(path);
      });
    };
    work.on('afterTransaction', watch);
    Y.applyUpdate(work, insertsOnly(incoming, Y.encodeStateVector(work)), MERGE_ORIGIN);
    work.off('afterTransaction', watch);

    let keptLocal = 0;
    let copiedIn = 0;
    work.transact(() => {
      // Shallowest first: restoring a map restores everything inside it.
      displaced.sort((a, b) => a.keys.length - b.keys.length);
      const restored: string[] = [];
      for (const path of displaced) {
        const id = JSON.stringify([path.root, ...path.keys]);
        if (restored.some((r) => id.startsWith(r.slice(0, -1) + ','))) continue;
        if (restored.includes(id)) continue;
        const old = parentMap(before, path)?.get(path.keys.at(-1)!);
        const target = parentMap(work, path);
        if (old === undefined || !target) continue;
        restored.push(id);
        if (sameValue(old, target.get(path.keys.at(-1)!))) continue;
        target.set(path.keys.at(-1)!, copyOf(old));
        keptLocal++;
      }
      // Texts and lists merge item by item, so the backup's edits reach them as inserts:
      // local wins there too — a text or list cell keeps its local contents, a root order list its local order.
      const roots = restoreLocalSequences(before, work);
      keptLocal += roots.kept;
      for (const name of before.share.keys()) {
        if (roots.sequences.has(name)) continue;
        const was = rootMap(before, name);
        const now = rootMap(work, name);
        if (was && now) keptLocal += restoreLocalCells(was, now);
      }
      // 3: everything live in the backup is live here too.
      for (const name of backup.share.keys()) {
        const from = backup.share.get(name)!;
        if (from._map.size === 0) continue; // lists and texts merged as inserts above
        const to = rootMap(work, name);
        const src = rootMap(backup, name);
        if (to && src) copiedIn += copyMissing(src, to);
      }
    }, MERGE_ORIGIN);

    // Re-encode through a gc'd doc, so displaced copies do not grow the stored document.
    const compact = new Y.Doc();
    Y.applyUpdate(compact, Y.encodeStateAsUpdate(work));
    const update = Y.encodeStateAsUpdate(compact);
    compact.destroy();
    return { update, keptLocal, copiedIn };
  } finally {
    work.destroy();
    before.destroy();
    backup.destroy();
  }
}
