import { selectTopGaps } from '../assessment/gaps';
import type { Round } from '../assessment/types';
import { day30Diff, type Day30Change } from './day30';
import { openGapsFromDay30 } from './carry-over';
import { localDayOf } from '../workspace/dates';

/**
 * The gaps an offsite's agenda starts from. After a re-score with a baseline, the
 * next offsite starts from what did not close (carry-over.ts), each block saying how
 * it moved; the pair's own pins still win, and a first comparison uses its top gaps.
 */
export interface AgendaGap {
  statementId: string;
  title: string;
}

const MOVED: Record<Day30Change, string> = {
  widened: 'widened since',
  new: 'new since',
  unchanged: 'unchanged since',
  shifted: 'as far apart, scores moved since',
  narrowed: 'narrowed since',
  fell: 'closer but scored lower since',
  unknown: 'still open since',
  closed: 'closed since',
  steady: 'steady since',
};

export function agendaGaps(
  now: { ceo: Round; cto: Round },
  pins: readonly string[],
  baseline?: { ceo: Round; cto: Round; completedAt: string },
): AgendaGap[] {
  if (!pins.length && baseline) {
    const rows = day30Diff({ ceo: baseline.ceo.answers, cto: baseline.cto.answers }, { ceo: now.ceo.answers, cto: now.cto.answers });
    const carried = openGapsFromDay30(rows);
    const since = localDayOf(baseline.completedAt);
    if (carried.length) return carried.map((g) => ({ statementId: g.statementId, title: `${g.title} (${MOVED[g.change]} ${since})` }));
  }
  return selectTopGaps(now.ceo, now.cto, pins).map((g) => ({ statementId: g.statementId, title: g.title }));
}
