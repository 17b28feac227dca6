import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentClientId } from '../../../../renderer/sync/content-client-id';

describe('contentClientId', () => {
  it('gives one content the same id every time, and content differing anywhere another id', () => {
    const base = 'Board, Investors';
    expect(contentClientId(base)).toBe(contentClientId(String(base)));
    const variants = [base, `x${base}`, `${base}x`, base.replace('I', 'i'), '', 'B'];
    expect(new Set(variants.map(contentClientId)).size).toBe(variants.length);
  });

  it('is a valid Yjs client id (a positive 31-bit integer) that round-trips through a state vector', () => {
    for (const s of ['', 'a', 'Series A seed', '\u{1F600} emoji', 'x'.repeat(10_000)]) {
      const id = contentClientId(s);
      expect(Number.isInteger(id) && id >= 1 && id <= 0x7fffffff).toBe(true);
      const d = new Y.Doc();
      d.clientID = id;
      d.getMap('m').set('k', s);
      expect([...Y.decodeStateVector(Y.encodeStateVector(d)).keys()]).toEqual([id]);
    }
  });
});
