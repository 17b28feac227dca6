/**
 * Comparing a CEO round with a CTO round.
 *
 * Per item, with a = CEO answer and b = CTO answer on the 1–5 scale (only when
 * both answered with a number; "Don't know" and blanks are never compared):
 *   delta = |a − b|            (0–4, how far apart we are)
 *   joint = (a + b) / 2        (1–5, how healthy we jointly think it is)
 *   weight = 0.6 · delta/4 + 0.4 · (5 − joint)/4        (0–1)
 *
 * Disagreement carries the larger share because a split is what the two leaders
 * must talk about; a low joint score still counts so that a shared weakness
 * (both answer 2) is ranked too. Both answering 5 gives weight 0: that is not a gap.
 *
 * Algebraically weight = (3·delta + 10 − a − b) / 20, an integer over 20, so
 * equal weights compare exactly and ties fall back to framework order.
 */
import { FRAMEWORK, allStatements } from '../framework/content';
import type { Framework } from '../framework/types';
import { scoreArea } from './scoring';
import type { Answer, AnswerValue, Answers, AreaDelta, Gap, ItemDelta, Likert, Round } from './types';

/** A split of this many points or more is described as a disagreement. */
export const BIG_DELTA = 2;
/** A joint score at or below this is described as low for both. */
export const LOW_JOINT = 2.5;

function numeric(value: AnswerValue | null | undefined): value is Likert {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
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

export function areaDeltas(
  ceoRound: Pick<Round, 'answers'>,
  ctoRound: Pick<Round, 'answers'>,
  framework: Framework = FRAMEWORK,
): AreaDelta[] {
  return framework.areas.map((area) => {
    const ceo = scoreArea(area, ceoRound.answers).score;
    const cto = scoreArea(area, ctoRound.answers).score;
    return { areaId: area.id, ceo, cto, delta: ceo !== null && cto !== null ? Math.abs(ceo - cto) : null };
  });
}

/** The ranking weight of one pair of answers (see the formula at the top). */
export function gapWeight(ceo: Likert, cto: Likert): number {
  return (3 * Math.abs(ceo - cto) + 10 - ceo - cto) / 20;
}

export function rankGaps(ceo: Answers, cto: Answers, framework: Framework = FRAMEWORK, limit = 3): Gap[] {
  const gaps: Gap[] = [];
  for (const statement of allStatements(framework)) {
    const ceoAnswer = ceo[statement.id];
    const ctoAnswer = cto[statement.id];
    const a = ceoAnswer?.value;
    const b = ctoAnswer?.value;
    if (!numeric(a) || !numeric(b)) continue;
    const weight = gapWeight(a, b);
    if (weight <= 0) continue;
    const gap: Gap = {
      statementId: statement.id,
      areaId: statement.areaId,
      title: statement.short,
      ceo: a,
      cto: b,
      delta: Math.abs(a - b),
      joint: (a + b) / 2,
      weight,
      why: gapWhy(a, b),
    };
    const ceoNote = noteOf(ceoAnswer);
    const ctoNote = noteOf(ctoAnswer);
    if (ceoNote) gap.ceoNote = ceoNote;
    if (ctoNote) gap.ctoNote = ctoNote;
    gaps.push(gap);
  }
  // Array.prototype.sort is stable, so equal weights keep framework order.
  gaps.sort((x, y) => y.weight - x.weight);
  return gaps.slice(0, Math.max(0, limit));
}

function noteOf(answer: Answer | undefined): string | undefined {
  const note = answer?.note?.trim();
  return note ? note : undefined;
}

function gapWhy(ceo: Likert, cto: Likert): string {
  const delta = Math.abs(ceo - cto);
  const joint = (ceo + cto) / 2;
  const scores = `CEO ${ceo}, CTO ${cto}`;
  if (delta >= BIG_DELTA) {
    const higher = ceo > cto ? 'The CEO' : 'The CTO';
    return `You see this differently (${scores}): ${higher} rates it ${delta} points higher.`;
  }
  if (joint <= LOW_JOINT) {
    return `You both rate this low (${scores}), so it is a weakness you already share.`;
  }
  return `You roughly agree (${scores}), but neither of you calls it healthy yet.`;
}
