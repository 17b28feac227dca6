/**
 * Area and overall scores of two leaders, compared only where both have evidence.
 *
 * Per area, only the statements BOTH scored 1–5 are compared: each leader's score over
 * those statements (0–100, as in scoring.ts), their difference, and its sign (CEO − CTO).
 * With fewer than MIN_SCORED_PER_AREA such statements the area is too thin: no number,
 * a sentence saying why. The overall scores are compared only when every area is
 * comparable, as the mean of the four area scores over those same statements.
 */
import { FRAMEWORK } from '../framework/content';
import type { Framework } from '../framework/types';
import { MIN_SCORED_PER_AREA, toPercent } from './scoring';
import type { AnswerValue, AreaDelta, Likert, OverallComparison, Round } from './types';

function numeric(value: AnswerValue | null | undefined): value is Likert {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

function statements(n: number): string {
  return `${n} statement${n === 1 ? '' : 's'}`;
}

export function areaDeltas(
  ceoRound: Pick<Round, 'answers'>,
  ctoRound: Pick<Round, 'answers'>,
  framework: Framework = FRAMEWORK,
): AreaDelta[] {
  return framework.areas.map((area) => {
    let ceoSum = 0;
    let ctoSum = 0;
    let both = 0;
    const coverage = { total: area.statements.length, both: 0, ceo: { scored: 0, dontKnow: 0 }, cto: { scored: 0, dontKnow: 0 } };
    for (const s of area.statements) {
      const a = ceoRound.answers[s.id]?.value ?? null;
      const b = ctoRound.answers[s.id]?.value ?? null;
      if (numeric(a)) coverage.ceo.scored += 1;
      if (numeric(b)) coverage.cto.scored += 1;
      if (a === 'dont-know') coverage.ceo.dontKnow += 1;
      if (b === 'dont-know') coverage.cto.dontKnow += 1;
      if (numeric(a) && numeric(b)) {
        ceoSum += a;
        ctoSum += b;
        both += 1;
      }
    }
    coverage.both = both;
    if (both < MIN_SCORED_PER_AREA) {
      return {
        areaId: area.id,
        ceo: null,
        cto: null,
        delta: null,
        signed: null,
        coverage,
        refusal: `Not compared: you both scored only ${both} of ${coverage.total} statements here (CEO ${coverage.ceo.scored}, CTO ${coverage.cto.scored}); at least ${MIN_SCORED_PER_AREA} are needed.`,
      };
    }
    const ceo = toPercent(ceoSum / both);
    const cto = toPercent(ctoSum / both);
    return { areaId: area.id, ceo, cto, delta: Math.abs(ceo - cto), signed: ceo - cto, coverage };
  });
}

/** Overall scores over the same statements, or a refusal naming the thin areas. */
export function compareOverall(
  ceoRound: Pick<Round, 'answers'>,
  ctoRound: Pick<Round, 'answers'>,
  framework: Framework = FRAMEWORK,
): OverallComparison {
  const areas = areaDeltas(ceoRound, ctoRound, framework);
  const both = areas.reduce((n, a) => n + a.coverage.both, 0);
  const total = areas.reduce((n, a) => n + a.coverage.total, 0);
  const thin = areas.filter((a) => a.refusal);
  if (thin.length > 0) {
    // Stryker disable next-line OptionalChaining: every area id comes from this framework (areaDeltas)
    const titles = thin.map((a) => framework.areas.find((x) => x.id === a.areaId)?.title ?? a.areaId);
    return {
      ceo: null,
      cto: null,
      delta: null,
      signed: null,
      both,
      total,
      refusal: `No overall comparison: too few statements scored by both of you in ${titles.join(', ')} (${statements(both)} of ${total} in all).`,
    };
  }
  const mean = (who: 'ceo' | 'cto') => Math.round(areas.reduce((s, a) => s + (a[who] as number), 0) / areas.length);
  const ceo = mean('ceo');
  const cto = mean('cto');
  return { ceo, cto, delta: Math.abs(ceo - cto), signed: ceo - cto, both, total };
}

/** "The CEO rates it 12 points higher" — the sign read out, in plain words. */
export function signedText(signed: number | null): string {
  if (signed === null) return '';
  if (signed === 0) return 'Same score';
  // Stryker disable next-line EqualityOperator: 0 returned above
  return `${signed > 0 ? 'CEO' : 'CTO'} ${Math.abs(signed)} higher`;
}
