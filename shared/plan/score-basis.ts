/**
 * What the plan's side-by-side scores rest on. An area's two numbers and the overall are over the
 * statements BOTH leaders scored 1–5 (area-comparison.ts): a "don't know" or a blank on one side
 * drops that statement for both. Printed without the count, "both scored 75/100" read as each
 * leader's own score, though it may rest on half the diagnostic. Said only when something was left
 * out: over every statement the numbers need no footnote.
 */
import type { AreaCoverage } from '../assessment/types';
import type { PlanAreaScore, PlanScores } from './types';

type Names = { ceo: string; cto: string };

const plural = (n: number) => (n === 1 ? 'statement' : 'statements');

/** Why statements are missing from the comparison: per leader, "don't know" and blanks. */
function reasons(c: AreaCoverage, names: Names): string {
  return (['ceo', 'cto'] as const)
    .flatMap((r) => {
      const who = `${names[r]} (${r.toUpperCase()})`;
      const blank = c.total - c[r].scored - c[r].dontKnow;
      const parts = [...(c[r].dontKnow ? [`answered "don't know" on ${c[r].dontKnow}`] : []), ...(blank > 0 ? [`left ${blank} unanswered`] : [])];
      return parts.length ? [`${who} ${parts.join(' and ')}`] : [];
    })
    .join('; ');
}

/** The coverage of all areas added up: the overall's basis. */
export function overallCoverage(areas: readonly Pick<PlanAreaScore, 'coverage'>[]): AreaCoverage {
  const sum = (f: (c: AreaCoverage) => number) => areas.reduce((n, a) => n + f(a.coverage), 0);
  return {
    total: sum((c) => c.total),
    both: sum((c) => c.both),
    ceo: { scored: sum((c) => c.ceo.scored), dontKnow: sum((c) => c.ceo.dontKnow) },
    cto: { scored: sum((c) => c.cto.scored), dontKnow: sum((c) => c.cto.dontKnow) },
  };
}

/**
 * "over 3 of 6 statements both scored; Sam (CTO) answered "don't know" on 3", or '' when the
 * area is compared over all its statements, or not compared at all (its refusal says why).
 */
export function areaBasisText(area: Pick<PlanAreaScore, 'coverage' | 'refusal' | 'delta'>, names: Names): string {
  const c = area.coverage;
  if (area.refusal || area.delta === null || c.both >= c.total) return '';
  const why = reasons(c, names);
  return `over ${c.both} of ${c.total} ${plural(c.total)} both scored${why ? `; ${why}` : ''}`;
}

/**
 * "over the 12 of 24 statements both of you scored; Sam (CTO) answered "don't know" on 12", or ''
 * when both scored every statement or there are no two overall scores side by side.
 */
export function overallBasisText(scores: Pick<PlanScores, 'areas' | 'overall' | 'overallRefusal'>, names: Names): string {
  if (scores.overallRefusal || scores.overall.ceo === null || scores.overall.cto === null) return '';
  const c = overallCoverage(scores.areas);
  if (c.both >= c.total) return '';
  const why = reasons(c, names);
  return `over the ${c.both} of ${c.total} ${plural(c.total)} both of you scored${why ? `; ${why}` : ''}`;
}
