import { FRAMEWORK, statementById, warningSignById } from '../framework/content';
import { MAX_LABEL, MAX_NAME, MAX_TEXT } from '../schema/limits';
import type { Answer, AnswerValue, Role, Round, RoundKind, WarningAnswer } from './types';

/*
 * Pure transitions on a Round. Every function returns a new object so the UI
 * can keep old versions for undo and compare by reference.
 */

export class RoundSealedError extends Error {
  constructor(readonly roundId: string) {
    super(`Round ${roundId} is sealed and can no longer be changed.`);
    this.name = 'RoundSealedError';
  }
}

export interface NewRound {
  id: string;
  role: Role;
  personName: string;
  kind: RoundKind;
  /** Empty or missing → defaultRoundLabel(kind, now, event). */
  label?: string;
  event?: string;
  companyName?: string;
  /** ISO time or Date. */
  now: string | Date;
}

function iso(now: string | Date): string {
  const date = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid time: ${String(now)}`);
  return date.toISOString();
}

function checkLength(what: string, text: string, max: number): void {
  if (text.length > max) throw new RangeError(`${what} is ${text.length} characters; the limit is ${max}.`);
}

/** "2026-Q4 quarterly reset", or "30-day repair after <event>" for a repair round. */
export function defaultRoundLabel(kind: RoundKind, date: Date | string, event?: string): string {
  if (kind === 'repair') {
    const what = event?.trim();
    return what ? `30-day repair after ${what}` : '30-day repair';
  }
  const d = typeof date === 'string' ? new Date(date) : date;
  // Local calendar quarter: the label is for people, who think in their own time zone.
  const quarter = Math.floor(d.getMonth() / 3) + 1;
  return `${d.getFullYear()}-Q${quarter} quarterly reset`;
}

export function createRound(input: NewRound): Round {
  const createdAt = iso(input.now);
  const personName = input.personName.trim();
  if (!personName) throw new RangeError('A round needs the name of the person answering it.');
  checkLength('Name', personName, MAX_NAME);
  const event = input.event?.trim() || undefined;
  const label = input.label?.trim() || defaultRoundLabel(input.kind, createdAt, event);
  checkLength('Label', label, MAX_LABEL);
  if (event) checkLength('Event', event, MAX_LABEL);
  const companyName = input.companyName?.trim() || undefined;
  if (companyName) checkLength('Company name', companyName, MAX_NAME);

  const round: Round = {
    id: input.id,
    schemaVersion: 1,
    frameworkVersion: FRAMEWORK.version,
    kind: input.kind,
    label,
    role: input.role,
    personName,
    createdAt,
    updatedAt: createdAt,
    answers: {},
    warnings: {},
  };
  if (event) round.event = event;
  if (companyName) round.companyName = companyName;
  return round;
}

function assertOpen(round: Round): void {
  if (round.sealedAt) throw new RoundSealedError(round.id);
}

function isAnswerValue(value: unknown): value is AnswerValue | null {
  return value === null || value === 'dont-know' || value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/**
 * Merges `answer` into the stored answer: `{ value }` keeps an existing note and
 * `{ note }` keeps the value. A blank note is dropped.
 */
export function setAnswer(round: Round, statementId: string, answer: Partial<Answer>, now: string | Date): Round {
  assertOpen(round);
  if (!statementById(statementId)) throw new RangeError(`Unknown statement id "${statementId}".`);
  const previous: Answer = round.answers[statementId] ?? { value: null };
  const merged: Answer = { ...previous, ...answer };
  if (!isAnswerValue(merged.value)) {
    throw new RangeError(`Answer to ${statementId} must be 1–5, "dont-know" or null, got ${String(merged.value)}.`);
  }
  const next: Answer = { value: merged.value };
  const note = merged.note?.trim() ? merged.note : undefined;
  if (note !== undefined) {
    checkLength('Note', note, MAX_TEXT);
    next.note = note;
  }
  return { ...round, answers: { ...round.answers, [statementId]: next }, updatedAt: iso(now) };
}

/** `null` clears the answer for that warning sign; "dont-know" is an answer (never scored). */
export function setWarning(round: Round, warningId: string, frequency: WarningAnswer | null, now: string | Date): Round {
  assertOpen(round);
  if (!warningSignById(warningId)) throw new RangeError(`Unknown warning sign id "${warningId}".`);
  if (frequency !== null && frequency !== 'never' && frequency !== 'sometimes' && frequency !== 'often' && frequency !== 'dont-know') {
    throw new RangeError(`Warning frequency must be never, sometimes, often or dont-know, got ${String(frequency)}.`);
  }
  const warnings = { ...round.warnings };
  if (frequency === null) delete warnings[warningId];
  else warnings[warningId] = frequency;
  return { ...round, warnings, updatedAt: iso(now) };
}

/** Sealing freezes the round; it is what makes a later reveal binding. */
export function sealRound(round: Round, now: string | Date): Round {
  assertOpen(round);
  const at = iso(now);
  return { ...round, sealedAt: at, updatedAt: at };
}

export function isSealed(round: Round): boolean {
  return Boolean(round.sealedAt);
}
