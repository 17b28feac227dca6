/**
 * Comparing a CEO round with a CTO round: which statements are gaps, and in what order.
 * This comment is THE formula; the README's "Scoring" section has a worked example.
 *
 * Healthy (scoring.ts, one definition everywhere): an answer of 4 or 5.
 *
 * A statement is a gap when both leaders answered it (a score or "don't know") and
 *   - at least one answered "don't know"                              → kind "unknown", or
 *   - at least one scored it below healthy (1–3)                       → "split" when 2+ points
 *     apart, else "shared-low" when both gave 1–2, else "not-healthy".
 * Both 4 or 5 (4/4, 5/4, 5/5) is not a gap, exactly as the results page calls both healthy.
 * Blank answers are never compared (they show as missing coverage instead).
 *
 * Points (integers, 0–20; weight = points / 20):
 *   answer points, both scored a, b:  3·|a − b| + (10 − a − b)
 *       disagreement weighs most (3 per point apart); a shared low score still counts.
 *   answer points, "don't know":      read "don't know" as a 3 that is at least 2 points from
 *       the other answer: 3·2 + (10 − x − 3) = 13 − x  (5 vs don't know → 8, 1 vs don't know → 12);
 *       both "don't know" → 3·2 + (10 − 3 − 3) = 10.
 *   warning-sign points, 0–4: for each warning sign tied to the statement (content.ts), with
 *       never = 0, sometimes = 1, often = 2: max(CEO, CTO) + |CEO − CTO| over the leaders who
 *       answered it; the statement takes its highest sign. "Often" vs "never" → 4 (flagged).
 *   points = answer points + warning-sign points.
 *
 * Order: points, highest first. Equal points are a tie, disclosed on each gap ("tied with …"),
 * and broken, in this order, by: more warning-sign points; the wider split ("don't know"
 * counts as 2 points apart); the order of the diagnostic.
 *
 * The pair may pin up to three gaps; the three gaps the plan uses are the pinned ones plus
 * the highest-ranked others (selectTopGaps), listed in ranking order.
 */
import { FRAMEWORK, allStatements } from '../framework/content';
import type { Framework, Statement } from '../framework/types';
import { isHealthyAnswer } from './scoring';
import type { Answer, AnswerValue, Answers, Gap, GapKind, GapSign, ItemDelta, Likert, WarningAnswer, WarningAnswers } from './types';

export { areaDeltas, compareOverall } from './area-comparison';

/** Gaps the pair works on in one 30-day plan. */
export const TOP_GAP_COUNT = 3;
/** A split of this many points or more is a disagreement. */
export const BIG_DELTA = 2;
/** Both scores at or below this make a shared weakness. */
export const LOW_ANSWER = 2;
/** The most points a gap can have. */
export const MAX_POINTS = 20;

/** One leader's side of the comparison: answers, and warning signs when known. */
export interface Side {
  answers: Answers;
  warnings?: WarningAnswers;
}

function numeric(value: AnswerValue | null | undefined): value is Likert {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** Accepts a bare answer map (older callers) or a side with warning signs. */
function toSide(x: Answers | Side): Side {
  // No statement id is "answers", so a key of that name marks a Side.
  // Stryker disable next-line StringLiteral,LogicalOperator: the "value" test and the ?? {} guard an Answers map holding a statement "answers", which no framework has
  return Object.prototype.hasOwnProperty.call(x, 'answers') && !('value' in ((x as Side).answers ?? {}))
    ? (x as Side)
    : { answers: x as Answers };
}

export function itemDeltas(ceo: Answers, cto: Answers, framework: Framework = FRAMEWORK): ItemDelta[] {
  return allStatements(framework).map((statement) => {
    const a = ceo[statement.id]?.value ?? null;
    const b = cto[statement.id]?.value ?? null;
    const both = numeric(a) && numeric(b);
    return {
      statementId: statement.id,
      areaId: statement.areaId,
      ceo: a,
      cto: b,
      delta: both ? Math.abs(a - b) : null,
      joint: both ? (a + b) / 2 : null,
    };
  });
}

/** Answer points for one pair (see the formula above); 0 when the pair is not a gap. */
export function answerPoints(ceo: AnswerValue, cto: AnswerValue): number {
  if (ceo === 'dont-know' && cto === 'dont-know') return 10;
  if (ceo === 'dont-know') return 13 - (cto as Likert);
  if (cto === 'dont-know') return 13 - ceo;
  if (isHealthyAnswer(ceo) && isHealthyAnswer(cto)) return 0;
  return 3 * Math.abs(ceo - cto) + 10 - ceo - cto;
}

/** The ranking weight of one pair of answers without warning signs, 0–1. */
export function gapWeight(ceo: AnswerValue, cto: AnswerValue): number {
  return answerPoints(ceo, cto) / MAX_POINTS;
}

const FREQ: Record<string, number> = { never: 0, sometimes: 1, often: 2 };

/** Warning-sign points for one sign (0–4); "don't know" and blanks add nothing. */
export function signPoints(ceo: WarningAnswer | null | undefined, cto: WarningAnswer | null | undefined): number {
  const known = [ceo, cto].flatMap((f) => (f && Object.hasOwn(FREQ, f) ? [FREQ[f]] : []));
  if (known.length === 0) return 0;
  return Math.max(...known) + (known.length === 2 ? Math.abs(known[0] - known[1]) : 0);
}

export function isSignSplit(ceo: WarningAnswer | null | undefined, cto: WarningAnswer | null | undefined): boolean {
  return (ceo === 'often' && cto === 'never') || (ceo === 'never' && cto === 'often');
}

function kindOf(a: AnswerValue, b: AnswerValue): GapKind {
  if (a === 'dont-know' || b === 'dont-know') return 'unknown';
  if (Math.abs(a - b) >= BIG_DELTA) return 'split';
  if (a <= LOW_ANSWER && b <= LOW_ANSWER) return 'shared-low';
  return 'not-healthy';
}

function say(value: AnswerValue): string {
  return value === 'dont-know' ? "don't know" : String(value);
}

/** A sentence about the two answers that is true for exactly these answers. */
export function gapReading(ceo: AnswerValue, cto: AnswerValue): string {
  const scores = `CEO ${say(ceo)}, CTO ${say(cto)}`;
  switch (kindOf(ceo, cto)) {
    case 'unknown':
      if (ceo === 'dont-know' && cto === 'dont-know') return `Neither of you knows (${scores}): nobody can say how this works today.`;
      return ceo === 'dont-know'
        ? `One of you doesn't know (${scores}): the CTO has an answer the CEO cannot give.`
        : `One of you doesn't know (${scores}): the CEO has an answer the CTO cannot give.`;
    case 'split': {
      // Stryker disable next-line EqualityOperator: a split is 2+ points apart, never equal
      const higher = (ceo as Likert) > (cto as Likert) ? 'the CEO' : 'the CTO';
      return `You see this differently (${scores}): ${higher} rates it ${Math.abs((ceo as Likert) - (cto as Likert))} points higher.`;
    }
    case 'shared-low':
      return `You both rate this low (${scores}), so it is a weakness you already share.`;
    case 'not-healthy':
      if (isHealthyAnswer(ceo)) return `The CEO calls this healthy and the CTO does not yet (${scores}).`;
      if (isHealthyAnswer(cto)) return `The CTO calls this healthy and the CEO does not yet (${scores}).`;
      return `You roughly agree (${scores}), but neither of you calls it healthy yet.`;
  }
}

function noteOf(answer: Answer | undefined): string | undefined {
  // Stryker disable next-line OptionalChaining: called for answered statements only
  const note = answer?.note?.trim();
  return note ? note : undefined;
}

function signsFor(statement: Statement, ceo: Side, cto: Side, framework: Framework): GapSign[] {
  return framework.warningSigns
    .filter((w) => w.statementIds.includes(statement.id))
    .map((w) => {
      const a = ceo.warnings?.[w.id] ?? null;
      const b = cto.warnings?.[w.id] ?? null;
      return { id: w.id, title: w.title, ceo: a, cto: b, split: isSignSplit(a, b) };
    })
    .filter((s) => s.ceo !== null || s.cto !== null);
}

/** How far apart, for tie-breaking: "don't know" counts as 2. */
function spread(g: Gap): number {
  return g.delta ?? BIG_DELTA;
}

/** Negative when x ranks before y. */
function compareGaps(x: Gap & { order: number }, y: Gap & { order: number }): number {
  // Stryker disable next-line ArithmeticOperator: gaps are pushed in the diagnostic's order and sort is stable, so x.order + y.order sorts the same
  return y.points - x.points || y.signPoints - x.signPoints || spread(y) - spread(x) || x.order - y.order;
}

/** The rule that put x before y when their points are equal. */
function tieRule(x: Gap, y: Gap): string {
  if (x.signPoints !== y.signPoints) return 'warning signs';
  if (spread(x) !== spread(y)) return 'wider split';
  return 'diagnostic order';
}

function quote(g: Gap): string {
  return `"${g.title}"`;
}

/** Names a few peers, then counts the rest, so a 20-way tie stays one readable line. */
function names(peers: Gap[]): string {
  const shown = peers.slice(0, 3).map(quote);
  const more = peers.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0];
}

function explainTies(ranked: Gap[]): void {
  for (const g of ranked) {
    const peers = ranked.filter((o) => o !== g && o.points === g.points);
    if (peers.length === 0) continue;
    // Stryker disable next-line EqualityOperator: peers leave g out and ranks are unique, so no peer has g's rank
    const above = peers.filter((p) => p.rank < g.rank).at(-1);
    // Stryker disable next-line EqualityOperator: as above
    const below = peers.find((p) => p.rank > g.rank);
    const place = [
      above ? `after ${quote(above)} (${tieRule(above, g)})` : '',
      below ? `ahead of ${quote(below)} (${tieRule(g, below)})` : '',
    ].filter(Boolean);
    g.tie = {
      with: peers.map((p) => p.statementId),
      explanation:
        `Tied at ${g.points} points with ${names(peers)}; ties go by warning signs, then the wider split, then the diagnostic's order. ` +
        `Ranked ${place.join(' and ')}.`,
    };
  }
}

/**
 * Every gap, ranked (see the formula above). Accepts bare answer maps or sides with
 * warning signs. `limit` defaults to the top three; pass Infinity for the full ranking.
 */
export function rankGaps(
  ceoInput: Answers | Side,
  ctoInput: Answers | Side,
  framework: Framework = FRAMEWORK,
  limit: number = TOP_GAP_COUNT,
): Gap[] {
  const ceo = toSide(ceoInput);
  const cto = toSide(ctoInput);
  const gaps: (Gap & { order: number })[] = [];
  allStatements(framework).forEach((statement, order) => {
    const ceoAnswer = ceo.answers[statement.id];
    const ctoAnswer = cto.answers[statement.id];
    const a = ceoAnswer?.value ?? null;
    const b = ctoAnswer?.value ?? null;
    if (a === null || b === null) return;
    const fromAnswers = answerPoints(a, b);
    if (fromAnswers <= 0) return;
    const signs = signsFor(statement, ceo, cto, framework);
    const fromSigns = Math.max(0, ...signs.map((s) => signPoints(s.ceo, s.cto)));
    const both = numeric(a) && numeric(b);
    const gap: Gap & { order: number } = {
      statementId: statement.id,
      areaId: statement.areaId,
      title: statement.short,
      kind: kindOf(a, b),
      ceo: a,
      cto: b,
      delta: both ? Math.abs(a - b) : null,
      joint: both ? (a + b) / 2 : null,
      points: fromAnswers + fromSigns,
      answerPoints: fromAnswers,
      signPoints: fromSigns,
      weight: (fromAnswers + fromSigns) / MAX_POINTS,
      rank: 0,
      signs,
      why: gapReading(a, b),
      order,
    };
    const ceoNote = noteOf(ceoAnswer);
    const ctoNote = noteOf(ctoAnswer);
    if (ceoNote) gap.ceoNote = ceoNote;
    if (ctoNote) gap.ctoNote = ctoNote;
    gaps.push(gap);
  });
  gaps.sort(compareGaps);
  const ranked: Gap[] = gaps.map(({ order: _order, ...g }, i) => ({ ...g, rank: i + 1 }));
  explainTies(ranked);
  return ranked.slice(0, Math.max(0, limit));
}

/**
 * The gaps to work on given the pair's pins: every pinned gap that is in the ranking
 * (at most `count`, first pins first), filled up with the highest-ranked others,
 * returned in ranking order with `pinned` set.
 */
// Stryker disable next-line ArrayDeclaration: a default pin that is no statement id is ignored like no pin
export function pinnedGaps(ranking: readonly Gap[], pins: readonly string[] = [], count: number = TOP_GAP_COUNT): Gap[] {
  const byId = new Map(ranking.map((g) => [g.statementId, g]));
  const chosen = new Set<string>();
  for (const id of pins) {
    if (chosen.size >= count) break;
    if (byId.has(id)) chosen.add(id);
  }
  const pinned = new Set(chosen);
  for (const g of ranking) {
    if (chosen.size >= count) break;
    chosen.add(g.statementId);
  }
  return ranking.filter((g) => chosen.has(g.statementId)).map((g) => ({ ...g, pinned: pinned.has(g.statementId) }));
}

/** THE three gaps the comparison, the presentation and the plan use, given the pair's pins. */
export function selectTopGaps(
  ceo: Side,
  cto: Side,
  // Stryker disable next-line ArrayDeclaration: a default pin that is no statement id is ignored like no pin
  pins: readonly string[] = [],
  framework: Framework = FRAMEWORK,
): Gap[] {
  return pinnedGaps(rankGaps(ceo, cto, framework, Infinity), pins);
}
