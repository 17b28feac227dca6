/* eslint-disable @typescript-eslint/no-explicit-any */
import * as Y from 'yjs';

/**
 * How many entries a document holds: the keys of every map and the elements of every list,
 * at any depth, in the shared types still part of it. Every read of a map walks all its keys,
 * deleted ones included (Yjs keeps them), so those count; text characters do not (a text is
 * read as one string, in time that follows its bytes, which the byte limits already bound).
 *
 * Counted once by a walk of the document (O(doc), the first time the guard asks), then kept
 * up to date from each transaction's own new and deleted items, so the guard's question
 * costs nothing however large the document — its checks follow the update, not the doc.
 */
interface Tally {
  entries: number;
}

const tallies = new WeakMap<Y.Doc, Tally>();

/** List elements an item's content stands for: 0 for text (characters, embeds, formats) and for deleted content. */
export function listElements(content: Y.Item["content"]): number {
  if (!content.isCountable() || content instanceof Y.ContentString || content instanceof Y.ContentEmbed) return 0;
  return content.getLength();
}

/**
 * Entries a shared type holds itself (not those of the types nested in it), as an upper bound
 * read in O(1): its keys and its length (which counts characters too, for a text).
 */
export function heldIn(type: Y.AbstractType<any>): number {
  return type._map.size + type._length;
}

/** A type whose list content is characters (a text): its deleted items are not list steps. */
export function isText(type: Y.AbstractType<any> | undefined): boolean {
  return type instanceof Y.Text || type instanceof Y.XmlText;
}

/**
 * Elements a read yields for a live list item: one per unit of length, text items too — a
 * hand-made update can put text (ContentString) into a list, which a read yields one element
 * per character (review r7: 20 MB of it in `matrix.order`, and every read of the workspace
 * took seconds). In a text, or a root still held as a plain type (not read yet), as listElements.
 */
export function itemElements(item: Y.Item): number {
  const parent = item.parent;
  const list = parent instanceof Y.Array || (parent instanceof Y.AbstractType && parent._item !== null && !isText(parent));
  if (list) return item.content.isCountable() ? item.length : 0;
  return listElements(item.content);
}

/**
 * Items a list holds in its chain that yield no element yet cost a read a step each: deleted
 * ones, which a partner could otherwise pile into a row's list cell by the million where no
 * count of live elements sees them (review r6: 2,000,001 in one cell inside the byte budget),
 * and format items, which do the same without a delete (review r7). O(list length); the guard
 * asks only for the nested lists an update writes into.
 */
export function stepsWithoutElements(type: Y.AbstractType<any>): number {
  if (isText(type)) return 0;
  let n = 0;
  for (let item = type._start; item; item = item.right) if (item.deleted || !item.content.isCountable()) n++;
  return n;
}

/** `visit`: called with every nested (not root) type still part of the document. */
function walk(doc: Y.Doc, visit?: (type: Y.AbstractType<any>) => void): number {
  let n = 0;
  const todo: Y.AbstractType<any>[] = [...doc.share.values()];
  while (todo.length) {
    const type = todo.pop()!;
    if (type._item !== null) visit?.(type);
    n += type._map.size;
    for (const item of type._map.values()) if (!item.deleted && item.content instanceof Y.ContentType) todo.push(item.content.type);
    for (let item = type._start; item; item = item.right) {
      if (item.deleted) continue;
      n += itemElements(item);
      if (item.content instanceof Y.ContentType) todo.push(item.content.type);
    }
  }
  return n;
}

/** The first item ever written under a map key, when every item under that key is new in `tr`. */
function keyIsNew(tr: Y.Transaction, head: Y.Item): boolean {
  for (let item: Y.Item | null = head; item; item = item.right) {
    if (item.id.clock < (tr.beforeState.get(item.id.client) ?? 0)) return false;
  }
  return true;
}

/** A type deleted before `tr`: what lands in it is deleted as it arrives and no reader reaches it. */
function deadBefore(tr: Y.Transaction, parent: Y.Item['parent']): boolean {
  if (!(parent instanceof Y.AbstractType) || parent._item === null || !parent._item.deleted) return false;
  return !Y.isDeleted(tr.deleteSet, parent._item.id);
}

/**
 * What one transaction changed: + every key new to a map that was alive, + every new list
 * element; − every list element deleted, − all the keys of every type deleted (its nested
 * types are deleted with it, item by item, so each subtracts its own).
 */
function change(doc: Y.Doc, tr: Y.Transaction): number {
  let d = 0;
  tr.afterState.forEach((after, client) => {
    const before = tr.beforeState.get(client) ?? 0;
    if (after === before) return;
    const structs = doc.store.clients.get(client);
    // Stryker disable next-line ConditionalExpression: a client whose clock moved has structs
    if (!structs) return;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const s = structs[i];
      if (!(s instanceof Y.Item)) continue;
      if (s.parentSub === null) d += itemElements(s);
      else if (s.left === null && keyIsNew(tr, s) && !deadBefore(tr, s.parent)) d++;
    }
  });
  Y.iterateDeletedStructs(tr, tr.deleteSet, (s) => {
    if (!(s instanceof Y.Item)) return;
    if (s.parentSub === null) d -= itemElements(s);
    if (s.content instanceof Y.ContentType) d -= s.content.type._map.size;
  });
  return d;
}

/** Entries `doc` holds now (see above); starts keeping count on the first call. */
export function heldEntries(doc: Y.Doc): number {
  let tally = tallies.get(doc);
  if (!tally) {
    const t: Tally = { entries: walk(doc) };
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      t.entries += change(doc, tr);
    });
    tallies.set(doc, t);
    tally = t;
  }
  return tally.entries;
}

/** The same count by a full walk (tests check the kept count against it). */
export function countEntries(doc: Y.Doc): number {
  return walk(doc);
}

/**
 * The entries `doc` holds (as countEntries), and its widest nested map or list: the most entries
 * one holds itself, counted as the guard counts a type an update writes into (heldIn, with a
 * list's steps without elements; a text's characters are not entries), and where it is. For a
 * document that arrives whole rather than update by update (a backup's). O(doc).
 */
export function measureEntries(doc: Y.Doc): { entries: number; widest?: { entries: number; where: string } } {
  let widest: Y.AbstractType<any> | undefined;
  let most = 0;
  const entries = walk(doc, (type) => {
    const own = (isText(type) ? type._map.size : heldIn(type)) + stepsWithoutElements(type);
    if (widest === undefined || own > most) {
      widest = type;
      most = own;
    }
  });
  return widest ? { entries, widest: { entries: most, where: pathOf(widest) } } : { entries };
}

/** Where a nested type is, as the guard's refusals name it: `log.e1.options` (a list element shows as `[]`; untrusted keys capped). */
function pathOf(type: Y.AbstractType<any>): string {
  const parts: string[] = [];
  let at = type;
  for (let item = at._item; item !== null; item = at._item) {
    parts.unshift(item.parentSub === null ? '[]' : item.parentSub.slice(0, 40));
    at = item.parent as Y.AbstractType<any>;
  }
  parts.unshift(Y.findRootTypeKey(at).slice(0, 40));
  return parts.join('.');
}
