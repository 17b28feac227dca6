import type { Round } from '../assessment/types';
import { findBaseline, identityOf, storedComparisons, type StoredComparison } from './baseline';
import { day30Diff, day30Summary, type Day30Change } from './day30';

/**
 * History's view of re-scores: every complete comparison after the pair's first, with
 * how its statements moved against its baseline. Counted over statements (no pins:
 * those live in settings, and a count should not change when someone re-pins).
 */
export interface SeriesEntry {
  comparison: StoredComparison;
  baseline: StoredComparison;
  counts: Record<Day30Change, number>;
}

export function day30Series(rounds: readonly Round[]): SeriesEntry[] {
  const all = storedComparisons(rounds);
  return all.flatMap((comparison) => {
    const baseline = findBaseline(all, identityOf(comparison));
    if (!baseline) return [];
    const rows = day30Diff(
      { ceo: baseline.ceo.answers, cto: baseline.cto.answers },
      { ceo: comparison.ceo.answers, cto: comparison.cto.answers },
    );
    return [{ comparison, baseline, counts: day30Summary(rows) }];
  });
}
