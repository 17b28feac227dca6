import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/reveal/canonical-json';
import { createCommitment, verifyReveal } from '../../../shared/reveal/commitment';
import type { SealedPayload } from '../../../shared/reveal/types';
import { sha256 } from '../shared/reveal/fixtures';
import { legacyCanonicalJson } from './legacy-canonical-json';

// Any JSON value, strings over all of Unicode (astral characters, U+2028, control characters).
const json = fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 });

/** The same value with every object's keys inserted in another order. */
function shuffleKeys(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return v.map((x, i) => shuffleKeys(x, seed + i));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]).reverse();
    return Object.fromEntries(rotated.map(([k, x]) => [k, shuffleKeys(x, seed + 1)]));
  }
  return v;
}

describe('canonicalJson (RFC 8785) properties', { timeout: 120_000 }, () => {
  it('round-trips: parsing the canonical text gives the same value, and canonicalising again the same text', () => {
    fc.assert(
      fc.property(json, (v) => {
        const text = canonicalJson(v);
        // Compared with JSON's own round trip: -0 is written as 0 (RFC 8785 §3.2.2.3), as JSON.stringify does.
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('writes -0 as 0, like every RFC 8785 implementation', () => {
    expect(canonicalJson({ a: -0, b: [-0] })).toBe('{"a":0,"b":[0]}');
  });

  it('does not depend on key insertion order', () => {
    fc.assert(fc.property(json, fc.nat(20), (v, seed) => {
        expect(canonicalJson(shuffleKeys(v, seed))).toBe(canonicalJson(v));
      }));
  });

  it('gives byte-identical text to the hand-written writer it replaced, so existing commitments stand', () => {
    fc.assert(fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(legacyCanonicalJson(v));
      }), { numRuns: 500 });
  });

  it('refuses lone surrogates (RFC 8785), the one input the old writer escaped instead', () => {
    const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string(), lone, fc.string(), (a, s, b) => {
        expect(() => canonicalJson({ note: a + s + b })).toThrow(TypeError);
        expect(legacyCanonicalJson({ note: a + s + b })).toContain('\\u');
      }),
    );
  });

  it('a commitment verifies against its payload after a JSON round trip with keys in any order', async () => {
    await fc.assert(
      fc.asyncProperty(json, fc.nat(20), fc.stringMatching(/^[0-9a-f]{32,64}$/), async (v, seed, salt) => {
        const payload = { role: 'ceo', extra: v } as unknown as SealedPayload;
        const commitment = await createCommitment(payload, salt, sha256);
        const moved = shuffleKeys(JSON.parse(JSON.stringify(payload)), seed) as SealedPayload;
        expect(await verifyReveal({ payload: moved, salt }, commitment, sha256)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
