// The hand-written canonicaliser Accord used before RFC 8785 via `canonicalize`, kept only as a
// reference: property tests check the new writer gives byte-identical text on JSON data.
/**
 * Deterministic JSON: object keys sorted by code unit, no whitespace. Two
 * machines must hash byte-identical text for the same payload, and plain
 * JSON.stringify follows insertion order, which differs after a round trip
 * through storage or a peer.
 *
 * Throws TypeError for values JSON cannot represent faithfully (NaN, Infinity,
 * bigint, functions, undefined inside arrays, cycles) instead of silently
 * changing them. `undefined` object properties are left out, as in JSON.
 */
export function legacyCanonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: cannot encode ${value}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`);
  }
  const obj = value as object;
  if (ancestors.has(obj)) throw new TypeError('canonicalJson: cannot encode a cycle');
  ancestors.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = `[${obj
      .map((item) => {
        if (item === undefined) throw new TypeError('canonicalJson: cannot encode undefined in a list');
        return write(item, ancestors);
      })
      .join(',')}]`;
  } else {
    const record = obj as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out = `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], ancestors)}`).join(',')}}`;
  }
  ancestors.delete(obj);
  return out;
}
