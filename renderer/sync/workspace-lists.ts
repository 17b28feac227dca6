import * as Y from 'yjs';

/**
 * List-valued cells (Consulted, Informed, options, pre-read checklists, gap links…)
 * are Y.Arrays of strings, so two leaders adding items at once both keep theirs:
 * each add is an insert of one element, each remove a delete of that element.
 *
 * Reads accept the older shapes too (a plain array set as one value, or text with
 * commas/new lines), because a document from before the change, or from a partner
 * still running it, may hold them; `migrateListCells` rewrites them on open.
 */

/** Items of a list cell in any shape, trimmed, without empties or repeats (first one wins). */
export function readListCell(v: unknown): string[] {
  let raw: unknown[];
  if (v instanceof Y.Array) raw = v.toArray();
  else if (Array.isArray(v)) raw = v;
  else if (v instanceof Y.Text) raw = splitListText(v.toString());
  else if (typeof v === 'string') raw = splitListText(v);
  else return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of raw) {
    if (typeof x !== 'string') continue;
    const s = x.trim();
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

/** Text as the older cells held it: items separated by commas or new lines (readListCell trims them). */
function splitListText(s: string): string[] {
  return s.split(/[,\n]/);
}

export function listOf(items: readonly string[]): Y.Array<string> {
  return Y.Array.from([...items]);
}

/**
 * Turns `arr` into `next` with per-item edits: items no longer wanted are deleted
 * (every copy, as concurrent adds of one name can leave two), new ones inserted after
 * the item that precedes them in `next`. Items that stay are never touched, so a
 * partner's concurrent add or remove elsewhere in the list survives.
 */
export function applyListDiff(arr: Y.Array<string>, next: readonly string[]): void {
  // Linear in the list: a partner may fill one cell with 10,000 entries (the guard's per-type cap),
  // and a lookup of every wanted item in the whole list made each edit of that cell, even one that
  // changed nothing, take half a second or more.
  const wanted = new Set(next);
  const raw = arr.toArray();
  // Unwanted items deleted from the end, each run of them in one delete.
  for (let i = raw.length - 1; i >= 0; ) {
    if (wanted.has(raw[i])) {
      i--;
      continue;
    }
    let start = i;
    while (start > 0 && !wanted.has(raw[start - 1])) start--;
    arr.delete(start, i - start + 1);
    i = start - 1;
  }
  const current = arr.toArray();
  const present = new Set(current);
  for (let j = 0; j < next.length; j++) {
    if (present.has(next[j])) continue;
    // After the item before it (for the first, next[-1] is found nowhere: at 0).
    const at = current.indexOf(next[j - 1]) + 1;
    arr.insert(at, [next[j]]);
    current.splice(at, 0, next[j]);
    present.add(next[j]);
  }
}

/** Sets a list cell of a Y.Map, converting an older shape to a Y.Array first. */
export function setListCell(map: Y.Map<unknown>, key: string, next: readonly string[]): void {
  const v = map.get(key);
  if (v instanceof Y.Array) applyListDiff(v as Y.Array<string>, next);
  else map.set(key, listOf(readListCell(next)));
}
