// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/assessment/types';
import { hasVerifiedComparison, pairRoundsByPeriod, verifiedInstead } from '../../../../shared/history/periods';
import { sealedRound, six } from './fixtures';

/*
 * A backup Merge can add an "own" round nothing marks (a Merge of this laptop's own backup adds
 * those too), newer than mine, with an unverified partner round paired with it (review r24).
 * History charts the comparison this laptop verified; the other round stays listed.
 */
const mine = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(5), six(5), six(4), six(4)] });
const checked: Round = { ...sealedRound({ id: 'partner-a', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(1), six(2), six(2), six(2)], receivedFrom: 'peer' }), pairedWith: 'ceo-q4' };
const forgedOwn = sealedRound({ id: 'ceo-q4-redo', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-25T09:00:00.000Z', answers: [six(2), six(2), six(2), six(2)] });
const forgedTheirs: Round = { ...sealedRound({ id: 'partner-b', role: 'cto', label: '2026-Q4', sealedAt: forgedOwn.sealedAt, answers: [six(2), six(2), six(2), six(2)], receivedFrom: 'file' }), pairedWith: 'ceo-q4-redo', unverified: true };

describe('History with a merged own round paired with an unverified partner round', () => {
  it('charts my round with the verified comparison, and lists the others', () => {
    const [period] = pairRoundsByPeriod([mine, checked, forgedOwn, forgedTheirs]);
    expect([period.ceo?.id, period.cto?.id]).toEqual(['ceo-q4', 'partner-a']);
    expect(period.others.map((r) => r.id).sort()).toEqual(['ceo-q4-redo', 'partner-b']);
  });

  it('charts the newest own round when none has a verified comparison', () => {
    const [period] = pairRoundsByPeriod([mine, forgedOwn, forgedTheirs]);
    expect([period.ceo?.id, period.cto?.id]).toEqual(['ceo-q4-redo', 'partner-b']);
  });
});

describe('hasVerifiedComparison / verifiedInstead', () => {
  const all = [mine, checked, forgedOwn, forgedTheirs];
  it('tell a checked comparison from a backup’s', () => {
    expect(hasVerifiedComparison(all, mine)).toBe(true);
    expect(hasVerifiedComparison(all, forgedOwn)).toBe(false);
  });
  it('replace an unverified partner round only by a verified one compared with the same own round', () => {
    const planted: Round = { ...forgedTheirs, id: 'partner-c', pairedWith: 'ceo-q4' };
    expect(verifiedInstead([...all, planted], planted)).toBe(checked);
    expect(verifiedInstead(all, forgedTheirs)).toBe(forgedTheirs);
    expect(verifiedInstead(all, checked)).toBe(checked);
  });
});
