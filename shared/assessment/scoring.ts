import { FRAMEWORK } from '../framework/content';
import { answerLabel } from '../framework/labels';
import type { Area, AreaId, Framework } from '../framework/types';
import type { AnswerValue, Answers, AreaScore, Likert, Round, RoundResult, WeakSpot } from './types';

/** How many weak spots a round result lists. */
export const WEAK_SPOT_COUNT = 3;

/**
 * THE definition of healthy, used by the results page, the comparison and the plan:
 * an answer of 4 ("Agree") or 5 ("Strongly agree") is healthy. On the 0–100 scale
 * that is 75 or more. A healthy spot is never reported as weak, and a statement
 * both leaders call healthy is never a gap (so 4/4 and 5/4 are not gaps).
 */
export const HEALTHY_ANSWER = 4;
export const HEALTHY_SCORE = 75;

/**
 * An area score rests on at least this many scored statements (half of six);
 * below it the area is "thin": shown as coverage, never as a number to compare.
 */
export const MIN_SCORED_PER_AREA = 3;

export function isHealthyAnswer(value: AnswerValue | null | undefined): boolean {
  return typeof value === 'number' && value >= HEALTHY_ANSWER;
}

/** Maps a 1–5 mean onto 0–100: 1 → 0, 3 → 50, 5 → 100. */
export function toPercent(mean: number): number {
  return Math.round(((mean - 1) / 4) * 100);
}

function isLikert(value: unknown): value is Likert {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

export function scoreArea(area: Area, answers: Answers): AreaScore {
  let sum = 0;
  let answered = 0;
  let dontKnow = 0;
  let unanswered = 0;
  for (const statement of area.statements) {
    const value = answers[statement.id]?.value ?? null;
    if (isLikert(value)) {
      sum += value;
      answered += 1;
    } else if (value === 'dont-know') {
      dontKnow += 1;
    } else {
      unanswered += 1;
    }
  }
  return {
    areaId: area.id,
    score: answered > 0 ? toPercent(sum / answered) : null,
    answered,
    dontKnow,
    unanswered,
    thin: answered < MIN_SCORED_PER_AREA,
  };
}

export function scoreRound(round: Pick<Round, 'answers' | 'warnings'>, framework: Framework = FRAMEWORK): RoundResult {
  const areas = framework.areas.map((area) => scoreArea(area, round.answers));
  // Thin areas do not count: one scored answer must not move the overall score like six.
  const scored = areas.flatMap((a) => (a.score === null || a.thin ? [] : [a.score]));
  const overall = scored.length > 0 ? Math.round(scored.reduce((s, x) => s + x, 0) / scored.length) : null;

  const firedWarnings: RoundResult['firedWarnings'] = [];
  for (const sign of framework.warningSigns) {
    const frequency = round.warnings[sign.id];
    if (frequency === 'sometimes' || frequency === 'often') {
      firedWarnings.push({ id: sign.id, title: sign.title, frequency });
    }
  }

  return { areas, overall, overallAreas: scored.length, firedWarnings, weakest: weakestSpots(areas, round.answers, framework) };
}

/**
 * Weak-spot rule (areas and items compete in one list):
 * 1. Candidates are every scored, non-thin area (its 0–100 score) and every item
 *    answered 1–5 (its answer on the same 0–100 scale). "Don't know" and blanks never count.
 * 2. Candidates scoring HEALTHY_SCORE or more are dropped.
 * 3. Sort by score, lowest first. On a tie an area comes before an item, because
 *    the broader finding is more useful; remaining ties keep framework order.
 * 4. Walk the list and keep at most one item per area, so one bad area cannot fill
 *    every slot; areas themselves are always kept. Stop at WEAK_SPOT_COUNT.
 */
function weakestSpots(areas: AreaScore[], answers: Answers, framework: Framework): WeakSpot[] {
  type Candidate = WeakSpot & { order: number };
  const candidates: Candidate[] = [];
  let order = 0;

  framework.areas.forEach((area, i) => {
    const areaScore = areas[i];
    if (areaScore.score !== null && !areaScore.thin) {
      candidates.push({
        kind: 'area',
        areaId: area.id,
        title: area.title,
        score: areaScore.score,
        why: areaWhy(area, areaScore),
        order: order++,
      });
    }
    for (const statement of area.statements) {
      const value = answers[statement.id]?.value ?? null;
      if (!isLikert(value)) continue;
      const score = toPercent(value);
      candidates.push({
        kind: 'item',
        areaId: area.id,
        statementId: statement.id,
        title: statement.short,
        score,
        why: `You answered "${answerLabel(value)}" to "${statement.short}", which scores ${score} out of 100.`,
        order: order++,
      });
    }
  });

  const ranked = candidates
    .filter((c) => c.score < HEALTHY_SCORE)
    .sort((a, b) => a.score - b.score || kindRank(a) - kindRank(b) || a.order - b.order);

  const picked: WeakSpot[] = [];
  const itemAreas = new Set<AreaId>();
  for (const { order: _order, ...spot } of ranked) {
    if (picked.length >= WEAK_SPOT_COUNT) break;
    if (spot.kind === 'item') {
      if (itemAreas.has(spot.areaId)) continue;
      itemAreas.add(spot.areaId);
    }
    picked.push(spot);
  }
  return picked;
}

function kindRank(spot: WeakSpot): number {
  return spot.kind === 'area' ? 0 : 1;
}

function areaWhy(area: Area, score: AreaScore): string {
  const base = `${area.title} scores ${score.score} out of 100 across the ${score.answered} statement${
    score.answered === 1 ? '' : 's'
  } you scored`;
  const unsure = score.dontKnow > 0 ? `, and you answered "Don't know" to ${score.dontKnow} more` : '';
  return `${base}${unsure}.`;
}

export interface RoundProgress {
  /** Statements with any answer, including "Don't know". */
  answered: number;
  total: number;
  perArea: Record<AreaId, { answered: number; total: number }>;
  /** Warning signs given a frequency. */
  warningsAnswered: number;
  warningsTotal: number;
}

export function progress(round: Pick<Round, 'answers' | 'warnings'>, framework: Framework = FRAMEWORK): RoundProgress {
  const perArea = {} as Record<AreaId, { answered: number; total: number }>;
  let answered = 0;
  let total = 0;
  for (const area of framework.areas) {
    const done = area.statements.filter((s) => (round.answers[s.id]?.value ?? null) !== null).length;
    perArea[area.id] = { answered: done, total: area.statements.length };
    answered += done;
    total += area.statements.length;
  }
  const warningsAnswered = framework.warningSigns.filter((w) => round.warnings[w.id] !== undefined).length;
  return { answered, total, perArea, warningsAnswered, warningsTotal: framework.warningSigns.length };
}
