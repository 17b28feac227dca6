import { FRAMEWORK } from '../../../../shared/framework/content';
import type { AnswerValue, Answers, Role, Round, WarningAnswers } from '../../../../shared/assessment/types';

/** Answers per area in framework statement order (6 per area). */
export type PerArea = [AnswerValue[], AnswerValue[], AnswerValue[], AnswerValue[]];

export function answersOf(perArea: PerArea): Answers {
  const out: Answers = {};
  FRAMEWORK.areas.forEach((area, a) => area.statements.forEach((s, i) => (out[s.id] = { value: perArea[a][i] })));
  return out;
}

export function sealedRound(opts: {
  id: string;
  role: Role;
  label: string;
  sealedAt?: string;
  answers: PerArea;
  warnings?: WarningAnswers;
  receivedFrom?: 'peer' | 'file';
}): Round {
  const at = opts.sealedAt ?? '2026-07-01T09:00:00.000Z';
  const round: Round = {
    id: opts.id,
    schemaVersion: 1,
    frameworkVersion: 1,
    kind: 'quarterly-reset',
    label: opts.label,
    role: opts.role,
    personName: opts.role === 'ceo' ? 'Alex Kim' : 'Blake Moreau',
    createdAt: at,
    updatedAt: at,
    answers: answersOf(opts.answers),
    warnings: opts.warnings ?? {},
  };
  if (opts.sealedAt !== undefined) round.sealedAt = opts.sealedAt;
  if (opts.receivedFrom) round.receivedFrom = opts.receivedFrom;
  return round;
}

export const six = (v: AnswerValue): AnswerValue[] => [v, v, v, v, v, v];
