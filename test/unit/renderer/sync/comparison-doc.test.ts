// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { publishCommitment, publishReveal, readRaw, setPresence } from '../../../../renderer/sync/comparison-doc';

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** Deliver updates in a random order, with duplicates (replays), to the other doc. */
function deliver(updates: Uint8Array[], to: Y.Doc, rand: () => number) {
  const queue = [...updates, ...updates.filter(() => rand() < 0.3)];
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [queue[i], queue[j]] = [queue[j], queue[i]];
  }
  for (const u of queue) Y.applyUpdate(to, u);
}

describe('the comparison document', () => {
  it('converges for random concurrent edits from two laptops delivered in any order (50 seeds)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const rand = rng(seed);
      const a = new Y.Doc();
      const b = new Y.Doc();
      const fromA: Uint8Array[] = [];
      const fromB: Uint8Array[] = [];
      a.on('update', (u: Uint8Array) => fromA.push(u));
      b.on('update', (u: Uint8Array) => fromB.push(u));
      for (let i = 0; i < 20; i++) {
        const doc = rand() < 0.5 ? a : b;
        const role = rand() < 0.5 ? 'ceo' : 'cto';
        const state = rand() < 0.5 ? 'answering' : 'sealed';
        setPresence(doc, { id: `${role}-${i}`, name: `N${i}`, role, state, at: `2026-10-01T00:00:${String(i).padStart(2, '0')}.000Z` });
        if (rand() < 0.2) publishCommitment(doc, role, { commitment: String(i).padStart(64, '0'), sealedAt: '2026-10-01T00:00:00.000Z', name: 'x' });
      }
      deliver(fromA, b, rand);
      deliver(fromB, a, rand);
      expect(readRaw(a), `seed ${seed}`).toEqual(readRaw(b));
    }
  }, 60_000);

  it('never lets a commitment be replaced once published', () => {
    const doc = new Y.Doc();
    publishCommitment(doc, 'ceo', { commitment: 'a'.repeat(64), sealedAt: '2026-10-01T00:00:00.000Z', name: 'Alex' });
    publishCommitment(doc, 'ceo', { commitment: 'b'.repeat(64), sealedAt: '2026-10-02T00:00:00.000Z', name: 'Alex' });
    expect((readRaw(doc).commitments.ceo as { commitment: string }).commitment).toBe('a'.repeat(64));
  });

  it('refuses a reveal before both leaders have committed', () => {
    const doc = new Y.Doc();
    publishCommitment(doc, 'ceo', { commitment: 'a'.repeat(64), sealedAt: '2026-10-01T00:00:00.000Z', name: 'Alex' });
    expect(() => publishReveal(doc, 'ceo', { payload: {}, salt: 'x' })).toThrow(/both leaders must have sealed/);
    expect(readRaw(doc).reveals).toEqual({});
  });
});
