import canonicalize from 'canonicalize';

/**
 * Canonical JSON per RFC 8785 (JCS), via the `canonicalize` package: object keys
 * sorted by UTF-16 code units, no whitespace, numbers and strings serialised as
 * ECMAScript's JSON.stringify does. Two machines must hash byte-identical text
 * for the same payload, and any JCS implementation (see README, "Commitment
 * format") can recompute it.
 *
 * For JSON data (what JSON.parse returns, or the validated domain objects) the
 * output is byte-identical to the hand-written writer this replaced; the golden
 * sealed file in test/unit/shared/reveal/golden/ was sealed by that writer and
 * still verifies. Throws TypeError for what JCS cannot represent (NaN, Infinity,
 * cycles, lone surrogates, functions, bigint) instead of hashing something else.
 */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (err) {
    throw new TypeError(`canonicalJson: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Checked after canonicalize, which has already refused cycles (the walk would not end).
  if (text === undefined || (typeof value === 'object' && value !== null && hasNonJsonLeaf(value))) {
    throw new TypeError('canonicalJson: value is not JSON data');
  }
  return text;
}

/**
 * Functions and symbols (which canonicalize drops or prints as "undefined") and
 * holes or undefined in lists (which it turns into null): hashing those would
 * commit to something other than what the caller holds.
 */
function hasNonJsonLeaf(value: object): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'function' || typeof v === 'symbol') return true;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (v[i] === undefined) return true;
        stack.push(v[i]);
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return false;
}
