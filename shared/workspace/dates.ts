/**
 * Date helpers for calendar-day logic. Workspace dates are calendar days
 * (YYYY-MM-DD) in the user's local time, so comparisons ignore the clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD into a local-midnight Date; null when not a real day. */
export function parseIsoDate(s: string): Date | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Local-midnight Date, or null for impossible days like Feb 30. */
export function makeDate(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? d : null;
}

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && parseIsoDate(s) !== null;
}

/** Local calendar date as YYYY-MM-DD. */
export function toIsoDate(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * The local calendar day of an ISO date-time, as the plan's own date (23:30 in New York is the
 * next day in UTC); its first ten characters when it does not parse.
 */
export function localDayOf(iso: string): string {
  return Number.isNaN(Date.parse(iso)) ? iso.slice(0, 10) : toIsoDate(new Date(iso));
}

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}
