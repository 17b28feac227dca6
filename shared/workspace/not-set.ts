/**
 * What the printed artifacts (plan, Markdown exports, calendar) say of a value that is not set.
 * The shared doc's reader (renderer/sync/workspace-doc.ts) reads a plain field the partner wrote
 * with another type, or without one of the known values, as missing: '' for a string or a choice,
 * NaN for a number. These helpers name such a value instead of indexing into it or printing NaN.
 */
import { MEETING_FREQUENCIES, type MeetingFrequency } from './types';

export const NOT_SET = 'not set';

/** `value` when it is one of `allowed` (a plain string, not an inherited key such as "constructor"). */
export const isOneOf = <const T extends readonly string[]>(allowed: T, value: unknown): value is T[number] =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value);

/** A number someone set: finite (NaN marks one not set, and ±Infinity is no budget anyone wrote). */
export const isSetNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** `value` when known, else "not set": for a choice printed as it is stored (weekly, red, decision). */
export const choiceText = (allowed: readonly string[], value: unknown): string => (isOneOf(allowed, value) ? value : NOT_SET);

export const FREQUENCY_LABELS: Record<MeetingFrequency, string> = { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' };

/** "Weekly", or "Frequency not set". */
export const frequencyLabel = (f: unknown): string => (isOneOf(MEETING_FREQUENCIES, f) ? FREQUENCY_LABELS[f] : `Frequency ${NOT_SET}`);

/** A risk budget the shared doc holds no number for. */
export const RELIABILITY_NOT_SET = 'Downtime budget not set';
export const SLIP_NOT_SET = 'Slip budget not set';

/** A meeting's length in the plan's table: "45 min", or "length not set". */
export const meetingLengthText = (minutes: number): string => (isSetNumber(minutes) ? `${minutes} min` : `length ${NOT_SET}`);
