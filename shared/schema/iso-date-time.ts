const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** True for a full ISO 8601 date-time with a zone, e.g. 2026-10-05T09:00:00.000Z. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
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

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * True for exactly the form `Date.prototype.toISOString` writes, e.g. 2026-11-01T09:00:00.000Z:
 * UTC, milliseconds, nothing else. Sealing writes that form, so a partner's sealedAt in any
 * other (an offset, no milliseconds) was written by something else.
 */
export function isUtcTime(value: unknown): value is string {
  if (typeof value !== 'string' || !UTC_TIME.test(value)) return false;
  const t = Date.parse(value);
  // The round trip refuses what Date.parse would roll over (2026-02-30, 24:00).
  return !Number.isNaN(t) && new Date(t).toISOString() === value;
}

/** Milliseconds since the epoch of an ISO date-time; -Infinity when it is none (it sorts first, never as the latest). */
export function timeOf(value: string | undefined): number {
  const t = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * Orders ISO date-times by the instant they name, not by their text: rounds stored before
 * sealedAt had to be UTC may carry an offset ("2026-11-01T09:00:00+05:00" is 04:00 UTC,
 * and sorts after "2026-11-01T08:00:00.000Z" as text). Equal instants order by text.
 */
export function compareTimes(a: string | undefined, b: string | undefined): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const sa = a ?? '';
  const sb = b ?? '';
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
