import type { Answer, Answers, Round } from '../assessment/types';
import type { SealedPayload } from './types';
import { canonicalJson } from './canonical-json';

/**
 * The committed part of a sealed round. Round id, company and timestamps other
 * than sealedAt stay private; answers are copied in a normalised shape so the
 * commitment does not depend on incidental fields.
 */
export function payloadFromRound(round: Round): SealedPayload {
  if (!round.sealedAt) throw new Error(`Round ${round.id} must be sealed before it can be committed.`);
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(round.answers)) {
    const copy: Answer = { value: answer.value };
    if (answer.note) copy.note = answer.note;
    if (answer.note && answer.noteInPlan) copy.noteInPlan = true;
    answers[id] = copy;
  }
  return {
    role: round.role,
    personName: round.personName,
    roundLabel: round.label,
    frameworkVersion: round.frameworkVersion,
    answers,
    warnings: { ...round.warnings },
    sealedAt: round.sealedAt,
  };
}

/**
 * True when `sealed` commits exactly what `round` holds (answers, warnings, names, label,
 * framework), whatever its seal time: a seal prepared from this round, not from an
 * earlier or later state of it.
 */
export function sealsSameContent(sealed: Round, round: Round): boolean {
  if (!sealed.sealedAt || sealed.id !== round.id || round.sealedAt) return false;
  return canonicalJson(payloadFromRound(sealed)) === canonicalJson(payloadFromRound({ ...round, sealedAt: sealed.sealedAt }));
}

/**
 * True when both are the same seal: the same round, seal time and committed content. Compared
 * canonically, so a copy read back from storage with its answers in another order is the same.
 */
export function sameSeal(a: Round, b: Round): boolean {
  if (!a.sealedAt || a.id !== b.id || a.sealedAt !== b.sealedAt) return false;
  return canonicalJson(payloadFromRound(a)) === canonicalJson(payloadFromRound(b));
}

/** A payload names its round only by label; "30-day repair after …" labels mark repair rounds. */
export function kindFromLabel(label: string): Round['kind'] {
  return /\brepair\b/i.test(label) ? 'repair' : 'quarterly-reset';
}

/**
 * The Round rebuilt from what a partner revealed: only the committed fields exist in a
 * payload; times come from sealedAt, the id and company from the caller (never shared).
 */
export function roundFromPayload(
  p: SealedPayload,
  opts: { id: string; companyName?: string; receivedFrom?: Round['receivedFrom'] },
): Round {
  const answers: Answers = {};
  for (const [id, a] of Object.entries(p.answers)) {
    answers[id] = a.note ? { value: a.value, note: a.note, ...(a.noteInPlan === true ? { noteInPlan: true } : {}) } : { value: a.value };
  }
  const round: Round = {
    id: opts.id,
    schemaVersion: 1,
    frameworkVersion: p.frameworkVersion,
    kind: kindFromLabel(p.roundLabel),
    label: p.roundLabel,
    role: p.role,
    personName: p.personName,
    createdAt: p.sealedAt,
    updatedAt: p.sealedAt,
    answers,
    warnings: { ...p.warnings },
    sealedAt: p.sealedAt,
  };
  const company = opts.companyName?.trim();
  if (company) round.companyName = company;
  if (opts.receivedFrom) round.receivedFrom = opts.receivedFrom;
  return round;
}
