import type { Answer, Answers, Round } from '../assessment/types';
import type { SealedPayload } from './types';

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
