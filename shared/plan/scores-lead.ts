/**
 * The sentence above the plan's score table. "Each leader scored privately before seeing the
 * other's answers" is what a sealed, verified comparison shows; for a partner's round this laptop
 * never checked against its seal (Round.unverified, round-match.ts) it shows nothing of the kind.
 */
import type { PlanScores } from './types';

const FORMULA = 'A score is (mean − 1) / 4 × 100 over the statements answered 1–5.';

export function scoresLeadText(scores: Pick<PlanScores, 'unverified'>): string {
  const roles = scores.unverified ?? [];
  if (!roles.length) return `Each leader scored the four areas privately before seeing the other’s answers. ${FORMULA}`;
  const what =
    roles.length === 1
      ? `That the ${roles[0]}’s round was scored before seeing the other’s answers is not shown here: it was not checked against its seal on this laptop (see the cover).`
      : 'That either round was scored before seeing the other’s answers is not shown here: neither was checked against its seal on this laptop (see the cover).';
  return `Each leader scored the four areas. ${what} ${FORMULA}`;
}
