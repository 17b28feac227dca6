/*
 * Day 1 of the 30 is the day after the comparison (the later seal day), not the day the plan is shown
 * or exported: the same plan lists the same dates on any day (dates-from-comparison.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { planDay, planStart } from '../../../../shared/plan/working-days';
import { toIsoDate } from '../../../../shared/workspace/dates';

const MAY_4 = new Date(2026, 4, 4, 9, 0);

describe('planStart', () => {
  it('is the day after the comparison, months after it too', () => {
    expect(toIsoDate(planStart('2026-01-12', MAY_4))).toBe('2026-01-13');
    expect(toIsoDate(planStart('2026-01-12', new Date(2026, 0, 12, 23, 59)))).toBe('2026-01-13');
    // Day 30 from Tuesday 13 January is Wednesday 11 February, not day 30 from the export.
    expect(toIsoDate(planDay(planStart('2026-01-12', MAY_4), 30))).toBe('2026-02-11');
  });

  it('is never later than the day after the plan\'s own day: a seal day after it is a claim (a clock, a file)', () => {
    expect(toIsoDate(planStart('2027-03-01', MAY_4))).toBe('2026-05-05');
  });

  it("is the plan's own day when no seal day reads as a day", () => {
    expect(toIsoDate(planStart(undefined, MAY_4))).toBe('2026-05-04');
    expect(toIsoDate(planStart('not sealed', MAY_4))).toBe('2026-05-04');
  });
});
