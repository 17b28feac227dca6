import * as Y from 'yjs';
import { heldIn, isText, listElements, stepsWithoutElements } from './entry-tally';

/**
 * Reads what a Yjs update would touch in a document, without applying it: every new
 * item's top-level root and map key, and every existing item its delete set removes.
 * Cost follows the update (plus a binary search per referenced item), never the doc,
 * so the guard stays cheap on a large document and under a flood.
 *
 * Yjs omits `parent` / `parentSub` from an encoded item that has a left or right origin
 * (they are inferred when it integrates), so targets are resolved through the origin —
 * in the update itself or in the local store. A map overwrite is exactly such an item.
 */

export interface EntryTarget {
  /** Top-level root the item lives in, or undefined for items inside nested types. */
  root?: string;
  /** Map key (parentSub) directly under the root; undefined for array/text items. */
  key?: string;
  /** The item's content kind: plain JSON values, deleted, a nested type, text, or other. */
  content: 'any' | 'deleted' | 'type' | 'string' | 'other';
  /** JSON size of the value for plain JSON content. */
  valueBytes: number;
}

/** The entries (map keys never held there, list elements) an update adds to one shared type. */
export interface Growth {
  /** Whether the type is nested (not a root). */
  nested: boolean;
  /** Entries the type holds already (an upper bound: a text's characters count; 0 for a type the update creates). */
  held: number;
  added: number;
  /** Where the type is, for a refusal: a root's name, or a path such as `log.e1.options`. */
  where(): string;
}

export type Inspection =
  | {
      ok: true;
      inserts: EntryTarget[];
      deletes: EntryTarget[];
      newRoots: string[];
      /** How deep the deepest shared type the update inserts sits (a type in a root: 1), counted up to `depthCap` + 1. */
      typeDepth: number;
      /**
       * Entries the update adds at any depth: keys new to their map (an overwrite adds none) and
       * list elements (text characters are not entries); `byType`, where they land. Deletes are
       * not subtracted, so this is an upper bound.
       */
      entries: { added: number; byType: Growth[] };
    }
  | { ok: false; reason: string; pending?: boolean };

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type AnyStruct = Decoded['structs'][number];

/**
 * Items of the update by client, in clock order, for origin lookups; undefined when a
 * client's changes come in more than one block (seen as a client again after another,
 * or a clock that does not continue the previous struct). Yjs never encodes that, and applies only
 * the last block per client: a lookup could then find a struct Yjs drops and place an
 * item where it will not land. Within one block clocks ascend, so no sort is needed.
 */
function indexStructs(structs: AnyStruct[]): Map<number, AnyStruct[]> | undefined {
  const byClient = new Map<number, AnyStruct[]>();
  let previous: number | undefined;
  for (const s of structs) {
    const client = s.id.client;
    const list = byClient.get(client);
    if (!list) byClient.set(client, [s]);
    else if (client !== previous || s.id.clock !== list[list.length - 1].id.clock + list[list.length - 1].length) return undefined;
    else list.push(s);
    previous = client;
  }
  return byClient;
}

function findInList(list: AnyStruct[] | undefined, clock: number): AnyStruct | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (clock < s.id.clock) hi = mid - 1;
    else if (clock >= s.id.clock + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function findInStore(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | undefined {
  if (Y.getState(doc.store, id.client) <= id.clock) return undefined;
  return Y.getItem(doc.store, id) as Y.Item | Y.GC;
}

/** Only roots are in doc.share: a nested type (or an ID) has no name. */
function rootName(doc: Y.Doc, type: unknown): string | undefined {
  for (const [name, shared] of doc.share) if (shared === type) return name;
  return undefined;
}

/** By instanceof, not constructor.name: class names do not survive minification. */
function contentKind(item: Y.Item): EntryTarget['content'] {
  const c = item.content;
  if (c instanceof Y.ContentAny) return 'any';
  if (c instanceof Y.ContentDeleted) return 'deleted';
  if (c instanceof Y.ContentType) return 'type';
  if (c instanceof Y.ContentString) return 'string';
  return 'other';
}

function valueBytes(item: Y.Item): number {
  const c = item.content as unknown as { arr?: unknown[]; str?: string };
  if (Array.isArray(c.arr)) {
    try {
      return JSON.stringify(c.arr).length;
    } catch {
      return Number.MAX_SAFE_INTEGER;
    }
  }
  if (typeof c.str === 'string') return c.str.length;
  return 0;
}

/** `key`: the map key directly under a root; `sub`: the map key at any depth (undefined: a list or text item). */
type Where = { root?: string; key?: string; sub?: string } | 'pending' | 'unknown';

/** Where an item says it lives, if it says so itself (parent encoded or integrated). */
function ownPlace(doc: Y.Doc, item: Y.Item): Where | undefined {
  const parent = item.parent as unknown;
  const sub = item.parentSub ?? undefined;
  if (typeof parent === 'string') return { root: parent, key: sub, sub };
  if (!parent) return undefined;
  // An encoded Y.ID parent, or a nested type in the local store: no root-level key.
  // An integrated item from the local store whose parent is a root: that root.
  const root = rootName(doc, parent);
  return root ? { root, key: sub, sub } : { sub };
}

/**
 * Where an item would land: its root and key, resolved through origins when they are not
 * encoded. Iterative with a memo, so a long chain of map overwrites costs one walk.
 */
function locate(doc: Y.Doc, index: Map<number, AnyStruct[]>, item: Y.Item, memo: Map<Y.Item, Where>): Where {
  /** The items walked so far (a cycle shows as a repeat); all get the answer. */
  const chain = new Set<Y.Item>();
  let current: Y.Item = item;
  let found: Where | undefined;
  for (;;) {
    found = memo.get(current) ?? ownPlace(doc, current);
    if (found) break;
    chain.add(current);
    const ref = current.origin ?? current.rightOrigin;
    const next = ref && (findInList(index.get(ref.client), ref.clock) ?? findInStore(doc, ref));
    if (next === undefined) {
      found = 'pending';
      break;
    }
    // null: no origin to follow (unreachable today: Yjs encodes the parent of every item
    // without origins); a collected struct (GC); a cycle of origins. Each step goes to a
    // new struct of the update or to a local item (which answers), so the walk is bounded.
    if (!(next instanceof Y.Item) || chain.has(next)) {
      found = 'unknown';
      break;
    }
    current = next;
  }
  for (const c of chain) memo.set(c, found);
  return found;
}

type Enclosing = Y.Item | null | 'unknown';

/**
 * The item of the shared type `item` lives in (null: a root; 'unknown': not placeable here,
 * which the caller refuses or treats as pending on its own). Through origins as in `locate`.
 */
function enclosing(doc: Y.Doc, index: Map<number, AnyStruct[]>, item: Y.Item, memo: Map<Y.Item, Enclosing>): Enclosing {
  const chain = new Set<Y.Item>();
  let current = item;
  let found: Enclosing | undefined;
  for (;;) {
    const known = memo.get(current);
    // Stryker disable next-line ConditionalExpression,BlockStatement: the memo only saves walks; without it the same answer is found again
    if (known !== undefined) {
      found = known;
      break;
    }
    const parent = current.parent as unknown;
    // Stryker disable next-line ConditionalExpression,StringLiteral: a root item not taken here has no origin to follow: 'unknown', which ends the count as null does
    if (typeof parent === 'string') found = null;
    else if (parent instanceof Y.ID) {
      const p = findInList(index.get(parent.client), parent.clock) ?? findInStore(doc, parent);
      found = p instanceof Y.Item ? p : 'unknown';
    } else if (parent instanceof Y.AbstractType) found = (parent._item as Y.Item | null) ?? null;
    if (found !== undefined) break;
    chain.add(current);
    const ref = current.origin ?? current.rightOrigin;
    const next = ref && (findInList(index.get(ref.client), ref.clock) ?? findInStore(doc, ref));
    if (!(next instanceof Y.Item) || chain.has(next)) {
      found = 'unknown';
      break;
    }
    current = next;
  }
  for (const c of chain) memo.set(c, found);
  memo.set(current, found);
  return found;
}

/** How many shared types enclose `item`, plus one (it is one), stopping past `cap`. */
function typeDepth(doc: Y.Doc, index: Map<number, AnyStruct[]>, item: Y.Item, memo: Map<Y.Item, Enclosing>, cap: number): number {
  let depth = 1;
  let current: Enclosing = item;
  while (depth <= cap) {
    current = enclosing(doc, index, current, memo);
    if (!(current instanceof Y.Item)) break;
    depth++;
  }
  return depth;
}

/** Refuse delete ranges that would walk more local structs than this (a flood of huge ranges). */
const MAX_DELETE_WALK = 20_000;

/**
 * `depthCap`: how deep a nested type may sit before the walk stops counting (the guard's
 * limit): Yjs reads and clones nested types recursively, so a partner's 20,000-deep type
 * overflows the stack of whatever reads it whole (a backup merge, toJSON).
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array, resolveDeletes: boolean, depthCap = 64): Inspection {
  let decoded: Decoded;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    // Stryker disable next-line StringLiteral,MethodExpression: lib0's decoders throw short Error messages only; fallback and cut are for safety
    return { ok: false, reason: `update could not be decoded (${err instanceof Error ? err.message.slice(0, 80) : 'malformed'})` };
  }
  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  const index = indexStructs(decoded.structs);
  if (!index) return { ok: false, reason: "update sends one writer's changes in more than one block" };
  const memo = new Map<Y.Item, Where>();
  const parents = new Map<Y.Item, Enclosing>();
  let deepest = 0;
  const inserts: EntryTarget[] = [];
  const newRoots = new Set<string>();
  const growth = new Map<string, Growth>();
  const keysSeen = new Set<string>();
  let added = 0;

  /** A path such as `log.e1.options` for a nested type's item (a list element shows as `[]`). */
  const pathOf = (item: Y.Item): string => {
    const parts: string[] = [];
    let current: Enclosing = item;
    for (let i = 0; i < 8 && current instanceof Y.Item; i++) {
      const w = locate(doc, index, current, memo);
      // Stryker disable next-line ConditionalExpression: a type placed before holds it; only its ancestors are walked
      if (typeof w !== 'object') break;
      parts.unshift(w.sub === undefined ? '[]' : w.sub.slice(0, 40));
      if (w.root !== undefined) {
        parts.unshift(w.root.slice(0, 40));
        break;
      }
      current = enclosing(doc, index, current, parents);
    }
    return parts.join('.');
  };

  /** Counts what a new item adds: a key its map never held (once per update), or list elements. */
  const grow = (s: Y.Item, where: { root?: string; sub?: string }) => {
    const box = enclosing(doc, index, s, parents);
    const listOf = box !== null && box !== 'unknown' && box.content instanceof Y.ContentType ? box.content.type : undefined;
    // A list (not a text) yields one element per unit of an item's length, text items included (see
    // itemElements); in a nested list an item with no elements (deleted, or a format) is still one
    // more step for every read of it (see stepsWithoutElements). A root is a list unless this laptop
    // reads it as a text (a root it has not read counts as a list: an upper bound).
    const nestedList = box !== null && !isText(listOf);
    const rootList = box === null && !isText(doc.share.get(where.root ?? ''));
    let elements = 0;
    if (where.sub === undefined) {
      if (s.content.isCountable() && (nestedList || rootList)) elements = s.length;
      else elements = nestedList ? 1 : listElements(s.content);
    }
    if (where.sub === undefined && elements === 0) return;
    let slot: string;
    let type: Y.AbstractType<Y.YEvent<any>> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
    let label: () => string;
    if (box === null) {
      const root = where.root ?? '';
      slot = `root\u0000${root}`;
      type = doc.share.get(root);
      label = () => root.slice(0, 40);
    } else if (box === 'unknown') {
      slot = `item\u0000${s.id.client}:${s.id.clock}`;
      label = () => 'content that cannot be placed';
    } else {
      // A type this laptop holds is read from the store: the update may carry a copy of it (a full sync).
      const local = box.id.clock < (known.get(box.id.client) ?? 0) ? findInStore(doc, box.id) : undefined;
      slot = `item\u0000${box.id.client}:${box.id.clock}`;
      if (local instanceof Y.Item && local.content instanceof Y.ContentType) type = local.content.type;
      const item = local instanceof Y.Item ? local : box;
      label = () => pathOf(item);
    }
    let n = elements;
    if (where.sub !== undefined) {
      const key = `${slot}\u0000${where.sub}`;
      if (keysSeen.has(key)) return;
      keysSeen.add(key);
      n = type?._map.has(where.sub) ? 0 : 1;
    }
    if (n === 0) return;
    added += n;
    let g = growth.get(slot);
    if (!g) {
      // A nested list's deleted and format items count as held (see stepsWithoutElements); a root list is not capped per type.
      const held = type ? heldIn(type) + (box !== null && where.sub === undefined ? stepsWithoutElements(type) : 0) : 0;
      g = { nested: box !== null, held, added: 0, where: label };
      growth.set(slot, g);
    }
    g.added += n;
  };

  for (const s of decoded.structs) {
    if (s instanceof Y.Skip) return { ok: false, reason: 'update depends on changes not received yet', pending: true };
    const { client, clock } = s.id;
    if (!(s instanceof Y.Item)) continue;
    const end = clock + s.length;
    if (end <= (known.get(client) ?? 0)) continue; // already have it: Yjs skips it too
    const where = locate(doc, index, s, memo);
    if (where === 'pending') return { ok: false, reason: 'update depends on changes not received yet', pending: true };
    // A parent named by id (a nested type) that neither the update nor this laptop holds: Yjs keeps
    // the item aside and integrates it when the parent arrives, inside a later update whose check
    // never sees it (so it would escape the caps on entries and depth). Wait for the parent instead.
    const parent = s.parent as unknown;
    if (parent instanceof Y.ID && !(findInList(index.get(parent.client), parent.clock) ?? findInStore(doc, parent))) {
      return { ok: false, reason: 'update depends on changes not received yet', pending: true };
    }
    if (where === 'unknown') return { ok: false, reason: 'update refers to content that cannot be placed' };
    if (where.root && !doc.share.has(where.root)) newRoots.add(where.root);
    const content = contentKind(s);
    // `deepest <= depthCap`: once past the cap the update is refused; counting further is waste.
    if (content === 'type' && deepest <= depthCap) deepest = Math.max(deepest, typeDepth(doc, index, s, parents, depthCap));
    grow(s, where);
    inserts.push({ root: where.root, key: where.key, content, valueBytes: valueBytes(s) });
  }
  for (const [client, [first]] of index) {
    if (first.id.clock > (known.get(client) ?? 0)) return { ok: false, reason: 'update depends on changes not received yet', pending: true };
  }

  const deletes: EntryTarget[] = [];
  if (!resolveDeletes) {
    // Not resolved to entries (the workspace), but still no deletes of clocks this laptop does not
    // hold and the update does not bring: Yjs would keep them pending and retry them on every
    // later update (see wire-pending.ts). Cost: one step per client and range of the update.
    for (const [client, ranges] of decoded.ds.clients) {
      const own = index.get(client);
      const last = own?.[own.length - 1];
      const reach = Math.max(known.get(client) ?? 0, last ? last.id.clock + last.length : 0);
      for (const { clock, len } of ranges) {
        if (clock + len > reach) return { ok: false, reason: 'update deletes changes not received yet', pending: true };
      }
    }
  } else {
    let walked = 0;
    for (const [client, ranges] of decoded.ds.clients) {
      const structs = doc.store.clients.get(client);
      const state = Y.getState(doc.store, client);
      for (const { clock, len } of ranges) {
        let c = clock;
        const end = clock + len;
        while (c < end) {
          // The update's own new items were checked as inserts. One this laptop already holds
          // (a full-state update re-sends it) was skipped there, so its delete is checked here
          // against ours: else re-sending a published commitment would let its delete through.
          const own = c >= (known.get(client) ?? 0) ? findInList(index.get(client), c) : undefined;
          if (own) {
            c = own.id.clock + own.length;
            continue;
          }
          if (!structs || c >= state) return { ok: false, reason: 'update deletes changes not received yet', pending: true };
          const s = structs[Y.findIndexSS(structs, c)];
          if (++walked > MAX_DELETE_WALK) return { ok: false, reason: `update deletes more than ${MAX_DELETE_WALK} entries at once` };
          if (s instanceof Y.Item && !s.deleted) {
            const where = locate(doc, index, s, memo);
            // Stryker disable next-line ConditionalExpression,ObjectLiteral,BooleanLiteral,StringLiteral: unreachable: an item in the local store carries its parent, so it always places
            if (typeof where !== 'object') return { ok: false, reason: 'update deletes content that cannot be placed' };
            deletes.push({ root: where.root, key: where.key, content: contentKind(s), valueBytes: valueBytes(s) });
          }
          c = s.id.clock + s.length;
        }
      }
    }
  }
  return { ok: true, inserts, deletes, newRoots: [...newRoots], typeDepth: deepest, entries: { added, byType: [...growth.values()] } };
}
