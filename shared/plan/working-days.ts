/**
 * Plan dates fall on working days: the guide's 30 days are a calendar month of
 * work, and an action due on a Saturday is an action nobody does.
 */
import { addDays } from '../workspace/dates';

export const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;

/** The first working day on or after `d`. */
export function onOrAfterWorkingDay(d: Date): Date {
  let out = d;
  while (isWeekend(out)) out = addDays(out, 1);
  return out;
}

/**
 * Calendar day `n` of the plan (day 1 = the plan date) on a working day: moved
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
