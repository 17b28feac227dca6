// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyChange, day30Diff, day30Summary, isGapPair } from '../../../../shared/offsite/day30';
import type { Answers } from '../../../../shared/assessment/types';

describe('day-30 re-score: what happened to each gap', () => {
  it.each([
    [[5, 1], [4, 5], 'closed'],
    [[5, 1], [4, 2], 'narrowed'],
    [[5, 2], [4, 1], 'shifted'], // as far apart, both a point lower: not "unchanged" (day30-shifted.test.ts)
    [[4, 3], [5, 1], 'widened'],
    [[5, 5], [5, 2], 'new'],
    [[4, 5], [5, 4], 'steady'],
    [[3, 3], [3, 3], 'unchanged'],
    [[3, 3], [4, 4], 'closed'],
    [[5, 'dont-know'], [5, 5], 'unknown'],
    [[5, 4], [null, 4], 'unknown'],
  ] as const)('%j → %j is %s', (before, after, change) => {
    expect(classifyChange(before as never, after as never)).toBe(change);
  });

  it('over a fixture pair: at least one closed and one widened, the rest counted', () => {
    const a = (pairs: Record<string, number | 'dont-know'>): Answers => Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k, { value: v as never }]));
    const rows = day30Diff(
      { ceo: a({ 'db-1': 5, 'db-2': 4, 'cq-1': 5 }), cto: a({ 'db-1': 1, 'db-2': 3, 'cq-1': 5 }) },
      { ceo: a({ 'db-1': 4, 'db-2': 5, 'cq-1': 5 }), cto: a({ 'db-1': 5, 'db-2': 1, 'cq-1': 2 }) },
    );
    const by = Object.fromEntries(rows.map((r) => [r.statementId, r.change]));
    expect(by['db-1']).toBe('closed');
    expect(by['db-2']).toBe('widened');
    expect(by['cq-1']).toBe('new');
    const summary = day30Summary(rows);
    expect(summary.closed + summary.widened + summary.new + summary.unknown).toBe(rows.length);
  });
});

/*
 * A gap used to count as "narrowed" whenever the two scores got closer, whichever way they
 * moved: CEO 5 / CTO 2 that became 1 / 1 read "Narrowed", drawn green. A low score by either
 * side is itself a gap (gaps.ts), so meeting lower down is not progress: it is "fell".
 */
describe('closer together, but lower down', () => {
  it.each([
    [[5, 2], [1, 1]],
    [[4, 2], [1, 1]],
    [[5, 3], [2, 2]],
    [[5, 2], [1, 3]], // the CTO rose a point, but the pair's lower score fell from 2 to 1
    [[2, 5], [1, 2]],
  ] as const)('%j → %j is "fell", not "narrowed"', (before, after) => {
    expect(classifyChange(before as never, after as never)).toBe('fell');
  });

  it.each([
    [[5, 1], [4, 2]], // the lower score rose
    [[2, 3], [3, 3]],
    [[5, 2], [3, 2]], // the higher came down, the lower held
    [[1, 4], [1, 2]], // the lower held at 1
  ] as const)('%j → %j: fewer points apart and the lower score held or rose is "narrowed"', (before, after) => {
    expect(classifyChange(before as never, after as never)).toBe('narrowed');
  });

  it('is counted apart from narrowed', () => {
    const a = (pairs: Record<string, number>): Answers => Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k, { value: v as never }]));
    const s = day30Summary(day30Diff({ ceo: a({ 'db-1': 5, 'db-2': 5 }), cto: a({ 'db-1': 2, 'db-2': 1 }) }, { ceo: a({ 'db-1': 1, 'db-2': 4 }), cto: a({ 'db-1': 1, 'db-2': 2 }) }));
    expect(s.fell).toBe(1);
    expect(s.narrowed).toBe(1);
  });

  const score = fc.integer({ min: 1, max: 5 });
  const pair = fc.tuple(score, score);

  it('property: "narrowed" implies fewer points apart, still a gap, and the lower score did not fall', () => {
    fc.assert(
      fc.property(pair, pair, ([a0, b0], [a1, b1]) => {
        const change = classifyChange([a0 as 1, b0 as 1], [a1 as 1, b1 as 1]);
        if (change !== 'narrowed') return;
        expect(Math.abs(a1 - b1)).toBeLessThan(Math.abs(a0 - b0));
        expect(isGapPair(a0, b0) && isGapPair(a1, b1)).toBe(true);
        expect(Math.min(a1, b1)).toBeGreaterThanOrEqual(Math.min(a0, b0));
      }),
    );
  });

  it('property: a statement is never "narrowed" (nor "closed") when both now score below both previous scores', () => {
    fc.assert(
      fc.property(pair, pair, ([a0, b0], [a1, b1]) => {
        fc.pre(Math.max(a1, b1) < Math.min(a0, b0));
        expect(['narrowed', 'closed']).not.toContain(classifyChange([a0 as 1, b0 as 1], [a1 as 1, b1 as 1]));
      }),
    );
  });

  it('property: every gap that came closer and stays open is exactly one of "narrowed" or "fell"', () => {
    fc.assert(
      fc.property(pair, pair, ([a0, b0], [a1, b1]) => {
        const change = classifyChange([a0 as 1, b0 as 1], [a1 as 1, b1 as 1]);
        const closerStillOpen = isGapPair(a0, b0) && isGapPair(a1, b1) && Math.abs(a1 - b1) < Math.abs(a0 - b0);
        expect(change === 'narrowed' || change === 'fell').toBe(closerStillOpen);
        if (closerStillOpen) expect(change).toBe(Math.min(a1, b1) < Math.min(a0, b0) ? 'fell' : 'narrowed');
      }),
    );
  });
});
