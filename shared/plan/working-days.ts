/**
 * Plan dates fall on working days: the guide's 30 days are a calendar month of
 * work, and an action due on a Saturday is an action nobody does. They count from
 * the comparison, not from the day the plan is shown or exported (planStart).
 */
import { addDays, parseIsoDate, startOfDay } from '../workspace/dates';

export const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;

/** The first working day on or after `d`. */
export function onOrAfterWorkingDay(d: Date): Date {
  let out = d;
  while (isWeekend(out)) out = addDays(out, 1);
  return out;
}

/**
 * Day 1 of the 30: the day after the comparison (`comparedOn`, the later of the two seal days). Counted
 * from the day the plan was shown or exported, a plan of January's rounds exported in May listed every
 * step from May, none overdue, and each weekly re-export pushed the re-score back a week.
 * A seal day after `today` is a claim (a partner's clock, or its file): day 1 is never later than the
 * day after the plan's own day. `today` alone only when no seal day reads as a day.
 */
export function planStart(comparedOn: string | undefined, today: Date): Date {
  const tomorrow = addDays(today, 1);
  const sealed = comparedOn ? parseIsoDate(comparedOn) : null;
  if (!sealed) return startOfDay(today);
  const start = addDays(sealed, 1);
  return start > tomorrow ? tomorrow : start;
}

/**
 * Calendar day `n` of the plan (day 1 = `start`, planStart) on a working day: moved
 * forward, or back when forward would leave its phase (days 1–14, 15–30).
 */
export function planDay(start: Date, n: number): Date {
  const last = n <= 14 ? 14 : 30;
  const d = addDays(start, Math.max(0, n - 1));
  const fwd = onOrAfterWorkingDay(d);
  if (fwd <= addDays(start, last - 1)) return fwd;
  let back = d;
  while (isWeekend(back)) back = addDays(back, -1);
  return back;
}
