import { answerPoints, TOP_GAP_COUNT } from '../assessment/gaps';
import type { AnswerValue, Round } from '../assessment/types';
import { FRAMEWORK, allStatements } from '../framework/content';
import type { Framework } from '../framework/types';
import { findBaseline, identityOfView, storedComparisons, type ComparisonView } from './baseline';
import { day30Diff, type Day30Change, type Day30Row } from './day30';
import { sidesFromItems } from './day30-report';

/**
 * What the next offsite starts from after a day-30 re-score: the gaps that did not
 * close, the largest gap now first (gaps.ts answer points), so the worst gaps are never
 * dropped behind minor ones when only three fit. Equal points go by the news, worst
 * first — widened or closer-but-scored-lower (met lower down: both are worse, see
 * day30.ts), then new, then unchanged, then shifted (as far apart, the scores moved),
 * then narrowed — then the diagnostic's order. A gap that is open now but cannot be
 * classified (a "don't know") comes last. The shape is what buildAgenda takes
 * ({ statementId, title }), plus the change.
 */
export interface CarriedGap {
  statementId: string;
  title: string;
  change: Day30Change;
}

/** Among equal points, worse news first; closed and steady are not carried. */
const RANK: Partial<Record<Day30Change, number>> = { widened: 0, fell: 0, new: 1, unchanged: 2, shifted: 3, narrowed: 4, unknown: 5 };

function openNow(ceo: AnswerValue | null, cto: AnswerValue | null): number {
  return ceo === null || cto === null ? 0 : answerPoints(ceo, cto);
}

export function openGapsFromDay30(
  rows: readonly Day30Row[],
  opts: { limit?: number; framework?: Framework } = {},
): CarriedGap[] {
  const framework = opts.framework ?? FRAMEWORK;
  const limit = opts.limit ?? TOP_GAP_COUNT;
  const statements = allStatements(framework);
  const position = new Map(statements.map((s, i) => [s.id, i]));
  const title = new Map(statements.map((s) => [s.id, s.short]));
  return rows
    .map((r) => ({ row: r, points: openNow(r.now.ceo, r.now.cto), rank: RANK[r.change] ?? -1, last: r.change === 'unknown' ? 1 : 0 }))
    .filter((x) => x.rank >= 0 && x.points > 0 && position.has(x.row.statementId))
    .sort(
      (a, b) =>
        a.last - b.last || b.points - a.points || a.rank - b.rank || position.get(a.row.statementId)! - position.get(b.row.statementId)!,
    )
    .slice(0, Math.max(0, limit))
    .map(({ row }) => ({ statementId: row.statementId, title: title.get(row.statementId)!, change: row.change }));
}

export type ComparisonLike = ComparisonView;

/**
 * For the agenda page: the gaps that did not close since this comparison's baseline
 * among the stored rounds, or undefined when it has no baseline (then the agenda
 * starts from the comparison's own top gaps, as before).
 */
export function openGapsSinceBaseline(rounds: readonly Round[], comparison: ComparisonLike, opts: { limit?: number } = {}): CarriedGap[] | undefined {
  const baseline = findBaseline(storedComparisons(rounds), identityOfView(comparison));
  if (!baseline) return undefined;
  const now = sidesFromItems(comparison.items);
  const rows = day30Diff({ ceo: baseline.ceo.answers, cto: baseline.cto.answers }, { ceo: now.ceo.answers, cto: now.cto.answers });
  return openGapsFromDay30(rows, opts);
}
