import * as Y from 'yjs';
import { ROW_FIELDS, readRowFields, type ListKey } from './workspace-items';

/**
 * How much a workspace row holds, read the way every screen reads it (readRowFields) and
 * counted over the fields rows have: characters of text, list lines, numbers set. A row as it
 * stood before a transaction can still be read while the transaction runs (Yjs collects
 * deleted content only afterwards), so a row replaced by another can be weighed against the
 * one it replaced: a replacement holding less (an empty map, junk under keys no screen reads,
 * text typed and deleted within the same change) is a removal; one holding as much (both
 * laptops seeded the same default row) is not.
 */
export function rowWeight(list: ListKey, row: Y.Map<unknown>, tr: Y.Transaction, when: 'before' | 'now'): number {
  const read = readRowFields(list, fieldsOf(row, keeper(tr, when)));
  let sum = 0;
  for (const key of ROW_FIELDS[list]) sum += plainWeight(read[key]);
  return sum;
}

/** Which items make up a value before the transaction (live then, or deleted by it) or now (live). */
function keeper(tr: Y.Transaction, when: 'before' | 'now'): Keep {
  const existed = (item: Y.Item) => item.id.clock < (tr.beforeState.get(item.id.client) ?? 0);
  return when === 'now' ? (item: Y.Item) => !item.deleted : (item: Y.Item) => existed(item) && (!item.deleted || Y.isDeleted(tr.deleteSet, item.id));
}

/**
 * One map entry's value as plain data (a text as its string, a list as its elements, a map as an
 * object; a metric's months as [{ month, value }]), as it stood before the transaction or stands now.
 */
export function plainValue(item: Y.Item, tr: Y.Transaction, when: 'before' | 'now', monthValues = false): unknown {
  return plainOf(item.content, keeper(tr, when), monthValues);
}

/** How much a plain value holds: characters, list lines, numbers set (0: it reads empty). */
export { plainWeight };

type Keep = (item: Y.Item) => boolean;

/** A map's entries as plain values, each key's latest value that `keep` takes. */
function* fieldsOf(map: Y.Map<unknown>, keep: Keep): Generator<[string, unknown]> {
  for (const [key, latest] of map._map) {
    let item: Y.Item | null = latest;
    // A key's earlier values are to its left; the one standing then is the newest kept one.
    while (item && !keep(item)) item = item.left;
    // Before the change the key held `item` only if it was live then (not deleted earlier).
    if (item && keep(item)) yield [key, plainOf(item.content, keep, key === 'values')];
  }
}

function plainOf(content: Y.Item['content'], keep: Keep, monthValues = false): unknown {
  if (content instanceof Y.ContentAny) return content.arr[content.arr.length - 1];
  if (!(content instanceof Y.ContentType)) return undefined;
  const type = content.type;
  if (type instanceof Y.Map) {
    const entries = [...fieldsOf(type, keep)];
    // A metric's month → value map reads as [{ month, value }] (readRowFields filters the rest).
    return monthValues ? entries.sort(([a], [b]) => a.localeCompare(b)).map(([month, value]) => ({ month, value })) : Object.fromEntries(entries);
  }
  let text = '';
  const elements: unknown[] = [];
  for (let item = type._start; item !== null; item = item.right) {
    if (!keep(item)) continue;
    if (item.content instanceof Y.ContentString) text += item.content.str;
    else if (item.content instanceof Y.ContentAny) elements.push(...item.content.arr);
  }
  return type instanceof Y.Text ? text : elements;
}

function plainWeight(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number') return Number.isFinite(v) ? 1 : 0;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + plainWeight(x), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + plainWeight(x), 0);
  return 0;
}
