import type * as Y from 'yjs';

/** Applies new text to a Y.Text as one delete + one insert around the common prefix/suffix. */
export function applyTextDiff(text: Y.Text, next: string): void {
  const prev = text.toString();
  // charCodeAt outside a string is NaN, equal to nothing: the prefix stops at the shorter text's
  // end, and an unchanged text gives no edit at all.
  let start = 0;
  while (prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never split a surrogate pair.
  if (isHighSurrogate(prev.charCodeAt(start - 1))) start--;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  if (isLowSurrogate(prev.charCodeAt(endPrev))) {
    endPrev++;
    endNext++;
  }
  // Y.Text ignores an empty delete or insert.
  text.delete(start, endPrev - start);
  text.insert(start, next.slice(start, endNext));
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
