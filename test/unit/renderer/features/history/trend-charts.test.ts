// @vitest-environment node
/*
 * History's trend cards said "narrower" (in green) whenever the two area scores got closer, also
 * when both collapsed: CEO 100 / CTO 25 that became 0 / 0 read "Gap 0 (was 75, narrower)".
 * The same rule as day 30 now: narrower only when the lower score did not fall.
 */
import { describe, expect, it } from 'vitest';
import { gapText } from '../../../../../renderer/features/history/TrendCharts';
import type { TrendPoint } from '../../../../../shared/history/periods';

const at = (label: string, ceo: number, cto: number): TrendPoint => ({ label, date: '2026-07-01', ceo, cto, delta: Math.abs(ceo - cto) });

describe('the trend card’s disagreement against the period before', () => {
  it('both collapsing to the floor is "closer, but scored lower", not narrower', () => {
    expect(gapText([at('Q3', 100, 25), at('Q4', 0, 0)])).toEqual({ now: '0', was: '75', direction: 'fell' });
  });

  it('closer with the lower score held or rising is narrower', () => {
    expect(gapText([at('Q3', 100, 25), at('Q4', 75, 75)]).direction).toBe('narrower');
    expect(gapText([at('Q3', 75, 25), at('Q4', 50, 25)]).direction).toBe('narrower');
  });

  it('further apart is wider, as far apart is the same', () => {
    expect(gapText([at('Q3', 50, 50), at('Q4', 50, 46)]).direction).toBe('wider');
    expect(gapText([at('Q3', 75, 50), at('Q4', 50, 25)]).direction).toBe('same');
  });
});
