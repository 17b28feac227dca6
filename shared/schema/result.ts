import { shownExcerpt } from '../workspace/bidi';

/** Outcome of validating untrusted input: the typed value, or every problem found. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(...errors: string[]): Result<T> {
  return { ok: false, errors };
}

/** Short, safe description of a bad value for error messages ("got …"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // Cap the echo so a huge or hostile string cannot flood the message, nor turn it around (bidi.ts).
    return `${JSON.stringify(shownExcerpt(value, 40))} (text)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
