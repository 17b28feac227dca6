import * as Y from 'yjs';
import { MAX_TYPE_DEPTH } from '../sync/workspace-roots';

/*
 * Shared types nested deeper than any Accord document holds (the workspace nests two;
 * the peer guard refuses more than MAX_TYPE_DEPTH since it was added). A document
 * stored before that guard — in IndexedDB, or in a backup made from it — may still
 * hold a partner's 20,000-deep map. Yjs clones, reads and garbage-collects nested
 * types recursively, so anything that walks such a subtree whole overflows the stack.
 *
 * `withoutDeepTypes` drops every such subtree, walking it without recursion and
 * deleting it bottom-up in small transactions, so Yjs' own delete and gc (recursive
 * too) never go deeper than one batch. Nothing at or above MAX_TYPE_DEPTH is touched.
 */

export interface DroppedSubtree {
  /** Where it hung, e.g. `matrix["flood"]["k"]["k"]["k"]["k"]`. */
  path: string;
  /** Shared types it held (itself included). */
  types: number;
}

export interface Cleaned {
  update: Uint8Array;
  dropped: DroppedSubtree[];
}

/** Types deleted per transaction: Yjs' recursive gc then descends at most this far. */
const BATCH = 500;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any type at any depth
type AnyType = Y.AbstractType<any>;

/** Live items directly inside `type` (map entries and list items). */
function childItems(type: AnyType): Y.Item[] {
  const out: Y.Item[] = [];
  for (const item of type._map.values()) if (!item.deleted) out.push(item);
  for (let item = type._start; item !== null; item = item.right) if (!item.deleted) out.push(item);
  return out;
}

function typeOf(item: Y.Item): AnyType | undefined {
  return item.content instanceof Y.ContentType ? (item.content.type as AnyType) : undefined;
}

/** Items holding a type at depth MAX_TYPE_DEPTH + 1 (a type in a root: 1), found breadth first. */
function tooDeep(doc: Y.Doc, maxDepth: number): Y.Item[] {
  const found: Y.Item[] = [];
  let level: AnyType[] = [...doc.share.values()];
  for (let depth = 1; level.length > 0; depth++) {
    const next: AnyType[] = [];
    for (const type of level) {
      for (const item of childItems(type)) {
        const inner = typeOf(item);
        if (!inner) continue;
        if (depth > maxDepth) found.push(item);
        else next.push(inner);
      }
    }
    level = next;
  }
  return found;
}

/** `top` and every type item under it, parents before children (iterative: no depth limit). */
function typeItemsUnder(top: Y.Item): Y.Item[] {
  const out: Y.Item[] = [];
  const todo = [top];
  while (todo.length) {
    const item = todo.pop()!;
    out.push(item);
    const type = typeOf(item);
    if (type) for (const child of childItems(type)) if (typeOf(child)) todo.push(child);
  }
  return out;
}

/** Where `item` hangs: its root, then map keys or list positions (keys shown capped: they are untrusted). */
function pathOf(item: Y.Item): string {
  const steps: string[] = [];
  let parent = item.parent as AnyType;
  for (let at: Y.Item | null = item; at !== null; at = parent._item) {
    parent = at.parent as AnyType;
    steps.unshift(at.parentSub !== null ? `[${JSON.stringify(at.parentSub.slice(0, 40))}]` : `[${listIndex(at)}]`);
  }
  return `${Y.findRootTypeKey(parent)}${steps.join('')}`;
}

function listIndex(item: Y.Item): number {
  let index = 0;
  for (let left = item.left; left !== null; left = left.left) if (!left.deleted && left.countable) index += left.length;
  return index;
}

/** Deletes `items` children first, a batch per transaction (see BATCH). */
function deleteBottomUp(doc: Y.Doc, items: Y.Item[]): void {
  for (let end = items.length; end > 0; end -= BATCH) {
    const batch = items.slice(Math.max(0, end - BATCH), end).reverse();
    doc.transact((tr) => {
      for (const item of batch) if (!item.deleted) item.delete(tr);
    });
  }
}

/** Drops, from `doc` itself, every shared type nested deeper than `maxDepth`; what was dropped. */
export function dropDeepTypes(doc: Y.Doc, maxDepth = MAX_TYPE_DEPTH): DroppedSubtree[] {
  const dropped: DroppedSubtree[] = [];
  for (const top of tooDeep(doc, maxDepth)) {
    const items = typeItemsUnder(top);
    dropped.push({ path: pathOf(top), types: items.length });
    deleteBottomUp(doc, items);
  }
  return dropped;
}

/** `update` without any shared type nested deeper than `maxDepth`, and what was dropped. Unchanged when there is none. */
export function withoutDeepTypes(update: Uint8Array, maxDepth = MAX_TYPE_DEPTH): Cleaned {
  const doc = new Y.Doc(); // gc on: a dropped subtree leaves tombstones, not its content
  try {
    Y.applyUpdate(doc, update);
    const dropped = dropDeepTypes(doc, maxDepth);
    return dropped.length ? { update: Y.encodeStateAsUpdate(doc), dropped } : { update, dropped };
  } finally {
    doc.destroy();
  }
}

/** One line per dropped subtree, for the user: what, and where. */
export function describeDropped(docId: string, side: string, dropped: readonly DroppedSubtree[]): string[] {
  return dropped.map(
    (d) =>
      `docs "${docId}" (${side}): ${d.path} — ${d.types} shared type${d.types === 1 ? '' : 's'} nested deeper than ${MAX_TYPE_DEPTH} levels (no Accord data nests so deep; a partner's flood from before the guard), left out`,
  );
}
