import * as v from 'valibot';
import { frameworkByVersion } from '../framework/content';
import type { SealedPayload } from '../reveal/types';
import { Problems, child, isIsoDateTime, isRecord } from './fields';
import { MAX_LABEL, MAX_NAME } from './limits';
import { fail, ok, type Result } from './result';
import { ROLES, checkAnswers, checkWarnings } from './round';
import { expected, issueLines } from './valibot-issues';

/*
 * The first boundary validated with valibot (issue 11), as the pattern for the rest:
 * the shape as a schema, messages in the same "where: what, got …" form as before
 * (the where comes from the issue path). Answers and warnings depend on the
 * framework version, so they still use the shared round checks after the shape.
 */

const text = (max: number) =>
  v.pipe(
    v.string(expected('text')),
    v.check((s) => s.trim() !== '', 'must not be empty'),
    v.maxLength(max, (issue) => `expected at most ${max} characters, got ${(issue.input as string).length}`),
  );

const ENTRIES = {
  role: v.picklist(ROLES, expected(`one of ${ROLES.map((r) => JSON.stringify(r)).join(', ')}`)),
  personName: text(MAX_NAME),
  roundLabel: text(MAX_LABEL),
  frameworkVersion: v.custom<number>((x) => typeof x === 'number' && frameworkByVersion(x) !== undefined, expected('a known framework version (1)')),
  sealedAt: v.custom<string>((x) => typeof x === 'string' && isIsoDateTime(x), expected('an ISO date-time such as 2026-10-05T09:00:00.000Z')),
};

const PAYLOAD = v.object(ENTRIES, (issue) => {
  // A missing member is reported by the object schema: give the member's own message for "nothing".
  const key = issue.path?.[issue.path.length - 1]?.key;
  if (typeof key === 'string' && key in ENTRIES) {
    const r = v.safeParse(ENTRIES[key as keyof typeof ENTRIES], undefined);
    if (!r.success) return r.issues[0].message;
  }
  return expected('an object')(issue);
});

/** Validates a sealed payload received in a file or from a peer; `path` prefixes every error. */
export function parseSealedPayload(input: unknown, path = 'payload'): Result<SealedPayload> {
  // valibot's object() accepts lists; a payload never is one.
  if (!isRecord(input)) return fail(`${path || 'value'}: ${expected('an object')({ input })}`);
  const shape = v.safeParse(PAYLOAD, input, { abortPipeEarly: true });
  const errors = shape.success ? [] : issueLines(shape.issues, path);

  // Answers and warnings are checked against the claimed framework when it is known.
  const framework = typeof input.frameworkVersion === 'number' ? frameworkByVersion(input.frameworkVersion) : undefined;
  const p = new Problems();
  const answers = framework ? checkAnswers(p, child(path, 'answers'), input.answers, framework) : {};
  const warnings = framework ? checkWarnings(p, child(path, 'warnings'), input.warnings, framework) : {};
  // Same order as the fields are read: shape problems first, then answers and warnings.
  errors.push(...p.errors);
  if (!shape.success || errors.length) return fail(...errors);
  const s = shape.output;
  return ok({ role: s.role, personName: s.personName, roundLabel: s.roundLabel, frameworkVersion: s.frameworkVersion, answers, warnings, sealedAt: s.sealedAt });
}
