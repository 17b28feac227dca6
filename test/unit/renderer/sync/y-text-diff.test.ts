// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextDiff } from '../../../../renderer/sync/y-text-diff';

// A text edit reaches the partner whole (never half an emoji) and touches only what changed,
// so a concurrent edit elsewhere in the cell survives.

function pair(initial: string) {
  const a = new Y.Doc();
  a.getText('t').insert(0, initial);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const exchange = () => {
    const sa = Y.encodeStateVector(a);
    const sb = Y.encodeStateVector(b);
    const toB = Y.encodeStateAsUpdate(a, sb);
    const toA = Y.encodeStateAsUpdate(b, sa);
    Y.applyUpdate(b, toB);
    Y.applyUpdate(a, toA);
  };
  return { a: a.getText('t'), b: b.getText('t'), exchange };
}

describe('applyTextDiff', () => {
  it('swapping an emoji for one that shares its second half reaches the partner intact', () => {
    // U+1F200 and U+1F600 share the low surrogate 0xDE00; U+1F3FF and U+1F7FF share 0xDFFF.
    for (const [from, to] of [
      ['x\u{1F200}y', 'x\u{1F600}y'],
      ['x\u{1F3FF}y', 'x\u{1F7FF}y'],
    ]) {
      const { a, b, exchange } = pair(from);
      applyTextDiff(a, to);
      exchange();
      expect(a.toString()).toBe(to);
      expect(b.toString()).toBe(to);
    }
  });

  it("touches only the changed part: the partner's concurrent edit of the rest survives", () => {
    const { a, b, exchange } = pair('ab');
    applyTextDiff(a, 'xb');
    applyTextDiff(b, 'ac');
    exchange();
    expect(a.toString()).toBe('xc');
    expect(b.toString()).toBe('xc');
  });
});
