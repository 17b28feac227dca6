// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { comparisonRules, publishAck, publishCommitment, publishReveal, readRaw, setPresence } from '../../../../renderer/sync/comparison-doc';

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

  const AT = '2026-10-01T00:00:00.000Z';
  const commit = (doc: Y.Doc, role: 'ceo' | 'cto') => publishCommitment(doc, role, { commitment: (role === 'ceo' ? 'a' : 'b').repeat(64), sealedAt: AT, name: role });
  const ack = (doc: Y.Doc, role: 'ceo' | 'cto') => publishAck(doc, role, { ceo: 'a'.repeat(64), cto: 'b'.repeat(64), at: AT });

  it('refuses a reveal until both commitments and our own acknowledgement are there, each one of the three', () => {
    const steps: ((d: Y.Doc) => void)[] = [(d) => commit(d, 'ceo'), (d) => commit(d, 'cto'), (d) => ack(d, 'ceo')];
    for (let missing = 0; missing < steps.length; missing++) {
      const doc = new Y.Doc();
      steps.forEach((step, i) => i !== missing && step(doc));
      // The partner's acknowledgement does not stand in for ours.
      ack(doc, 'cto');
      expect(() => publishReveal(doc, 'ceo', { payload: {}, salt: 'x' }), `without step ${missing}`).toThrow(/both leaders must have sealed, and this laptop must have acknowledged/);
      expect(readRaw(doc).reveals).toEqual({});
    }
    const doc = new Y.Doc();
    steps.forEach((step) => step(doc));
    publishReveal(doc, 'ceo', { payload: { n: 1 }, salt: 'x' });
    expect(readRaw(doc).reveals).toEqual({ ceo: { payload: { n: 1 }, salt: 'x' } });
  });

  it('an acknowledgement and a reveal, once published, are never replaced', () => {
    const doc = new Y.Doc();
    commit(doc, 'ceo');
    commit(doc, 'cto');
    publishAck(doc, 'ceo', { ceo: 'a'.repeat(64), cto: 'b'.repeat(64), at: AT });
    publishAck(doc, 'ceo', { ceo: 'c'.repeat(64), cto: 'd'.repeat(64), at: AT });
    expect((readRaw(doc).acks.ceo as { ceo: string }).ceo).toBe('a'.repeat(64));
    ack(doc, 'cto');
    publishReveal(doc, 'cto', { payload: { first: true }, salt: 's1' });
    publishReveal(doc, 'cto', { payload: { first: false }, salt: 's2' });
    expect(readRaw(doc).reveals.cto).toEqual({ payload: { first: true }, salt: 's1' });
  });

  it('the rules refuse a peer deleting the other laptop’s published entries, and name what it tried', () => {
    const rules = comparisonRules(new Y.Doc(), 'ceo');
    expect(rules.remove('commitments', 'cto')).toBe('a peer tried to delete a published commitment');
    expect(rules.remove('reveals', 'cto')).toBe('a peer tried to delete a published reveal');
    expect(rules.remove('commitments', 'ceo')).toBe("a peer tried to delete this laptop's commitments entry");
    expect(rules.remove('participants', 'cto')).toBeUndefined();
  });
});
