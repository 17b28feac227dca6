import * as v from 'valibot';
import { frameworkByVersion, statementById, warningSignById } from '../framework/content';
import type { Framework } from '../framework/types';
import type { Answer, AnswerValue, Answers, Role, Round, RoundKind, WarningAnswer, WarningAnswers } from '../assessment/types';
import { MAX_ID, MAX_LABEL, MAX_NAME, MAX_TEXT } from './limits';
import type { Result } from './result';
import { isoDateTime, keyed, oneOf, record, text } from './rules';
import { expected, parseWith } from './valibot-issues';

/*
 * Validation of a stored or imported Round. The parsed value is rebuilt from
 * known fields only, so unexpected keys from a file never reach the app.
 */

export const ROLES: readonly Role[] = ['ceo', 'cto'];
export const ROUND_KINDS: readonly RoundKind[] = ['quarterly-reset', 'repair'];
export const RECEIVED_FROM: readonly NonNullable<Round['receivedFrom']>[] = ['peer', 'file'];
/** Warning-sign answers a round may hold ("don't know" is an answer, never scored). */
export const FREQUENCIES: readonly WarningAnswer[] = ['never', 'sometimes', 'often', 'dont-know'];
/** How many later comparisons one kept partner round may record (Round.alsoPairedWith): a round a quarter for 250 years. */
export const MAX_PAIRINGS = 1000;
const ANSWER_VALUES: readonly (AnswerValue | null)[] = [1, 2, 3, 4, 5, 'dont-know', null];

export const frameworkVersion = v.custom<number>(
  (x) => typeof x === 'number' && frameworkByVersion(x) !== undefined,
  expected('a known framework version (1)'),
);

const answer = v.pipe(
  record({
    value: v.custom<AnswerValue | null>((x) => ANSWER_VALUES.includes(x as AnswerValue | null), expected('1–5, "dont-know" or null')),
    note: v.optional(text(MAX_TEXT, true)),
    noteInPlan: v.optional(v.boolean(expected('true or false'))),
  }),
  // The plan flag means something only on a note that exists.
  v.transform(({ value, note, noteInPlan }): Answer => {
    const a: Answer = { value };
    if (note !== undefined) a.note = note;
    if (noteInPlan === true && note) a.noteInPlan = true;
    return a;
  }),
);
const frequency = oneOf(FREQUENCIES);

/** Answers keyed by statement id; ids are checked against the claimed framework. */
export const answersFor = (framework: Framework) =>
  keyed<Answer>((id) => (statementById(id, framework) ? answer : `unknown statement id for framework version ${framework.version}`)) as v.GenericSchema<unknown, Answers>;

export const warningsFor = (framework: Framework) =>
  keyed<WarningAnswer>((id) => (warningSignById(id, framework) ? frequency : `unknown warning sign id for framework version ${framework.version}`)) as v.GenericSchema<
    unknown,
    WarningAnswers
  >;

/** Answers and warnings depend on the claimed framework: checked only when it is known. */
export function frameworkMembers(claimed: unknown) {
  const framework = typeof claimed === 'number' ? frameworkByVersion(claimed) : undefined;
  return framework
    ? { answers: answersFor(framework), warnings: warningsFor(framework) }
    : // Unknown framework: already reported at frameworkVersion; these cannot be checked.
      { answers: v.optional(v.any()) as v.GenericSchema<unknown, Answers>, warnings: v.optional(v.any()) as v.GenericSchema<unknown, WarningAnswers> };
}

const roundShape = (input: unknown) =>
  v.pipe(
    record(
      {
        schemaVersion: v.literal(1, expected('1')),
        frameworkVersion,
        id: text(MAX_ID),
        kind: oneOf(ROUND_KINDS),
        label: text(MAX_LABEL),
        event: v.optional(text(MAX_LABEL)),
        role: oneOf(ROLES),
        personName: text(MAX_NAME),
        companyName: v.optional(text(MAX_NAME)),
        createdAt: isoDateTime(),
        updatedAt: isoDateTime(),
        sealedAt: v.optional(isoDateTime()),
        receivedFrom: v.optional(oneOf(RECEIVED_FROM)),
        pairedWith: v.optional(text(MAX_ID)),
        alsoPairedWith: v.optional(v.pipe(v.array(text(MAX_ID), expected('a list of round ids')), v.maxLength(MAX_PAIRINGS, `expected at most ${MAX_PAIRINGS} round ids`))),
        unverified: v.optional(v.literal(true, expected('true'))),
        // A partner round must be sealed: reported at sealedAt, before the answers (file order).
        ...partnerSealed(input),
        ...frameworkMembers((input as { frameworkVersion?: unknown } | null)?.frameworkVersion),
      },
      expected('an object'),
    ),
    v.transform((o): Round => {
      const round: Round = {
        id: o.id,
        schemaVersion: 1,
        frameworkVersion: o.frameworkVersion,
        kind: o.kind,
        label: o.label,
        role: o.role,
        personName: o.personName,
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
        answers: o.answers,
        warnings: o.warnings,
      };
      if (o.event !== undefined) round.event = o.event;
      if (o.companyName !== undefined) round.companyName = o.companyName;
      if (o.sealedAt !== undefined) round.sealedAt = o.sealedAt;
      if (o.receivedFrom !== undefined) round.receivedFrom = o.receivedFrom;
      if (o.pairedWith !== undefined) round.pairedWith = o.pairedWith;
      if (o.alsoPairedWith?.length) round.alsoPairedWith = o.alsoPairedWith;
      if (o.unverified) round.unverified = true;
      return round;
    }),
  );

/** `sealedAt` is optional, except on a partner's round (one with a valid `receivedFrom`). */
function partnerSealed(input: unknown): Record<string, v.GenericSchema> {
  const o = input as { receivedFrom?: unknown; sealedAt?: unknown } | null;
  const partner = typeof o === 'object' && o !== null && (RECEIVED_FROM as readonly unknown[]).includes(o.receivedFrom);
  return partner && o.sealedAt === undefined ? { sealedAt: v.custom(() => false, 'a partner round must be sealed') } : {};
}

/** A round as a schema, for documents that hold rounds (the backup). */
export const roundSchema = v.lazy(roundShape);

export function parseRound(input: unknown): Result<Round> {
  return parseWith(roundSchema, input, '', 'round');
}
