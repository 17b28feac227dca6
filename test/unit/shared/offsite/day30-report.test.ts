// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CHANGE_COUNTED, CHANGE_ORDER, CHANGE_WORDS, day30Report, sidesFromItems } from '../../../../shared/offsite/day30-report';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { buildComparison } from '../../../../shared/session/comparison';
import { day30Series } from '../../../../shared/offsite/day30-series';
import { baselineCeo, baselineCto, q1Ceo, q1Cto, rescoreCeo, rescoreCto, REPAIR, RESCORE } from './day30-fixtures';
import { sealedRound, six, type PerArea } from '../history/fixtures';

const baseline = { ceo: baselineCeo, cto: baselineCto };
const now = { ceo: rescoreCeo, cto: rescoreCto };

describe('day-30 report: the baseline’s top gaps, every statement, every area', () => {
  it('follows the baseline’s top three gaps, baseline vs now for both leaders', () => {
    const r = day30Report(baseline, now);
    expect(r.gaps.map((g) => [g.position, g.statementId, g.baseline, g.now, g.change, g.pinned])).toEqual([
      [1, 'db-2', { ceo: 5, cto: 1 }, { ceo: 4, cto: 4 }, 'closed', false],
      [2, 'sa-3', { ceo: 4, cto: 2 }, { ceo: 5, cto: 1 }, 'widened', false],
      [3, 'cr-3', { ceo: 2, cto: 3 }, { ceo: 3, cto: 3 }, 'narrowed', false],
    ]);
    expect(r.gaps[0].title).toBe('Who owns delivery dates');
    expect(r.gaps[0].areaId).toBe('decision-boundaries');
  });

  it('a pin from the baseline comparison puts that gap among the ones followed', () => {
    const r = day30Report(baseline, now, ['cq-4']);
    expect(r.gaps.map((g) => [g.statementId, g.change, g.pinned])).toEqual([
      ['db-2', 'closed', false],
      ['sa-3', 'widened', false],
      ['cq-4', 'unchanged', true],
    ]);
  });

  it('counts every statement, the new gap included', () => {
    const r = day30Report(baseline, now);
    expect(r.summary).toEqual({ closed: 1, narrowed: 1, fell: 0, unchanged: 1, shifted: 0, widened: 1, new: 1, steady: 19, unknown: 0 });
    expect(r.statements.find((s) => s.statementId === 'db-6')).toMatchObject({ baseline: { ceo: 4, cto: 4 }, now: { ceo: 5, cto: 2 }, change: 'new' });
  });

  it('per area, both leaders’ scores then and now and how the gap between them moved (hand-computed)', () => {
    // Decision boundaries, 6 statements. Baseline CEO 4 5 4 4 4 4 = 25/6 → 79; CTO 4 1 4 4 4 4 = 21/6 → 63; gap 16.
    //   Now CEO 4 4 4 4 4 5 = 25/6 → 79; CTO 4 4 4 4 4 2 = 22/6 → 67; gap 12 → narrowed.
    // Strategic alignment. Baseline CEO 24/6 → 75; CTO 22/6 → 67; gap 8. Now CEO 25/6 → 79; CTO 21/6 → 63; gap 16 → widened.
    // Communication quality: 3/3 in cq-4 both times: 23/6 → 71 each, gap 0 → unchanged.
    const r = day30Report(baseline, now);
    const area = (id: string) => r.areas.find((a) => a.areaId === id)!;
    expect(area('decision-boundaries')).toMatchObject({ baseline: { ceo: 79, cto: 63, delta: 16 }, now: { ceo: 79, cto: 67, delta: 12 }, change: 'narrowed' });
    expect(area('strategic-alignment')).toMatchObject({ baseline: { ceo: 75, cto: 67, delta: 8 }, now: { ceo: 79, cto: 63, delta: 16 }, change: 'widened' });
    expect(area('communication-quality')).toMatchObject({ baseline: { ceo: 71, cto: 71, delta: 0 }, now: { delta: 0 }, change: 'unchanged' });
  });

  it('an area too thin to compare has no change, rather than a made-up one', () => {
    const thin = { ...rescoreCto, answers: { ...rescoreCto.answers } };
    for (const id of ['db-1', 'db-2', 'db-3', 'db-4']) thin.answers[id] = { value: 'dont-know' };
    const r = day30Report(baseline, { ceo: rescoreCeo, cto: thin });
    expect(r.areas[0]).toMatchObject({ now: { ceo: null, cto: null, delta: null }, change: null });
    expect(r.gaps[0].change).toBe('unknown');
  });
});

describe('History’s series: every comparison after the pair’s first, against its baseline', () => {
  it('counts per comparison, oldest first', () => {
    const series = day30Series([q1Ceo, q1Cto, baselineCeo, baselineCto, rescoreCeo, rescoreCto]);
    expect(series.map((e) => [e.comparison.label, e.baseline.label])).toEqual([
      [REPAIR, '2026-Q1 quarterly reset'],
      [RESCORE, REPAIR],
    ]);
    expect(series[1].counts).toMatchObject({ closed: 1, narrowed: 1, unchanged: 1, widened: 1, new: 1 });
    // Q1 → repair: db-1 3/3 closed; db-2 3/3 → 5/1 widened; sa-3, cr-3 new; cq-4 3/3 new.
    expect(series[0].counts).toMatchObject({ closed: 1, narrowed: 0, unchanged: 0, widened: 1, new: 3 });
  });

  it('is empty with a single comparison', () => {
    expect(day30Series([baselineCeo, baselineCto])).toEqual([]);
  });
});

describe('the report from what the comparison view holds', () => {
  it('a comparison built from the re-score’s sealed payloads gives the same report as the rounds themselves', () => {
    const comparison = buildComparison(payloadFromRound(rescoreCeo), payloadFromRound(rescoreCto));
    expect(day30Report(baseline, sidesFromItems(comparison.items), ['cq-4'])).toEqual(day30Report(baseline, now, ['cq-4']));
  });
});

/*
 * The reviewer's case: the baseline's top three gaps were CEO 5 / CTO 2 in decision boundaries;
 * thirty days later both score them 1. They are closer (0 apart) only because both came down,
 * and the area went from CEO 100 / CTO 25 to 0 / 0. That read "Narrowed", drawn green.
 */
describe('closer together only because the scores fell', () => {
  const side = (role: 'ceo' | 'cto', areas: PerArea) => sealedRound({ id: role, role, label: 'r', sealedAt: '2026-03-10T09:00:00.000Z', answers: areas });
  const baselinePair = { ceo: side('ceo', [six(5), six(5), six(5), six(5)]), cto: side('cto', [six(2), six(5), six(5), six(5)]) };
  const nowPair = { ceo: side('ceo', [six(1), six(5), six(5), six(5)]), cto: side('cto', [six(1), six(5), six(5), six(5)]) };

  it('the top gaps read "fell", never "narrowed", and are counted apart', () => {
    const r = day30Report(baselinePair, nowPair);
    expect(r.gaps.map((g) => [g.statementId, g.baseline, g.now, g.change])).toEqual([
      ['db-1', { ceo: 5, cto: 2 }, { ceo: 1, cto: 1 }, 'fell'],
      ['db-2', { ceo: 5, cto: 2 }, { ceo: 1, cto: 1 }, 'fell'],
      ['db-3', { ceo: 5, cto: 2 }, { ceo: 1, cto: 1 }, 'fell'],
    ]);
    expect(r.summary).toMatchObject({ narrowed: 0, fell: 6 });
  });

  it('per area the same rule: 100 / 25 → 0 / 0 is "fell"; a lower score that held or rose still narrows', () => {
    const r = day30Report(baselinePair, nowPair);
    expect(r.areas[0]).toMatchObject({ baseline: { ceo: 100, cto: 25, delta: 75 }, now: { ceo: 0, cto: 0, delta: 0 }, change: 'fell' });
    // CEO 100 → 50, CTO 25 held: closer, and the lower score did not fall.
    const held = day30Report(baselinePair, { ...nowPair, ceo: side('ceo', [six(3), six(5), six(5), six(5)]), cto: baselinePair.cto });
    expect(held.areas[0]).toMatchObject({ now: { ceo: 50, cto: 25, delta: 25 }, change: 'narrowed' });
  });

  it('has its own words, listed with the bad news and never read as narrowed', () => {
    expect(CHANGE_WORDS.fell).toBe('Closer, but scored lower');
    expect(CHANGE_COUNTED.fell).toBe('closer but scored lower');
    expect(`${CHANGE_WORDS.fell} ${CHANGE_COUNTED.fell}`).not.toMatch(/narrow/i);
    // Listed after the no-progress classes, beside widened.
    expect(CHANGE_ORDER.indexOf('fell')).toBe(CHANGE_ORDER.indexOf('widened') - 1);
    expect(CHANGE_ORDER.indexOf('fell')).toBeGreaterThan(CHANGE_ORDER.indexOf('shifted'));
  });
});
