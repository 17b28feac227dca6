import { frameworkByVersion, statementById, warningSignById } from '../../../../../shared/framework/content';
import type { Framework } from '../../../../../shared/framework/types';
import type { Answer, AnswerValue, Answers, Role, Round, RoundKind, WarningAnswer, WarningAnswers } from '../../../../../shared/assessment/types';
import {
  Problems,
  checkIsoDate,
  checkObject,
  checkOneOf,
  checkOptionalText,
  checkText,
  child,
} from './fields';
import { MAX_ID, MAX_LABEL, MAX_NAME, MAX_TEXT } from '../../../../../shared/schema/limits';
import { fail, ok, type Result } from '../../../../../shared/schema/result';

/*
 * Validation of a stored or imported Round. The parsed value is rebuilt from
 * known fields only, so unexpected keys from a file never reach the app.
 */

export const ROLES: readonly Role[] = ['ceo', 'cto'];
export const ROUND_KINDS: readonly RoundKind[] = ['quarterly-reset', 'repair'];
export const RECEIVED_FROM: readonly NonNullable<Round['receivedFrom']>[] = ['peer', 'file'];
/** Warning-sign answers a round may hold ("don't know" is an answer, never scored). */
export const FREQUENCIES: readonly WarningAnswer[] = ['never', 'sometimes', 'often', 'dont-know'];
const ANSWER_VALUES: readonly (AnswerValue | null)[] = [1, 2, 3, 4, 5, 'dont-know', null];

/** Resolves the framework a document claims to use, recording an error if unknown. */
export function checkFrameworkVersion(p: Problems, path: string, value: unknown): Framework | undefined {
  const framework = typeof value === 'number' ? frameworkByVersion(value) : undefined;
  if (!framework) p.expected(path, 'a known framework version (1)', value);
  return framework;
}

export function checkAnswers(p: Problems, path: string, value: unknown, framework: Framework): Answers {
  const answers: Answers = {};
  const record = checkObject(p, path, value);
  if (!record) return answers;
  for (const [id, raw] of Object.entries(record)) {
    const where = child(path, id);
    if (!statementById(id, framework)) {
      p.add(where, `unknown statement id for framework version ${framework.version}`);
      continue;
    }
    const entry = checkObject(p, where, raw);
    if (!entry) continue;
    const v = entry.value;
    if (!ANSWER_VALUES.includes(v as AnswerValue | null)) {
      p.expected(child(where, 'value'), '1–5, "dont-know" or null', v);
      continue;
    }
    const answer: Answer = { value: v as AnswerValue | null };
    const note = checkOptionalText(p, child(where, 'note'), entry.note, { max: MAX_TEXT, allowEmpty: true });
    if (note !== undefined) answer.note = note;
    if (entry.noteInPlan !== undefined && typeof entry.noteInPlan !== 'boolean') p.expected(child(where, 'noteInPlan'), 'true or false', entry.noteInPlan);
    else if (entry.noteInPlan === true && answer.note) answer.noteInPlan = true;
    answers[id] = answer;
  }
  return answers;
}

export function checkWarnings(p: Problems, path: string, value: unknown, framework: Framework): WarningAnswers {
  const warnings: WarningAnswers = {};
  const record = checkObject(p, path, value);
  if (!record) return warnings;
  for (const [id, raw] of Object.entries(record)) {
    const where = child(path, id);
    if (!warningSignById(id, framework)) {
      p.add(where, `unknown warning sign id for framework version ${framework.version}`);
      continue;
    }
    const frequency = checkOneOf(p, where, raw, FREQUENCIES);
    if (frequency) warnings[id] = frequency;
  }
  return warnings;
}

export function parseRound(input: unknown): Result<Round> {
  const p = new Problems();
  const o = checkObject(p, 'round', input);
  if (!o) return fail(...p.errors);

  if (o.schemaVersion !== 1) p.expected('schemaVersion', '1', o.schemaVersion);
  const framework = checkFrameworkVersion(p, 'frameworkVersion', o.frameworkVersion);
  const id = checkText(p, 'id', o.id, { max: MAX_ID });
  const kind = checkOneOf(p, 'kind', o.kind, ROUND_KINDS);
  const label = checkText(p, 'label', o.label, { max: MAX_LABEL });
  const event = checkOptionalText(p, 'event', o.event, { max: MAX_LABEL });
  const role = checkOneOf(p, 'role', o.role, ROLES);
  const personName = checkText(p, 'personName', o.personName, { max: MAX_NAME });
  const companyName = checkOptionalText(p, 'companyName', o.companyName, { max: MAX_NAME });
  const createdAt = checkIsoDate(p, 'createdAt', o.createdAt);
  const updatedAt = checkIsoDate(p, 'updatedAt', o.updatedAt);
  const sealedAt = o.sealedAt === undefined ? undefined : checkIsoDate(p, 'sealedAt', o.sealedAt);
  const receivedFrom = o.receivedFrom === undefined ? undefined : checkOneOf(p, 'receivedFrom', o.receivedFrom, RECEIVED_FROM);
  if (receivedFrom && sealedAt === undefined) p.add('sealedAt', 'a partner round must be sealed');
  // Ids can only be checked against a framework we know; a bad version is already reported.
  const answers = framework ? checkAnswers(p, 'answers', o.answers, framework) : {};
  const warnings = framework ? checkWarnings(p, 'warnings', o.warnings, framework) : {};

  if (!p.ok) return fail(...p.errors);
  const round: Round = {
    id: id!,
    schemaVersion: 1,
    frameworkVersion: framework!.version,
    kind: kind!,
    label: label!,
    role: role!,
    personName: personName!,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
    answers,
    warnings,
  };
  if (event !== undefined) round.event = event;
  if (companyName !== undefined) round.companyName = companyName;
  if (sealedAt !== undefined) round.sealedAt = sealedAt;
  if (receivedFrom !== undefined) round.receivedFrom = receivedFrom;
  return ok(round);
}
