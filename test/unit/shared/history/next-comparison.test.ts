/*
 * Review (board reader): a plan or offsite summary built for last quarter's rounds (from History)
 * listed what was captured and agreed at every later offsite as its own: the offsite had a start and
 * no end. It ends where the next comparison's offsite starts: the later seal day of the next pair
 * this laptop compared.
 */
import { describe, expect, it } from 'vitest';
import { comparedPairs, nextComparisonDay } from '../../../../shared/history/next-comparison';
import type { Round } from '../../../../shared/assessment/types';
import { sealedRound, six } from './fixtures';

const at = (month: number, day: number) => new Date(2026, month - 1, day, 10).toISOString();
const own = (id: string, role: Round['role'], label: string, sealedAt: string) => sealedRound({ id, role, label, sealedAt, answers: [six(3), six(3), six(3), six(3)] });
const theirs = (id: string, role: Round['role'], label: string, sealedAt: string, pairedWith: string, alsoPairedWith?: string[]): Round => ({
  ...own(id, role, label, sealedAt),
  receivedFrom: 'peer',
  pairedWith,
  ...(alsoPairedWith ? { alsoPairedWith } : {}),
});

// This laptop is the CEO's. Q1 compared on 2026-01-12, Q2 on 2026-04-14.
const q1 = own('ceo-q1', 'ceo', '2026-Q1', at(1, 10));
const q1cto = theirs('cto-q1', 'cto', '2026-Q1', at(1, 12), 'ceo-q1');
const q2 = own('ceo-q2', 'ceo', '2026-Q2', at(4, 14));
const q2cto = theirs('cto-q2', 'cto', '2026-Q2', at(4, 11), 'ceo-q2');

describe('the next comparison after one', () => {
  it('is the next pair compared here: its later seal day', () => {
    expect(nextComparisonDay([q1, q1cto, q2, q2cto], { ceo: q1, cto: q1cto })).toBe('2026-04-14');
  });

  it('the latest comparison has none: its offsite is open-ended', () => {
    expect(nextComparisonDay([q1, q1cto, q2, q2cto], { ceo: q2, cto: q2cto })).toBeUndefined();
  });

  it('the nearest of several later ones', () => {
    const q3 = own('ceo-q3', 'ceo', '2026-Q3', at(7, 8));
    const q3cto = theirs('cto-q3', 'cto', '2026-Q3', at(7, 9), 'ceo-q3');
    expect(nextComparisonDay([q3, q3cto, q2, q2cto, q1, q1cto], { ceo: q1, cto: q1cto })).toBe('2026-04-14');
  });

  it('a round of ours sealed since, not yet compared, starts no offsite: ours alone is no comparison', () => {
    expect(nextComparisonDay([q1, q1cto, q2], { ceo: q1, cto: q1cto })).toBeUndefined();
    // Nor does setting it against the partner's round compared with Q1 (a comparison that never happened).
    expect(comparedPairs([q1, q1cto, q2]).map((p) => p.ceo.id)).toEqual(['ceo-q1']);
  });

  it('the partner bringing back last quarter’s sealed round for our new one is a comparison too (alsoPairedWith)', () => {
    const replayed = theirs('cto-q1', 'cto', '2026-Q1', at(1, 12), 'ceo-q1', ['ceo-q2']);
    expect(nextComparisonDay([q1, replayed, q2], { ceo: q1, cto: replayed })).toBe('2026-04-14');
  });

  it('the partner claiming an earlier seal for the next round cannot bring the end before our own seal of it', () => {
    const claimsJanuary = theirs('cto-q2', 'cto', '2026-Q2', at(1, 13), 'ceo-q2');
    expect(nextComparisonDay([q1, q1cto, q2, claimsJanuary], { ceo: q1, cto: q1cto })).toBe('2026-04-14');
  });

  it('both leaders taking turns on this laptop: the next period’s two rounds', () => {
    const c1 = own('c1', 'ceo', 'Q1 reset', at(1, 10));
    const t1 = own('t1', 'cto', 'Q1 reset', at(1, 11));
    const c2 = own('c2', 'ceo', 'Q2 reset', at(4, 20));
    const t2 = own('t2', 'cto', 'q2  reset ', at(4, 21));
    expect(nextComparisonDay([c1, t1, c2, t2], { ceo: c1, cto: t1 })).toBe('2026-04-21');
    // The CTO has not sealed Q2 yet: no comparison.
    expect(nextComparisonDay([c1, t1, c2], { ceo: c1, cto: t1 })).toBeUndefined();
  });

  it('a comparison whose rounds are not both sealed has no end (and no start)', () => {
    expect(nextComparisonDay([q1, q1cto, q2, q2cto], { ceo: q1, cto: {} })).toBeUndefined();
  });

  it('the current comparison need not be among the rounds (a live one, rebuilt from its payloads)', () => {
    const live = { ceo: { sealedAt: q1.sealedAt }, cto: { sealedAt: q1cto.sealedAt } };
    expect(nextComparisonDay([q2, q2cto], live)).toBe('2026-04-14');
  });
});
