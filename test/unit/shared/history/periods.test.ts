import { describe, expect, it } from 'vitest';
import { areaTrends, pairRoundsByPeriod, periodKey } from '../../../../shared/history/periods';
import { sealedRound, six } from './fixtures';

const Q3 = '2026-Q3 quarterly reset';
const Q4 = '2026-Q4 quarterly reset';

/*
 * By hand, area score = (mean − 1) / 4 × 100, rounded:
 *   Q3 CEO: db all 4 → 75; cq all 3 → 50; sa all 5 → 100; cr 2 2 2 2 2 dont-know → 25
 *   Q3 CTO: db all 2 → 25; cq all 3 → 50; sa 1 1 1 1 1 1 → 0; cr nothing but dont-know → null
 *   Q4 CEO: db all 4 → 75; cq 4 4 4 3 3 3 → 3.5 → 62.5 → 63; sa all 4 → 75; cr all 3 → 50
 *   Q4 CTO: db all 3 → 50; cq all 4 → 75; sa all 4 → 75; cr all 3 → 50
 * Disagreement |CEO − CTO|:
 *   Q3: db 50, cq 0, sa 100, cr null (CTO scored nothing)
 *   Q4: db 25, cq 12, sa 0, cr 0
 */
const q3ceo = sealedRound({ id: 'q3-ceo', role: 'ceo', label: Q3, sealedAt: '2026-07-02T09:00:00.000Z', answers: [six(4), six(3), six(5), [2, 2, 2, 2, 2, 'dont-know']] });
const q3cto = sealedRound({ id: 'q3-cto', role: 'cto', label: Q3, sealedAt: '2026-07-01T09:00:00.000Z', answers: [six(2), six(3), six(1), six('dont-know')], receivedFrom: 'peer' });
const q4ceo = sealedRound({ id: 'q4-ceo', role: 'ceo', label: Q4, sealedAt: '2026-10-03T09:00:00.000Z', answers: [six(4), [4, 4, 4, 3, 3, 3], six(4), six(3)] });
const q4cto = sealedRound({ id: 'q4-cto', role: 'cto', label: ' 2026-q4  Quarterly reset', sealedAt: '2026-10-04T09:00:00.000Z', answers: [six(3), six(4), six(4), six(3)], receivedFrom: 'file' });
const draft = sealedRound({ id: 'draft', role: 'ceo', label: '2027-Q1 quarterly reset', answers: [six(5), six(5), six(5), six(5)] });

describe('pairRoundsByPeriod', () => {
  it('groups sealed rounds by label (ignoring case and spaces), oldest period first, drafts left out', () => {
    const periods = pairRoundsByPeriod([q4cto, draft, q3ceo, q4ceo, q3cto]);
    expect(periods.map((p) => p.label)).toEqual([Q3, Q4]);
    expect(periods[0].ceo?.id).toBe('q3-ceo');
    expect(periods[0].cto?.id).toBe('q3-cto');
    // This laptop's own seal dates the period, though the partner's round says it sealed a day earlier.
    expect(periods[0].date).toBe('2026-07-02T09:00:00.000Z');
    expect(periods[1].ceo?.id).toBe('q4-ceo');
    expect(periods[1].cto?.id).toBe('q4-cto');
    expect(periods[1].date).toBe('2026-10-03T09:00:00.000Z');
  });

  it('charts the newest of two sealed rounds for one role and keeps the other aside', () => {
    const again = { ...q4ceo, id: 'q4-ceo-2', sealedAt: '2026-10-09T09:00:00.000Z' };
    const [period] = pairRoundsByPeriod([again, q4ceo]);
    expect(period.ceo?.id).toBe('q4-ceo-2');
    expect(period.cto).toBeUndefined();
    expect(period.others.map((r) => r.id)).toEqual(['q4-ceo']);
  });

  it('returns nothing for no sealed rounds', () => {
    expect(pairRoundsByPeriod([])).toEqual([]);
    expect(pairRoundsByPeriod([draft])).toEqual([]);
  });

  it('normalises labels', () => {
    expect(periodKey('  2026-Q4   Quarterly reset ')).toBe('2026-q4 quarterly reset');
  });
});

describe('areaTrends', () => {
  it('gives CEO, CTO and their disagreement per area and period (hand-computed)', () => {
    const trends = areaTrends(pairRoundsByPeriod([q3ceo, q3cto, q4ceo, q4cto]));
    const byArea = Object.fromEntries(trends.map((t) => [t.areaId, t.points.map((p) => [p.ceo, p.cto, p.delta])]));
    expect(byArea).toEqual({
      'decision-boundaries': [
        [75, 25, 50],
        [75, 50, 25],
      ],
      'communication-quality': [
        [50, 50, 0],
        [63, 75, 12],
      ],
      'strategic-alignment': [
        [100, 0, 100],
        [75, 75, 0],
      ],
      'conflict-resolution': [
        [25, null, null],
        [50, 50, 0],
      ],
    });
    expect(trends[0].title).toBe('Decision boundaries');
    expect(trends[0].points.map((p) => p.label)).toEqual([Q3, Q4]);
  });

  it('leaves a missing leader as null (one side only)', () => {
    const [t] = areaTrends(pairRoundsByPeriod([q3ceo]));
    expect(t.points).toEqual([{ label: Q3, date: q3ceo.sealedAt, ceo: 75, cto: null, delta: null }]);
  });
});
