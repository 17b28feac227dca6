import type { AnswerValue, Round } from '../../../../shared/assessment/types';
import { sealedRound, six, type PerArea } from '../history/fixtures';

/*
 * A repair round and its day-30 re-score, Alex Kim (CEO) and Blake Moreau (CTO).
 * Everything else is 4/4 (healthy, no gap).
 *
 *   statement  baseline CEO/CTO  points  →  re-score CEO/CTO  change
 *   db-2       5 / 1             16          4 / 4             closed
 *   sa-3       4 / 2             10          5 / 1             widened
 *   cr-3       2 / 3              8          3 / 3             narrowed (1 → 0 apart, still below 4)
 *   cq-4       3 / 3              4          3 / 3             unchanged
 *   db-6       4 / 4              0          5 / 2             new
 * Baseline top three: db-2, sa-3, cr-3.
 */
type Overrides = Record<string, AnswerValue>;

function perArea(overrides: Overrides): PerArea {
  const areas: PerArea = [six(4), six(4), six(4), six(4)];
  const index: Record<string, number> = { db: 0, cq: 1, sa: 2, cr: 3 };
  for (const [id, value] of Object.entries(overrides)) {
    const [prefix, n] = id.split('-');
    areas[index[prefix]][Number(n) - 1] = value;
  }
  return areas;
}

export const REPAIR = '30-day repair after the March outage';
export const RESCORE = 'Day-30 re-score after the March outage';

export const baselineCeo = sealedRound({ id: 'b-ceo', role: 'ceo', label: REPAIR, sealedAt: '2026-03-10T09:00:00.000Z', answers: perArea({ 'db-2': 5, 'sa-3': 4, 'cr-3': 2, 'cq-4': 3 }) });
export const baselineCto = sealedRound({ id: 'b-cto', role: 'cto', label: REPAIR, sealedAt: '2026-03-11T09:00:00.000Z', answers: perArea({ 'db-2': 1, 'sa-3': 2, 'cr-3': 3, 'cq-4': 3 }) });
export const rescoreCeo = sealedRound({ id: 'r-ceo', role: 'ceo', label: RESCORE, sealedAt: '2026-04-10T09:00:00.000Z', answers: perArea({ 'db-2': 4, 'sa-3': 5, 'cr-3': 3, 'cq-4': 3, 'db-6': 5 }) });
export const rescoreCto = sealedRound({ id: 'r-cto', role: 'cto', label: RESCORE, sealedAt: '2026-04-09T09:00:00.000Z', answers: perArea({ 'db-2': 4, 'sa-3': 1, 'cr-3': 3, 'cq-4': 3, 'db-6': 2 }) });

/** A quarterly round of the same pair before the repair: nothing but 3/3 in decision boundaries. */
export const q1Ceo = sealedRound({ id: 'q1-ceo', role: 'ceo', label: '2026-Q1 quarterly reset', sealedAt: '2026-01-15T09:00:00.000Z', answers: perArea({ 'db-1': 3, 'db-2': 3 }) });
export const q1Cto = sealedRound({ id: 'q1-cto', role: 'cto', label: '2026-Q1 quarterly reset', sealedAt: '2026-01-16T09:00:00.000Z', answers: perArea({ 'db-1': 3, 'db-2': 3 }) });

export function renamed(round: Round, personName: string, id: string): Round {
  return { ...round, personName, id };
}
