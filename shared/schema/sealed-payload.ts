import * as v from 'valibot';
import type { SealedPayload } from '../reveal/types';
import { MAX_LABEL, MAX_NAME } from './limits';
import type { Result } from './result';
import { ROLES, frameworkMembers, frameworkVersion } from './round';
import { isUtcTime } from './iso-date-time';
import { isoDateTime, oneOf, record, text } from './rules';
import { describeValue } from './result';
import { parseWith } from './valibot-issues';

/*
 * A sealed payload received in a file or from a peer. Answers and warnings are
 * checked against the framework the payload claims; the value is rebuilt from
 * the known members only (what was committed is verified on the raw input).
 */

/**
 * How far a partner's sealedAt may be ahead of this laptop's clock. A round is sealed before its
 * commitment is published, and revealed after: an honest sealedAt is in the past of every reveal,
 * wrong only by the difference between the two laptops' clocks (seconds, with the system's time
 * sync). A later one is refused, not shown: rounds are ordered by sealedAt, and one dated ahead
 * would stand as the latest round in history, the offsite baseline and the plan.
 */
export const SEALED_AT_CLOCK_SKEW_MS = 10 * 60_000;

/**
 * When the round was sealed, as a partner's payload (revealed, or in a sealed file) must give
 * it: exactly what sealing writes (UTC, see isUtcTime) and not in the future. Rounds already
 * stored keep whatever form they were stored in (the round schema still reads any ISO time).
 */
const sealedAt = v.pipe(
  isoDateTime(),
  v.check((s: string) => isUtcTime(s), (issue) => `must be a UTC time like 2026-11-01T09:00:00.000Z, as sealing writes it; got ${describeValue(issue.input)}`),
  v.check(
    (s: string) => Date.parse(s) <= Date.now() + SEALED_AT_CLOCK_SKEW_MS,
    (issue) => `must not be later than this laptop's clock (by more than ${SEALED_AT_CLOCK_SKEW_MS / 60_000} minutes); got ${describeValue(issue.input)}: check the time on both laptops`,
  ),
);

const payloadSchema = (input: unknown) =>
  v.pipe(
    record({
      role: oneOf(ROLES),
      personName: text(MAX_NAME),
      roundLabel: text(MAX_LABEL),
      frameworkVersion,
      sealedAt,
      ...frameworkMembers((input as { frameworkVersion?: unknown } | null)?.frameworkVersion),
    }),
    v.transform(
      (s): SealedPayload => ({ role: s.role, personName: s.personName, roundLabel: s.roundLabel, frameworkVersion: s.frameworkVersion, answers: s.answers, warnings: s.warnings, sealedAt: s.sealedAt }),
    ),
  );

/** The payload as a schema, for documents that hold one (the sealed file). */
export const sealedPayload = v.lazy(payloadSchema);

/** Validates a sealed payload; `path` prefixes every error. */
export function parseSealedPayload(input: unknown, path = 'payload'): Result<SealedPayload> {
  return parseWith(sealedPayload, input, path);
}
