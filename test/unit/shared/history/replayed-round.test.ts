import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/assessment/types';
import { isReplayedFor, replayedInPeriods, replayedRoundNotice } from '../../../../shared/history/replayed-round';
import type { Period } from '../../../../shared/history/periods';
import { sealedRound, six } from './fixtures';

// Local times, so the days said are the days a leader on this laptop saw.
const JULY = new Date(2026, 6, 1, 9).toISOString();
const OCTOBER = new Date(2026, 9, 2, 9).toISOString();

const own = (id: string, role: Round['role'], label = 'Q4', sealedAt = OCTOBER) => sealedRound({ id, role, label, sealedAt, answers: [six(3), six(3), six(3), six(3)] });
/** The partner's round kept from the July comparison with our c1, brought back for our c2. */
const partner = (role: Round['role'], extra: Partial<Round> = {}): Round => ({
  ...sealedRound({ id: 'p1', role, label: 'Q3', sealedAt: JULY, answers: [six(2), six(2), six(2), six(2)], receivedFrom: 'peer' }),
  pairedWith: 'c1',
  alsoPairedWith: ['c2'],
  ...extra,
});

describe('a partner round brought back from an earlier comparison', () => {
  it('is replayed for the later own round it was compared with, not for the first one, nor for another', () => {
    expect(isReplayedFor(partner('cto'), own('c2', 'ceo'))).toBe(true);
    expect(isReplayedFor(partner('cto'), own('c1', 'ceo'))).toBe(false);
    expect(isReplayedFor(partner('cto'), own('c3', 'ceo'))).toBe(false);
  });

  it('a record that also lists the round it was first compared with (a backup, or written by hand) does not make that first comparison a replay', () => {
    expect(isReplayedFor(partner('cto', { alsoPairedWith: ['c1', 'c2'] }), own('c1', 'ceo'))).toBe(false);
    expect(isReplayedFor(partner('cto', { alsoPairedWith: ['c1', 'c2'] }), own('c2', 'ceo'))).toBe(true);
  });

  it('only a partner round counts: one of ours, or one compared once, is not replayed', () => {
    const { receivedFrom: _r, ...ours } = partner('cto');
    expect(isReplayedFor(ours, own('c2', 'ceo'))).toBe(false);
    const { alsoPairedWith: _a, ...once } = partner('cto');
    expect(isReplayedFor(once, own('c2', 'ceo'))).toBe(false);
    const { pairedWith: _p, ...unpaired } = partner('cto');
    expect(isReplayedFor(unpaired, own('c2', 'ceo'))).toBe(false);
  });
});

describe('what Compare says about it', () => {
  it('names the role, the day they sealed it and our round it was first compared with (its label as typed, trimmed, and its seal day)', () => {
    const text = replayedRoundNotice(partner('cto'), own('c1', 'ceo', '  Q3 reset  ', JULY));
    expect(text).toBe(
      'Not a new diagnostic: the CTO’s answers here are the round they sealed on 2026-07-01, already compared with your round “Q3 reset” (sealed 2026-07-01). ' +
        'History and the repair plan keep them as the CTO’s answers for this round too, dated 2026-07-01. ' +
        'If this comparison should show where the CTO stands now, ask them to answer a new round.',
    );
  });

  it('the CEO’s, when the partner is the CEO', () => {
    expect(replayedRoundNotice(partner('ceo'), own('c1', 'cto', 'Q3', JULY))).toMatch(/^Not a new diagnostic: the CEO’s answers .* where the CEO stands now/);
  });

  it('our first round gone from this laptop, or undated, and a partner round with no seal time: still says what it can, no empty date', () => {
    expect(replayedRoundNotice(partner('cto'), undefined)).toContain('already compared with another round of yours, no longer on this laptop. ');
    const { sealedAt: _s, ...undated } = own('c1', 'ceo', 'Q3');
    expect(replayedRoundNotice(partner('cto'), undated)).toContain('already compared with your round “Q3”. ');
    const { sealedAt: _t, ...unsealed } = partner('cto');
    const text = replayedRoundNotice(unsealed, undefined);
    expect(text).toContain('the round they sealed on an earlier day, ');
    expect(text).toContain('dated an earlier day.');
  });
});

describe('what History notes above the trends', () => {
  const period = (label: string, p: Partial<Period>): Period => ({ label, date: OCTOBER, others: [], ...p });

  it('each period whose partner round was brought back, with whose and when it was sealed', () => {
    const periods = [
      period('Q3', { ceo: own('c1', 'ceo', 'Q3', JULY), cto: { ...partner('cto'), alsoPairedWith: [] } }),
      period('Q4', { ceo: own('c2', 'ceo'), cto: partner('cto') }),
      period('Q4 (they are CEO)', { cto: own('c2', 'cto'), ceo: partner('ceo') }),
    ];
    expect(replayedInPeriods(periods)).toEqual([
      { period: 'Q4', role: 'cto', sealedAt: JULY },
      { period: 'Q4 (they are CEO)', role: 'ceo', sealedAt: JULY },
    ]);
  });

  it('nothing for a period with only one leader’s round; no seal time is left out, not invented', () => {
    expect(replayedInPeriods([period('Q4', { cto: partner('cto') })])).toEqual([]);
    const { sealedAt: _s, ...unsealed } = partner('cto');
    expect(replayedInPeriods([period('Q4', { ceo: own('c2', 'ceo'), cto: unsealed })])).toEqual([{ period: 'Q4', role: 'cto' }]);
  });
});
