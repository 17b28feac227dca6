import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/assessment/types';
import { isComparedPair } from '../../../../shared/history/compared-pair';
import { sealedRound, six } from './fixtures';

const own = (id: string, role: Round['role']) => sealedRound({ id, role, label: 'Q', sealedAt: '2026-07-01T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)] });
const kept = (id: string, role: Round['role'], pairedWith?: string): Round => ({
  ...sealedRound({ id, role, label: 'Q', sealedAt: '2026-07-01T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)], receivedFrom: 'peer' }),
  ...(pairedWith ? { pairedWith } : {}),
});

describe('isComparedPair: only a comparison that happened', () => {
  it('a partner round stands with the own round it was compared with, either way round', () => {
    expect(isComparedPair(own('c1', 'ceo'), kept('t1', 'cto', 'c1'))).toBe(true);
    expect(isComparedPair(kept('t1', 'cto', 'c1'), own('c1', 'ceo'))).toBe(true);
  });

  it('not with another own round, either way round', () => {
    expect(isComparedPair(own('c2', 'ceo'), kept('t1', 'cto', 'c1'))).toBe(false);
    expect(isComparedPair(kept('c9', 'ceo', 'x1'), own('x2', 'cto'))).toBe(false);
  });

  it('own rounds pair freely (taking turns); so do partner rounds kept before pairing, and two kept rounds', () => {
    expect(isComparedPair(own('c1', 'ceo'), own('x1', 'cto'))).toBe(true);
    expect(isComparedPair(own('c1', 'ceo'), kept('t0', 'cto'))).toBe(true);
    expect(isComparedPair(kept('c0', 'ceo', 'a'), kept('t0', 'cto', 'b'))).toBe(true);
  });

  it('a partner round compared again with a later own round (brought back: alsoPairedWith) stands with both, and still not with a third', () => {
    const replayed: Round = { ...kept('t1', 'cto', 'c1'), alsoPairedWith: ['c2'] };
    expect(isComparedPair(own('c2', 'ceo'), replayed)).toBe(true);
    expect(isComparedPair(replayed, own('c1', 'ceo'))).toBe(true);
    expect(isComparedPair(own('c3', 'ceo'), replayed)).toBe(false);
  });
});
