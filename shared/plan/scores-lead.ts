/**
 * The sentence above the plan's score table. "Each leader scored privately before seeing the
 * other's answers" is what a sealed, verified comparison shows; for a partner's round this laptop
 * never checked against its seal (Round.unverified, round-match.ts) it shows nothing of the kind.
 */
import type { PlanScores } from './types';

// Side by side, both numbers are over the statements both scored (area-comparison.ts): a leader's
// own score over their own answers can differ, so the formula names whose statements. The overall
// is the average of the four area scores (so a thinly answered area weighs as much as a full one),
// not the mean over all statements: said, or a reader recomputing it from the statements gets
// another number.
export const FORMULA =
  'An area’s score is (mean − 1) / 4 × 100 over its statements both of you scored 1–5; the overall score is the average of the four area scores.';

/**
 * With the partner's round too thin to compare, the one overall printed is that leader's own, over
 * the statements they answered 1–5 (build-plan.ts): not a basis both share.
 */
function formula(scores: Pick<PlanScores, 'overall' | 'overallRefusal'>): string {
  const { ceo, cto } = scores.overall;
  if (scores.overallRefusal || (ceo === null) === (cto === null)) return FORMULA;
  const [who, other] = ceo !== null ? ['CEO', 'CTO'] : ['CTO', 'CEO'];
  return `${FORMULA} The ${who}’s overall score alone is the average of the ${who}’s four area scores, each over the statements the ${who} answered 1–5: the ${other}’s round has too few answers to compare.`;
}

export function scoresLeadText(scores: Pick<PlanScores, 'unverified' | 'overall' | 'overallRefusal'>): string {
  const roles = scores.unverified ?? [];
  const basis = formula(scores);
  if (!roles.length) return `Each leader scored the four areas privately before seeing the other’s answers. ${basis}`;
  const what =
    roles.length === 1
      ? `That the ${roles[0]}’s round was scored before seeing the other’s answers is not shown here: it was not checked against its seal on this laptop (see the cover).`
      : 'That either round was scored before seeing the other’s answers is not shown here: neither was checked against its seal on this laptop (see the cover).';
  return `Each leader scored the four areas. ${what} ${basis}`;
}
