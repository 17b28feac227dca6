/*
 * The actions are listed in the order the steps are written (by day), with no sort after: a
 * step moved off a weekend must never land after the next step, or "Days 1–14" would read out
 * of order. Checked for a plan started on each day of the week, for both kinds of round.
 */
import { describe, expect, it } from 'vitest';
import { buildActions } from '../../../../shared/plan/actions';
import { planContext } from '../../../../shared/plan/context';
import { toIsoDate } from '../../../../shared/workspace/dates';

describe('the 30 days in due order', () => {
  for (const kind of ['quarterly-reset', 'repair'] as const) {
    it(`for a ${kind}, whatever the weekday the plan starts on`, () => {
      for (let d = 0; d < 7; d++) {
        const start = new Date(2026, 0, 12 + d, 9, 30);
        const dues = buildActions([], { start, asOf: toIsoDate(start) }, planContext(), kind).map((a) => a.due);
        expect(dues, start.toDateString()).toEqual([...dues].sort());
      }
    });
  }
});
