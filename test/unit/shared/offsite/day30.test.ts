// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyChange, day30Diff, day30Summary } from '../../../../shared/offsite/day30';
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
