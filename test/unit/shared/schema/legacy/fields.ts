import { describeValue } from '../../../../../shared/schema/result';

/*
 * Small building blocks for hand-written validators. Each check records an
 * error of the form `<where>: expected <what>, got <value>` and keeps going,
 * so one pass reports every problem in a file.
 */

export class Problems {
  readonly errors: string[] = [];

  expected(path: string, what: string, got: unknown): void {
    this.errors.push(`${path || 'value'}: expected ${what}, got ${describeValue(got)}`);
  }

  add(path: string, message: string): void {
    this.errors.push(`${path || 'value'}: ${message}`);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

/** Path of a child key: `answers["db-1"].value`, `label`. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  // Keys come from untrusted input: cap what the message echoes.
  if (key.length > 40) return `${path}[${JSON.stringify(`${key.slice(0, 40)}…`)}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkObject(p: Problems, path: string, value: unknown): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  p.expected(path, 'an object', value);
  return undefined;
}

interface TextRule {
  max: number;
  /** Empty (after trimming) is rejected unless allowEmpty. */
  allowEmpty?: boolean;
}

export function checkText(p: Problems, path: string, value: unknown, rule: TextRule): string | undefined {
  if (typeof value !== 'string') {
    p.expected(path, 'text', value);
    return undefined;
  }
  if (!rule.allowEmpty && value.trim() === '') {
    p.add(path, 'must not be empty');
    return undefined;
  }
  if (value.length > rule.max) {
    p.add(path, `expected at most ${rule.max} characters, got ${value.length}`);
    return undefined;
  }
  return value;
}

/** Absent is fine; present must pass checkText. */
export function checkOptionalText(p: Problems, path: string, value: unknown, rule: TextRule): string | undefined {
  return value === undefined ? undefined : checkText(p, path, value, rule);
}

export function checkOneOf<T extends string | number>(
  p: Problems,
  path: string,
  value: unknown,
  options: readonly T[],
): T | undefined {
  if ((options as readonly unknown[]).includes(value)) return value as T;
  p.expected(path, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`, value);
  return undefined;
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** True for a full ISO 8601 date-time with a zone, e.g. 2026-10-05T09:00:00.000Z. */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  // Date.parse rolls 2026-02-30 over into March, so check the calendar ourselves.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    !Number.isNaN(Date.parse(value))
  );
}

export function checkIsoDate(p: Problems, path: string, value: unknown): string | undefined {
  if (typeof value === 'string' && isIsoDateTime(value)) return value;
  p.expected(path, 'an ISO date-time such as 2026-10-05T09:00:00.000Z', value);
  return undefined;
}
