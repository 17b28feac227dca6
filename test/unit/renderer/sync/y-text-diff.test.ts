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

  it('swaps at the edges of the surrogate ranges reach the partner intact too', () => {
    for (const [from, to] of [
      ['x\u{10000}y', 'x\u{10001}y'], // shared high surrogate 0xD800
      ['x\u{10FC00}y', 'x\u{10FC01}y'], // shared high surrogate 0xDBFF
      ['x\u{10000}y', 'x\u{10400}y'], // shared low surrogate 0xDC00
      ['x\u{103FF}y', 'x\u{107FF}y'], // shared low surrogate 0xDFFF
    ]) {
      const { a, b, exchange } = pair(from);
      applyTextDiff(a, to);
      exchange();
      expect([a.toString(), b.toString()]).toEqual([to, to]);
    }
  });

  it('grows, shrinks, empties and fills a text', () => {
    for (const [from, to] of [
      ['aa', 'a'],
      ['a', 'aa'],
      ['abab', 'ab'],
      ['ab', 'abab'],
      ['abc', ''],
      ['', 'abc'],
      ['abc', 'aXc'],
      ['hi \u{1F600}', 'hi \u{1F600}\u{1F600}'],
    ]) {
      const { a, b, exchange } = pair(from);
      applyTextDiff(a, to);
      exchange();
      expect([a.toString(), b.toString()]).toEqual([to, to]);
    }
  });

  it('an unchanged text (even one ending in half a pair) gives no edit to send', () => {
    for (const same of ['', 'same', 'hi \u{1F600}', 'cut \uD83D']) {
      const doc = new Y.Doc();
      const t = doc.getText('t');
      t.insert(0, same);
      let updates = 0;
      doc.on('update', () => updates++);
      applyTextDiff(t, same);
      expect(updates).toBe(0);
      expect(t.toString()).toBe(same);
    }
  });

  it("keeps the partner's concurrent delete of the unchanged letter next to the edit", () => {
    // Edit at the end, partner deletes the letter just before it; and the mirror case.
    // '\uFF01' (a full-width "!") lies above the surrogate ranges: no pair to keep whole.
    for (const [start, mine, theirs, merged] of [
      ['abc', 'abX', 'ac', 'aX'],
      ['abc', 'Xbc', 'ac', 'Xc'],
      ['a\uFF01c', 'a\uFF01X', 'ac', 'aX'],
      ['a\uFF01c', 'X\uFF01c', 'ac', 'Xc'],
    ]) {
      const { a, b, exchange } = pair(start);
      applyTextDiff(a, mine);
      applyTextDiff(b, theirs);
      exchange();
      expect([a.toString(), b.toString()]).toEqual([merged, merged]);
    }
  });
});

