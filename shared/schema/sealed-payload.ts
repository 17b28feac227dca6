import * as v from 'valibot';
import type { SealedPayload } from '../reveal/types';
import { MAX_LABEL, MAX_NAME } from './limits';
import type { Result } from './result';
import { ROLES, frameworkMembers, frameworkVersion } from './round';
import { isoDateTime, oneOf, record, text } from './rules';
import { parseWith } from './valibot-issues';

/*
 * A sealed payload received in a file or from a peer. Answers and warnings are
 * checked against the framework the payload claims; the value is rebuilt from
 * the known members only (what was committed is verified on the raw input).
 */

const payloadSchema = (input: unknown) =>
  v.pipe(
    record({
      role: oneOf(ROLES),
      personName: text(MAX_NAME),
      roundLabel: text(MAX_LABEL),
      frameworkVersion,
      sealedAt: isoDateTime(),
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
