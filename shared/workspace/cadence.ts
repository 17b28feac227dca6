/**
 * When a cadence can go on a calendar: every meeting has what an event needs (a first date, a
 * start time, a length and how often it repeats). An agreed cadence missing these is agreed,
 * but "Put the cadence on both calendars" is not done.
 */
import { isIsoDate } from './dates';
import { isOneOf, isSetNumber } from './not-set';
import { MEETING_FREQUENCIES, type Meeting } from './types';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** First date, start time (HH:MM), a length of more than zero minutes and a frequency all set. */
export function isMeetingScheduled(m: Meeting): boolean {
  return isIsoDate(m.firstDate) && TIME.test(m.time) && isSetNumber(m.durationMinutes) && m.durationMinutes > 0 && isOneOf(MEETING_FREQUENCIES, m.frequency);
}

/** At least one meeting, and every meeting scheduled. */
export function isCadenceScheduled(meetings: readonly Meeting[]): boolean {
  return meetings.length > 0 && meetings.every(isMeetingScheduled);
}

/**
 * The meetings with a pre-read checklist of their own: the pair's intake rule exists only
 * through them (without one, the plan prints the framework's intake rule, which nobody agreed).
 */
export function preReadForums(meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => m.prereadChecklist.some((i) => i.trim()));
}
