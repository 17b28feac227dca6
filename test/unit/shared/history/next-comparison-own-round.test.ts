/*
 * Review (board reader): the next comparison empties this offsite's plan into "a later offsite" from
 * its day on, so only a comparison built on a different round of this laptop's own, sealed after the
 * current comparison began, may set it. A partner's second round compared with the same own round,
 * a round merged from a backup (unverified) or a received round paired by label alone made a fake one.
 */
import { describe, expect, it } from 'vitest';
import { nextComparisonDay } from '../../../../shared/history/next-comparison';
import type { Round } from '../../../../shared/assessment/types';
import { sealedRound, six } from './fixtures';

const at = (month: number, day: number) => new Date(2026, month - 1, day, 10).toISOString();
const own = (id: string, role: Round['role'], label: string, sealedAt: string) => sealedRound({ id, role, label, sealedAt, answers: [six(3), six(3), six(3), six(3)] });
const theirs = (id: string, role: Round['role'], label: string, sealedAt: string, extra: Partial<Round> = {}): Round => ({
  ...own(id, role, label, sealedAt),
  receivedFrom: 'peer',
  ...extra,
});

// This laptop is the CEO's. Q1 compared on 2026-01-12.
const q1 = own('ceo-q1', 'ceo', '2026-Q1', at(1, 10));
const q1cto = theirs('cto-q1', 'cto', '2026-Q1', at(1, 12), { pairedWith: 'ceo-q1' });
const current = { ceo: q1, cto: q1cto };

describe('the next comparison is built on a different own round', () => {
  it('a second partner round compared with the same own round, claiming a later seal, is no next offsite', () => {
    const second = theirs('cto-q1b', 'cto', '2026-Q2', at(4, 14), { pairedWith: 'ceo-q1' });
    expect(nextComparisonDay([q1, q1cto, second], current)).toBeUndefined();
    // Nor brought back for the same own round (alsoPairedWith naming it again).
    const replayed = theirs('cto-q1c', 'cto', '2026-Q2', at(4, 14), { pairedWith: 'ceo-q1', alsoPairedWith: ['ceo-q1'] });
    expect(nextComparisonDay([q1, q1cto, replayed], current)).toBeUndefined();
  });

  it('a round merged from a backup (unverified) never makes or ends one', () => {
    const q2 = own('ceo-q2', 'ceo', '2026-Q2', at(4, 14));
    const merged = theirs('cto-q2', 'cto', '2026-Q2', at(4, 15), { receivedFrom: 'file', unverified: true, pairedWith: 'ceo-q2' });
    expect(nextComparisonDay([q1, q1cto, q2, merged], current)).toBeUndefined();
  });

  it('a received round is not paired with our new round by its label alone', () => {
    const q2 = own('ceo-q2', 'ceo', '2026-Q2', at(4, 14));
    const unpaired = theirs('cto-q2', 'cto', '2026-Q2', at(4, 15), { receivedFrom: 'file' });
    expect(nextComparisonDay([q1, q1cto, q2, unpaired], current)).toBeUndefined();
    // Paired with it, it is the next comparison.
    expect(nextComparisonDay([q1, q1cto, q2, { ...unpaired, pairedWith: 'ceo-q2' }], current)).toBe('2026-04-15');
  });
});
