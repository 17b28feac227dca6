/**
 * The 30 days. Days 1–14 are the guide's immediate actions; days 15–30 put the
 * policy framework and risk budgets in place and end with a re-score round.
 * A repair round starts from the event; a quarterly reset ends in quarterly
 * planning and board prep. An action is ticked only when both leaders agreed
 * the artifact it produces: a template in the workspace is not done work.
 */
import type { RoundKind } from '../assessment/types';
import { countCompleteLadder, LADDER_TARGET } from '../workspace/ladder';
import { checkMetricCount, MAX_METRICS, MIN_METRICS } from '../workspace/metrics';
import { toIsoDate } from '../workspace/dates';
import { countByStatus, isDependencyMapComplete } from '../workspace/dependencies';
import { isCadenceScheduled, isMeetingScheduled, preReadForums } from '../workspace/cadence';
import { checkMatrix, isMatrixValid } from '../workspace/matrix';
import { missingRiskBudgets } from '../workspace/risk-budgets';
import { planDay } from './working-days';
import { betKey, policyKey } from '../workspace/agreement';
import { isAgreed, isShippedExample, listedBets, plural, stateOf, statedAgreement, type PlanContext } from './context';
import type { PlanAction, PlanGap, PlanOwner } from './types';
import { eventText, type RoundEvent } from './round-match';

interface Step {
  id: string;
  day: number;
  title: string;
  owner: PlanOwner;
  detail: string;
  artifact?: string;
  /** Extra condition on top of agreement (e.g. ten complete ladder topics). */
  complete?: boolean;
}

function repairStart(event: RoundEvent | undefined): Step[] {
  // Two different events: both, each with whose it is; never one leader's as the pair's.
  const what = !event
    ? 'the event behind this repair round'
    : event.kind === 'same'
      ? `"${event.event}"`
      : event.kind === 'one'
        ? eventText(event)
        : `the event behind this repair round (the two rounds name different ones: ${eventText(event)})`;
  return [
    {
      id: 'action-name-event',
      day: 1,
      title: 'Write down what happened, in the decision log',
      owner: 'CEO + CTO',
      detail: `Log ${what}: which decision went wrong, who took it, in which forum, and what was known then. Facts, not blame.`,
    },
  ];
}

/** "5 days, agreed by both on …" once both agreed the limit; "5 days, proposed (not yet agreed)" until then. */
function debateLimit(ctx: PlanContext, days: number): string {
  const key = policyKey('debateDays');
  return `${plural(days, 'day', 'days')}, ${isAgreed(ctx, key) ? stateOf(ctx, key) : 'proposed (not yet agreed)'}`;
}

function commonSteps(ctx: PlanContext, gaps: readonly PlanGap[]): Step[] {
  const ws = ctx.ws;
  const gapList = gaps.length ? gaps.map((g) => `"${g.title}"`).join(', ') : 'no scored gaps yet';
  // The shipped examples are complete but are not the pair's translations until they agree them.
  const ladderDone = ws ? countCompleteLadder(ws.ladder.filter((e) => !isShippedExample(ctx, e))) : 0;
  const metricCheck = ws ? checkMetricCount(ws.metrics) : undefined;
  const deps = ws?.dependencies.dependencies.length ?? 0;
  const unrated = ws ? countByStatus(ws.dependencies).unset : 0;
  const debate = ctx.policies.debateDays;
  const bets = ctx.bets;
  const betsAgreed = bets.filter((b) => isAgreed(ctx, betKey(b.id))).length;
  // An agreed artifact with nothing in it is agreed, not done: each action also asks for its content.
  const meetings = ws?.cadence ?? [];
  const scheduled = meetings.filter(isMeetingScheduled).length;
  const cadenceDone = isCadenceScheduled(meetings);
  const intakeOwn = preReadForums(meetings).length > 0;
  const rows = ws?.matrix ?? [];
  const matrixDone = isMatrixValid(rows);
  // Named for the bets the plan lists (listedBets); the others' are counted.
  const named = ws ? missingRiskBudgets(ws.riskBudgets, listedBets(ctx).bets) : [];
  const unnamed = ws ? missingRiskBudgets(ws.riskBudgets, bets).length - named.length : 0;
  const budgetsMissing = unnamed > 0 ? [...named, `budgets of ${unnamed.toLocaleString('en-US')} more ${unnamed === 1 ? 'bet' : 'bets'} not listed here`] : named;
  return [
    {
      id: 'action-review-gaps',
      day: 2,
      title: 'Walk through the top gaps together',
      owner: 'CEO + CTO',
      detail: `Compare both diagnostics side by side and agree what each gap means in practice: ${gapList}.`,
    },
    {
      id: 'action-cadence',
      day: 3,
      title: 'Put the cadence on both calendars',
      owner: 'CEO + CTO',
      detail: `Weekly 1:1, monthly strategy review, quarterly planning and quarterly board prep, each with the decisions it takes.${
        !ws || cadenceDone ? '' : meetings.length ? ` Meetings with first date, time, length and frequency set: ${scheduled} of ${meetings.length}.` : ' No meetings yet.'
      }`,
      artifact: 'cadence',
      complete: cadenceDone,
    },
    {
      id: 'action-matrix',
      day: 7,
      title: 'Write the decision authority matrix',
      owner: 'CEO + CTO',
      detail: `Cover product bets, delivery dates, architecture, spend, hiring and incidents, with one accountable owner per row or an explicit joint call.${
        !ws || matrixDone ? '' : rows.length ? ` Open points: ${checkMatrix(rows).length}.` : ' No rows yet.'
      }`,
      artifact: 'matrix',
      complete: matrixDone,
    },
    {
      id: 'action-ladder',
      day: 10,
      title: `Write a translation guide for ${LADDER_TARGET} engineering topics`,
      owner: 'CTO',
      detail: `Take each topic from work item to a budget, scope or timing ask. Complete so far: ${ladderDone} of ${LADDER_TARGET}.`,
      artifact: 'ladder',
      complete: ladderDone >= LADDER_TARGET,
    },
    {
      id: 'action-metrics',
      day: 14,
      title: `Agree ${MIN_METRICS}–${MAX_METRICS} exec metrics and their definitions`,
      owner: 'CTO',
      detail: `Publish the definition, unit, owner and target of each metric in the exec doc so both leaders read them the same way.${
        metricCheck && !metricCheck.ok ? ` Open points: ${metricCheck.issues.length}.` : ''
      }`,
      artifact: 'metrics',
      // Stryker disable next-line BooleanLiteral: metricCheck is undefined only without a workspace, where nothing is agreed (context.ts), so the action is not done either way
      complete: metricCheck?.ok ?? false,
    },
    {
      id: 'action-risk-budgets',
      day: 16,
      title: 'Agree a risk budget for each big bet',
      owner: 'CEO + CTO',
      detail: `For every big bet: the downtime ceiling for the critical flows, the issue classes that block a release, and the slip accepted on committed work. Big bets agreed: ${betsAgreed} of ${bets.length}.${
        budgetsMissing.length ? ` Not set yet: ${budgetsMissing.join('; ')}.` : ''
      }`,
      artifact: 'riskBudgets',
      complete: bets.length > 0 && betsAgreed === bets.length && budgetsMissing.length === 0,
    },
    {
      id: 'action-policies',
      day: 18,
      title: 'Write the policy framework: intake, disagree and commit, escalation',
      owner: 'CEO + CTO',
      detail: `What a pre-read must contain (${
        intakeOwn ? 'the cadence has pre-read checklists' : 'no meeting has a pre-read checklist yet'
      }), how long a debate runs and who closes it (${debate ? debateLimit(ctx, debate) : 'no debate limit set yet'}), and what goes to the CTO, the CEO or both.`,
      artifact: 'policies',
      // Intake and escalation are the cadence and the matrix (policies.ts): the framework is written when all three are agreed
      // and the cadence and matrix say something (an empty one, or a cadence with no pre-read checklist, leaves the
      // framework's fallback text, which nobody agreed).
      complete: debate !== undefined && isAgreed(ctx, 'cadence') && cadenceDone && intakeOwn && isAgreed(ctx, 'matrix') && matrixDone,
    },
    {
      id: 'action-dependencies',
      day: 21,
      title: 'Map the top dependencies of the biggest roadmap item',
      owner: 'CTO',
      detail: `Up to ten dependencies marked green, yellow or red, in the CEO's pre-read. Mapped so far: ${deps}.${unrated ? ` Not rated yet: ${unrated}.` : ''}`,
      artifact: 'dependencies',
      // Mapped means rated: a dependency with no colour (or a red one with no owner) is an open point.
      complete: ws ? isDependencyMapComplete(ws.dependencies) : false,
    },
  ];
}

/**
 * Whether an artifact holds what its action asks for, agreed or not: its step's `complete`
 * (undefined when no step asks for the artifact). The gaps' "Addressed by" reads it (gap-ladder.ts):
 * an agreed but empty map addresses no gap, as it ticks no action.
 */
export const artifactComplete = (ctx: PlanContext, artifact: string): boolean | undefined =>
  commonSteps(ctx, []).find((s) => s.artifact === artifact)?.complete;

function closingSteps(kind: RoundKind): Step[] {
  const steps: Step[] =
    kind === 'repair'
      ? [
          {
            id: 'action-repair-review',
            day: 24,
            title: 'Review the repair in the monthly strategy review',
            owner: 'CEO + CTO',
            detail: 'Check the decision that went wrong against the new matrix and risk budgets: would it now have a clear owner, forum and budget?',
          },
        ]
      : [
          {
            id: 'action-quarterly-planning',
            day: 23,
            title: 'Quarterly planning with the new rules',
            owner: 'CEO + CTO',
            detail: 'Bets, headcount and platform investment, each bet with its risk budget and a capacity line.',
          },
          {
            id: 'action-board-prep',
            day: 27,
            title: 'Quarterly board prep',
            owner: 'CEO',
            detail: 'One narrative from both leaders: the exec metrics, what changed this quarter and what the two of you decided.',
          },
        ];
  steps.push({
    id: 'action-rescore',
    day: 30,
    title: kind === 'repair' ? 'Re-score: run the diagnostic again (repair round)' : 'Re-score: run the diagnostic again',
    owner: 'CEO + CTO',
    detail: 'Each leader answers privately again and you compare: did the top gaps close?',
  });
  return steps;
}

/**
 * Above the framework's steps wherever they are printed: "Write a translation guide — CTO — 26 Jan"
 * reads as the pair's assignment, yet the framework chose the owner and the day.
 */
export const TEMPLATE_STEPS_NOTE = "These are the framework's template steps: their owners and due dates were not set or agreed by the two of you.";

/**
 * The template lead's count. An action is ticked when its artifact is agreed by both and holds what
 * the step asks for: "None is agreed yet" above rows that read "In the workspace: agreed by both"
 * (metrics agreed without targets, an empty map agreed) denied an agreement the rows show.
 */
export function tickedText(actions: readonly Pick<PlanAction, 'done' | 'state'>[]): string {
  const done = actions.filter((a) => a.done).length;
  const incomplete = actions.filter((a) => !a.done && a.state?.startsWith('agreed')).length;
  const ticked = done ? `${done} ${done === 1 ? 'is' : 'are'} agreed and ticked` : incomplete ? 'None is ticked yet' : 'None is agreed yet';
  if (!incomplete) return `${ticked}.`;
  const n = done ? `${incomplete} more` : String(incomplete);
  return `${ticked}; ${n} ${incomplete === 1 ? 'has its artifact' : 'have their artifacts'} agreed by both but not yet complete, so not ticked.`;
}

/**
 * The plan's days (working-days.ts planStart): `start` is day 1, the day after the comparison, on any
 * day the plan is shown or exported; `asOf` is the plan's own day (the cover's), against which a step
 * not ticked is overdue; `rescoredOn` is the day the pair's next comparison began, when there is one
 * (history/next-comparison.ts): the re-score took place then, and none is scheduled.
 */
export interface PlanDays {
  start: Date;
  asOf: string;
  rescoredOn?: string;
}

/**
 * "Overdue: due 2026-01-20, before this plan's date (2026-05-04), and not ticked." A step with no
 * artifact is never ticked (nothing in the workspace records it), so its text does not say it was not done.
 */
function overdueStepText(due: string, asOf: string, ticks: boolean): string {
  return `Overdue: due ${due}, before this plan's date (${asOf}), ${ticks ? 'and not ticked' : 'and nothing here records whether it was done'}.`;
}

export function buildActions(gaps: readonly PlanGap[], days: PlanDays, ctx: PlanContext, kind: RoundKind = 'quarterly-reset', event?: RoundEvent): PlanAction[] {
  // The steps are listed by day, and planDay keeps that order (a day moved off a weekend never
  // passes the next step's): the actions are in due order as listed (actions-order.test.ts).
  // A re-score that took place is not scheduled again (RESCORE_HELD says when it was).
  const steps = [...(kind === 'repair' ? repairStart(event) : []), ...commonSteps(ctx, gaps), ...closingSteps(kind)].filter(
    (s) => !(days.rescoredOn && s.id === 'action-rescore'),
  );
  return steps.map((s): PlanAction => {
    const done = s.artifact ? isAgreed(ctx, s.artifact) && s.complete !== false : false;
    const state = s.artifact ? statedAgreement(ctx, s.artifact) : undefined;
    const due = toIsoDate(planDay(days.start, s.day));
    const overdue = !done && due < days.asOf;
    const detail = state ? `${s.detail} In the workspace: ${state}.` : s.detail;
    return {
      id: s.id,
      title: s.title,
      owner: s.owner,
      due,
      phase: s.day <= 14 ? 1 : 2,
      done,
      detail: overdue ? `${overdueStepText(due, days.asOf, Boolean(s.artifact))} ${detail}` : detail,
      ...(s.artifact ? { artifact: s.artifact, state } : {}),
      ...(overdue ? { overdue: true as const } : {}),
      template: true,
    };
  });
}

/**
 * How the re-score date is reached, as the plan prints it: planDay counts calendar days (the day after
 * the rounds were sealed is day 1) and moves a weekend day 30 back to the Friday, to stay within the 30 days.
 * "30 working days" would be six weeks; the date is about four.
 */
export const RESCORE_BASIS = 'day 30 counting the day after the rounds were sealed as day 1, moved back to the Friday before when it falls on a weekend';

/** After "the re-score took place on 2026-02-13, ": why the plan schedules none. */
export const RESCORE_HELD = 'the day your next comparison after these rounds began, so none is scheduled';

/** The day-30 re-score date (a working day), day 30 from `start` (PlanDays). */
export function rescoreDate(start: Date): string {
  return toIsoDate(planDay(start, 30));
}
