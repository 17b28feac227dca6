/**
 * The two-week action list. Each action is one artifact the guide says to
 * produce first; it is marked done when the workspace already holds a
 * usable version of it, so the plan never asks for work that exists.
 */
import type { Workspace } from '../workspace/types';
import { isMatrixValid } from '../workspace/matrix';
import { countCompleteLadder, LADDER_TARGET } from '../workspace/ladder';
import { checkMetricCount, MAX_METRICS, MIN_METRICS } from '../workspace/metrics';
import { addDays, toIsoDate } from '../workspace/dates';
import type { PlanAction, PlanGap } from './types';

/** Every action lands inside the first two weeks of the 30 days. */
export const ACTION_WINDOW_DAYS = 14;

export function buildActions(gaps: readonly PlanGap[], today: Date, ws?: Workspace): PlanAction[] {
  const due = (n: number) => toIsoDate(addDays(today, Math.min(n, ACTION_WINDOW_DAYS)));
  const gapList = gaps.length ? gaps.map((g) => `"${g.title}"`).join(', ') : 'no scored gaps yet';
  const ladderDone = ws ? countCompleteLadder(ws.ladder) : 0;
  const metricCheck = ws ? checkMetricCount(ws.metrics) : undefined;
  const meetings = ws?.cadence.length ?? 0;

  return [
    {
      id: 'action-review-gaps',
      title: 'Walk through the top gaps together',
      owner: 'CEO + CTO',
      due: due(3),
      done: false,
      detail: `Compare both diagnostics side by side and agree what each gap means in practice: ${gapList}.`,
    },
    {
      id: 'action-cadence',
      title: 'Put the cadence on both calendars',
      owner: 'CEO + CTO',
      due: due(5),
      done: meetings > 0,
      detail:
        meetings > 0
          ? `${meetings} recurring meeting${meetings === 1 ? '' : 's'} defined; export them to both calendars if not done yet.`
          : 'Weekly 1:1, monthly strategy review, quarterly planning and quarterly board prep, each with the decisions it takes.',
    },
    {
      id: 'action-matrix',
      title: 'Write the decision authority matrix',
      owner: 'CEO + CTO',
      due: due(7),
      done: ws ? isMatrixValid(ws.matrix) : false,
      detail: 'Cover product bets, delivery dates, architecture, spend, hiring and incidents, with exactly one owner per row or an explicit joint CEO + CTO call.',
    },
    {
      id: 'action-ladder',
      title: `Write a translation guide for ${LADDER_TARGET} engineering topics`,
      owner: 'CTO',
      due: due(10),
      done: ladderDone >= LADDER_TARGET,
      detail: `Take each topic from work item to a budget, scope or timing ask. Complete so far: ${ladderDone} of ${LADDER_TARGET}.`,
    },
    {
      id: 'action-metrics',
      title: `Agree ${MIN_METRICS}–${MAX_METRICS} exec metrics and their definitions`,
      owner: 'CTO',
      due: due(14),
      done: metricCheck?.ok ?? false,
      detail: `Publish the definition, unit, owner and target of each metric in the exec doc so both leaders read them the same way.${
        metricCheck && !metricCheck.ok ? ` Open points: ${metricCheck.issues.length}.` : ''
      }`,
    },
  ];
}
