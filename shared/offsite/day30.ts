import type { AnswerValue, Answers } from '../assessment/types';
import { allStatements, FRAMEWORK } from '../framework/content';
import type { Framework } from '../framework/types';

/**
 * Day 30: did the repair work? Per statement, the baseline pair of answers against the
 * re-score pair, classified:
 *   closed     — was a gap, now both at 4–5 and at most 1 apart;
 *   narrowed   — still a gap, fewer points apart, and the lower of the two scores did not
 *                fall: 5 vs 1 → 4 vs 2, or 2 vs 3 → 3 vs 3;
 *   fell       — still a gap, fewer points apart, but only because the scores came down:
 *                the lower of the two fell (5 vs 2 → 1 vs 1). A low score by either side is
 *                itself a gap (gaps.ts), so this is not progress and is never called "narrowed";
 *   unchanged  — still a gap, the same two scores as before;
 *   shifted    — still a gap, as far apart as before, but the scores moved (2 vs 4 became
 *                4 vs 2, or both rose a point): not "unchanged", which would say nothing moved;
 *   widened    — further apart than before;
 *   new        — was not a gap, now is;
 *   steady     — not a gap then or now;
 *   unknown    — one of the four answers is missing or "don't know" (ask, don't guess).
 * A gap here is what the guide would circle: a split of 2+ points, or agreement below 4.
 */
export type Day30Change = 'closed' | 'narrowed' | 'fell' | 'unchanged' | 'shifted' | 'widened' | 'new' | 'steady' | 'unknown';

export interface Day30Row {
  statementId: string;
  baseline: { ceo: AnswerValue | null; cto: AnswerValue | null };
  now: { ceo: AnswerValue | null; cto: AnswerValue | null };
  change: Day30Change;
}

const num = (v: AnswerValue | null | undefined): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number';

export function isGapPair(a: number, b: number): boolean {
  return Math.abs(a - b) >= 2 || Math.min(a, b) < 4;
}

/**
 * Fewer points apart: narrowed only when the lower score held or rose. When it fell, the
 * higher one fell further (the distance shrank), so the pair met lower down, not closer to
 * healthy. Shared with the per-area view (day30-report.ts), which applies the same rule to
 * the 0–100 area scores.
 */
export function closerBy(a0: number, b0: number, a1: number, b1: number): 'narrowed' | 'fell' {
  return Math.min(a1, b1) >= Math.min(a0, b0) ? 'narrowed' : 'fell';
}

export function classifyChange(before: [AnswerValue | null, AnswerValue | null], after: [AnswerValue | null, AnswerValue | null]): Day30Change {
  const [a0, b0] = before;
  const [a1, b1] = after;
  if (!num(a0) || !num(b0) || !num(a1) || !num(b1)) return 'unknown';
  const wasGap = isGapPair(a0, b0);
  const isGap = isGapPair(a1, b1);
  const d0 = Math.abs(a0 - b0);
  const d1 = Math.abs(a1 - b1);
  if (!wasGap) return isGap ? 'new' : 'steady';
  if (!isGap) return 'closed';
  if (d1 > d0) return 'widened';
  if (d1 < d0) return closerBy(a0, b0, a1, b1);
  return a0 === a1 && b0 === b1 ? 'unchanged' : 'shifted';
}

export function day30Diff(
  baseline: { ceo: Answers; cto: Answers },
  now: { ceo: Answers; cto: Answers },
  framework: Framework = FRAMEWORK,
): Day30Row[] {
  return allStatements(framework).map((s) => {
    const b = { ceo: baseline.ceo[s.id]?.value ?? null, cto: baseline.cto[s.id]?.value ?? null };
    const n = { ceo: now.ceo[s.id]?.value ?? null, cto: now.cto[s.id]?.value ?? null };
    return { statementId: s.id, baseline: b, now: n, change: classifyChange([b.ceo, b.cto], [n.ceo, n.cto]) };
  });
}

/** How many statements fell in each class. */
export function day30Summary(rows: readonly Day30Row[]): Record<Day30Change, number> {
  const out: Record<Day30Change, number> = { closed: 0, narrowed: 0, fell: 0, unchanged: 0, shifted: 0, widened: 0, new: 0, steady: 0, unknown: 0 };
  for (const r of rows) out[r.change]++;
  return out;
}
