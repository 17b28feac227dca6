import * as Y from 'yjs';

/**
 * How much a workspace row holds — characters of text, list elements, numbers set — as it
 * stood in a transaction: live content plus what this transaction deleted. A row a partner
 * deleted can still be read this way while the transaction runs (Yjs collects deleted
 * content only afterwards), so a row replaced by another can be weighed against the one it
 * replaced: a replacement that holds less (a map with one junk key over a full decision) is a
 * removal, one that holds as much (both laptops seeded the same default row) is not.
 */
/** `any`: a row, its text cells and list cells are all Y types, each with its own event type. */
export function rowWeight(type: Y.AbstractType<any>, tr: Y.Transaction): number {
  const counts = (item: Y.Item) => !item.deleted || Y.isDeleted(tr.deleteSet, item.id);
  let sum = 0;
  if (type instanceof Y.Map) {
    // The latest item under each key; the values it overwrote earlier are not the row's.
    for (const item of type._map.values()) if (counts(item)) sum += contentWeight(item.content, tr);
    return sum;
  }
  for (let item = type._start; item !== null; item = item.right) if (counts(item)) sum += contentWeight(item.content, tr);
  return sum;
}

function contentWeight(content: Y.Item['content'], tr: Y.Transaction): number {
  if (content instanceof Y.ContentString) return content.str.length;
  if (content instanceof Y.ContentType) return rowWeight(content.type, tr);
  if (content instanceof Y.ContentAny) return content.arr.reduce((n: number, v) => n + plainWeight(v), 0);
  return 0;
}

function plainWeight(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number') return Number.isFinite(v) ? 1 : 0;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + plainWeight(x), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + plainWeight(x), 0);
  return 0;
}
