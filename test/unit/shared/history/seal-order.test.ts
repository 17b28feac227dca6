// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/assessment/types';
import { pairRoundsByPeriod } from '../../../../shared/history/periods';
import { findBaseline, identityOf, latestSealedRound, storedComparisons } from '../../../../shared/offsite/baseline';
import { sealedRoundsOf } from '../../../../renderer/features/plan/plan-source';
import { sealedRound, type PerArea } from './fixtures';

// Rounds are ordered by sealedAt. A round stored before a partner's sealedAt had to be UTC may
// carry an offset: "2026-11-01T09:00:00+05:00" is 04:00 UTC, yet sorts after 08:00 UTC as text.
// Every ordering site reads the instant.

const flat: PerArea = [Array(6).fill(3), Array(6).fill(3), Array(6).fill(3), Array(6).fill(3)] as PerArea;
const round = (id: string, role: 'ceo' | 'cto', label: string, sealedAt: string, receivedFrom?: 'peer'): Round =>
  sealedRound({ id, role, label, sealedAt, answers: flat, receivedFrom });
const OFFSET = '2026-11-01T09:00:00+05:00'; // 04:00 UTC

describe('ordering rounds by when they were sealed, not by the text of sealedAt', () => {
  it('history: the newest round of a role in a period is the later instant, and periods run by their date', () => {
    const earlier = round('cto-earlier', 'cto', 'Q4', OFFSET, 'peer');
    const later = round('cto-later', 'cto', 'Q4', '2026-11-01T08:00:00.000Z');
    const [q4] = pairRoundsByPeriod([later, earlier]);
    expect(q4.cto?.id).toBe('cto-later');
    expect(q4.others.map((r) => r.id)).toEqual(['cto-earlier']);

    const a = round('a', 'ceo', 'A', OFFSET, 'peer');
    const b = round('b', 'ceo', 'B', '2026-11-01T06:00:00.000Z');
    expect(pairRoundsByPeriod([b, a]).map((p) => p.label)).toEqual(['A', 'B']);
  });

  it("history: a partner's backdated seal does not move its period ahead of the others (the period keeps this laptop's date)", () => {
    const q3 = [round('q3-ceo', 'ceo', 'Q3', '2026-08-01T09:00:00.000Z'), round('q3-cto', 'cto', 'Q3', '2026-08-01T10:00:00.000Z', 'peer')];
    const q4 = [round('q4-ceo', 'ceo', 'Q4', '2026-11-01T09:00:00.000Z'), round('q4-cto', 'cto', 'Q4', '1970-01-01T00:00:00.000Z', 'peer')];
    const periods = pairRoundsByPeriod([...q4, ...q3]);
    expect(periods.map((p) => [p.label, p.date])).toEqual([
      ['Q3', '2026-08-01T09:00:00.000Z'],
      ['Q4', '2026-11-01T09:00:00.000Z'],
    ]);
    // Only a partner's round in a period: its seal is all there is.
    expect(pairRoundsByPeriod([round('p', 'cto', 'P', '2026-01-01T00:00:00.000Z', 'peer')])[0].date).toBe('2026-01-01T00:00:00.000Z');
  });

  // Review r7: the partner chooses its round's label and seal time. A round kept from a comparison is
  // filed with this laptop's round it was compared with (pairedWith), not by what it claims.
  it("history: a partner's round goes to the period of the round it was compared with, whatever its label and seal time", () => {
    const paired = (r: Round, with_: string): Round => ({ ...r, pairedWith: with_ });
    const q1 = [round('q1-ceo', 'ceo', '2026-Q1', '2026-01-10T09:00:00.000Z'), paired(round('q1-cto', 'cto', '2026-Q1', '2026-01-10T09:05:00.000Z', 'peer'), 'q1-ceo')];
    // Compared with my Q2 round, but labelled "Q2 (Blake)" and dated 1970.
    const q2 = [round('q2-ceo', 'ceo', '2026-Q2', '2026-04-10T09:00:00.000Z'), paired(round('q2-cto', 'cto', 'Q2 (Blake)', '1970-01-01T00:00:00.000Z', 'peer'), 'q2-ceo')];
    const periods = pairRoundsByPeriod([...q2, ...q1]);
    expect(periods.map((p) => [p.label, p.ceo?.id, p.cto?.id, p.others.map((r) => r.id)])).toEqual([
      ['2026-Q1', 'q1-ceo', 'q1-cto', []],
      ['2026-Q2', 'q2-ceo', 'q2-cto', []],
    ]);

    // Compared with my Q2 round, but labelled like Q1 and dated later than Q1's: Q1 keeps its own pair.
    const q2b = [round('q2-ceo', 'ceo', '2026-Q2', '2026-04-10T09:00:00.000Z'), paired(round('q2-cto', 'cto', '2026-q1', '2026-04-10T09:05:00.000Z', 'peer'), 'q2-ceo')];
    const list = storedComparisons([...q2b, ...q1]);
    expect(list.map((c) => [c.label, c.ceo.id, c.cto.id])).toEqual([
      ['2026-Q1', 'q1-ceo', 'q1-cto'],
      ['2026-Q2', 'q2-ceo', 'q2-cto'],
    ]);

    // A partner's round kept before rounds were paired (no pairedWith) still goes by its label.
    const legacy = round('old-cto', 'cto', '2026-Q1', '2026-01-10T09:05:00.000Z', 'peer');
    expect(pairRoundsByPeriod([q1[0], legacy])[0].cto?.id).toBe('old-cto');
  });

  // Review r8: two own rounds of one role in a period; the partner's rounds compared with each claim
  // seal times that would swap them.
  it("history: with two own rounds of a role in a period, the partner's round charted is the one compared with the own round charted", () => {
    const paired = (r: Round, with_: string): Round => ({ ...r, pairedWith: with_ });
    const rounds = [
      round('mine-1', 'ceo', 'Q2', '2026-04-01T09:00:00.000Z'),
      paired(round('partner-a', 'cto', 'Q2', '2026-04-20T09:00:00.000Z', 'peer'), 'mine-1'),
      round('mine-2', 'ceo', 'Q2', '2026-04-10T09:00:00.000Z'),
      paired(round('partner-b', 'cto', 'Q2', '1970-01-01T00:00:00.000Z', 'peer'), 'mine-2'),
    ];
    const [q2] = pairRoundsByPeriod(rounds);
    expect([q2.ceo?.id, q2.cto?.id]).toEqual(['mine-2', 'partner-b']);
    expect(storedComparisons(rounds).map((c) => [c.ceo.id, c.cto.id])).toEqual([['mine-2', 'partner-b']]);
  });

  it("offsite baseline: a re-score starts from the user's latest seal; a comparison completes at the later seal", () => {
    expect(latestSealedRound([round('old', 'ceo', 'X', OFFSET), round('new', 'ceo', 'Y', '2026-11-01T08:00:00.000Z')])?.id).toBe('new');

    const before = [round('x-ceo', 'ceo', 'X', '2026-11-01T03:00:00.000Z'), round('x-cto', 'cto', 'X', OFFSET, 'peer')];
    const current = [round('y-ceo', 'ceo', 'Y', '2026-11-01T05:00:00.000Z'), round('y-cto', 'cto', 'Y', '2026-11-01T06:00:00.000Z', 'peer')];
    const list = storedComparisons([...current, ...before]);
    expect(list.map((c) => [c.label, c.completedAt])).toEqual([
      ['X', OFFSET],
      ['Y', '2026-11-01T06:00:00.000Z'],
    ]);
    // X completed at 04:00 UTC, before Y (06:00 UTC): X is Y's baseline.
    expect(findBaseline(list, identityOf(list[1]))?.label).toBe('X');
  });

  it('plan: the newest sealed round of a role comes first', () => {
    const rounds = [round('offset', 'cto', 'Q4', OFFSET, 'peer'), round('utc', 'cto', 'Q4', '2026-11-01T08:00:00.000Z')];
    expect(sealedRoundsOf(rounds, 'cto').map((r) => r.id)).toEqual(['utc', 'offset']);
  });
});
