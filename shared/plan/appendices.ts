/**
 * Appendix data: what the pair wrote, each with its agreement state. An
 * unfilled section says what to fill in instead of printing an empty table.
 */
import type { Round } from '../assessment/types';
import { DEPENDENCY_STATUSES, LOG_KINDS, type LogEntry, type Metric } from '../workspace/types';
import { choiceText, frequencyLabel, isOneOf, isSetNumber, meetingLengthText, NOT_SET, RELIABILITY_NOT_SET, SLIP_NOT_SET } from '../workspace/not-set';
import { redSummary } from '../workspace/dependencies';
import { laterValuesText, measuredValues, metricUnsetCaveat, VALUES_NOT_AGREED } from '../workspace/metrics';
import { ladderCompleteness } from '../workspace/ladder';
import { parseIsoDate, addDays, toIsoDate } from '../workspace/dates';
import { betKey, betUnsetCaveat, contentHash, riskKey, rowKey, type BetBudget } from '../workspace/agreement';
import { statementById } from '../framework/content';
import { isAgreed, isShippedExample, listedBets, stateOf, unlistedBetsText, type PlanContext } from './context';
import type { PlanAppendices, PlanList, PlanLogEntry, PlanNote } from './types';
import { matrixRowPlanState, PROPOSED_ROW, rowPlanState } from './row-states';

/** A "decided" log entry no offsite capture both leaders confirmed stands behind. */
export const LOG_NOT_CONFIRMED = 'as logged, not confirmed by both';

/** A decision both agreed at the offsite whose log entry was changed since. */
export const LOG_EDITED = 'at the offsite, then edited: not confirmed by both';
// Stryker disable next-line ConditionalExpression: without an agreed entry the hashes differ anyway (contentHash of undefined is no log entry's); the check says why
export const sameEntry = (e: LogEntry, agreed: LogEntry | undefined) => agreed !== undefined && contentHash(e) === contentHash(agreed);

/**
 * A metric's agreement covers its definition, owner and target; the monthly values are data
 * either laptop records. The trend column says so, so "agreed by both" beside the name never
 * reads as figures both leaders confirmed.
 */
export const METRIC_TREND_HEADING = `Trend (${VALUES_NOT_AGREED})`;

/** Decided entries stay in the plan this long after their date. */
export const RECENT_DECISION_DAYS = 90;

function list<T>(items: readonly T[], note: string, state?: string): PlanList<T> {
  return items.length ? { items: [...items], ...(state ? { state } : {}) } : { items: [], note, ...(state ? { state } : {}) };
}

/**
 * "2026-01 12 → 2026-02 10 → 2026-03 8 (falling)". A value for a month after the plan's
 * month cannot be a measurement yet (a forecast or a typo): it is left out, and counted.
 */
export function metricTrend(m: Metric, today?: Date): string {
  const measured = measuredValues(m, today);
  const skipped = measured.later || measured.unreadable ? ` (${laterValuesText(measured.later, measured.unreadable)})` : '';
  const values = [...measured.values].sort((a, b) => a.month.localeCompare(b.month)).slice(-6);
  if (!values.length) return `no values recorded yet${skipped}`;
  const series = values.map((v) => `${v.month}: ${v.value}`).join(' → ');
  if (values.length < 2) return `${series}${skipped}`;
  const first = values[0].value;
  const last = values[values.length - 1].value;
  return `${series} (${last > first ? 'rising' : last < first ? 'falling' : 'flat'})${skipped}`;
}

/** "at most 60 min downtime per quarter; release blocked by: …; slip up to 15%", with unset parts named. */
export function betBudgetText(b: BetBudget): string {
  return [
    b.reliabilityMinutes === null ? 'downtime budget not set' : `at most ${b.reliabilityMinutes} minutes of downtime per quarter`,
    b.securityClasses.trim() ? `release blocked by: ${b.securityClasses.trim()}` : 'release blockers not named',
    b.slipPercent === null ? 'slip budget not set' : `slip up to ${b.slipPercent}%`,
  ].join('; ');
}

/**
 * A bet is agreed as one entry, unset budgets and all. "agreed by both" beside "slip budget not
 * set" would read as a budget the pair settled, so an agreed bet says how many of its three are missing.
 */
export function betPlanState(ctx: PlanContext, b: BetBudget): string {
  const state = rowPlanState(ctx, betKey(b.id));
  if (!isAgreed(ctx, betKey(b.id))) return state;
  const caveat = betUnsetCaveat(b);
  return caveat ? `${state}, ${caveat}` : state;
}

/** Notes whose author ticked "put this note in the plan". */
export function planNotes(ceo: Round, cto: Round): PlanNote[] {
  const out: PlanNote[] = [];
  for (const r of [ceo, cto]) {
    for (const [id, a] of Object.entries(r.answers)) {
      const text = a.note?.trim();
      if (!text || a.noteInPlan !== true) continue;
      out.push({ role: r.role, name: r.personName.trim() || r.role.toUpperCase(), statementId: id, title: statementById(id)?.short ?? id, text });
    }
  }
  return out;
}

/**
 * What the plan says of a log entry beyond its status. `unconfirmedLog`: log entry id → state
 * label, for decisions captured at the offsite that not both leaders confirmed (the capture writes
 * them into the log as "decided"); `agreedLog`: the entries both confirmed there, as they were
 * (offsiteLogStates).
 */
export function logEntryState(
  e: LogEntry,
  unconfirmedLog: ReadonlyMap<string, string>,
  agreedLog: ReadonlyMap<string, LogEntry>,
): Pick<PlanLogEntry, 'offsiteState' | 'logState'> {
  if (unconfirmedLog.has(e.id)) return { offsiteState: unconfirmedLog.get(e.id) };
  // The log is a record either laptop writes: "decided, by CEO + CTO" there is one leader's word.
  // So is "revisited" (it prints who decided, and is kept whatever its date): only an
  // open entry, or one with no status (the exec doc prints all of them), claims no decision.
  return e.status && e.status !== 'open' && !sameEntry(e, agreedLog.get(e.id)) ? { logState: agreedLog.has(e.id) ? LOG_EDITED : LOG_NOT_CONFIRMED } : {};
}

/** `unconfirmedLog`, `agreedLog`: as for logEntryState. */
export function buildAppendices(
  ctx: PlanContext,
  today: Date,
  rounds: { ceo: Round; cto: Round },
  unconfirmedLog: ReadonlyMap<string, string> = new Map(),
  agreedLog: ReadonlyMap<string, LogEntry> = new Map(),
): PlanAppendices {
  const ws = ctx.ws;
  const notes = list(planNotes(rounds.ceo, rounds.cto), 'No notes were marked for the plan. A leader can tick "Put this note in the plan" under any note in their round.');
  if (!ws) {
    const none = 'Not started: open the Workspace and write it together.';
    return {
      matrix: list([], none),
      ladder: list([], none),
      cadence: list([], none),
      riskBudgets: list([], none),
      metrics: list([], none),
      dependencies: { value: null, summary: '', note: none },
      decisions: list([], 'No decisions logged yet.'),
      notes,
    };
  }

  const matrixRows = ws.matrix.map((r) => ({ ...r, state: matrixRowPlanState(ctx, r) }));
  const ladder = ws.ladder.filter((e) => ladderCompleteness(e).complete).map((e) => (isShippedExample(ctx, e) ? { ...e, example: true as const } : e));

  const rb = ws.riskBudgets;
  const security = rb.securityBlockingClasses.map((c) => c.trim()).filter(Boolean);
  const flows = rb.criticalFlows.map((f) => f.trim());
  const budgets = [
    {
      label: 'Reliability',
      value: isSetNumber(rb.reliabilityMinutesPerQuarter)
        ? `At most ${rb.reliabilityMinutesPerQuarter} minutes of customer-facing downtime per quarter`
        : `${RELIABILITY_NOT_SET}: agree the minutes of customer-facing downtime the critical flows may have per quarter.`,
      state: rowPlanState(ctx, riskKey('reliability')),
    },
    { label: 'Security: release blockers', value: security.length ? security.join('; ') : 'None written yet: list the issue classes that stop a release.', state: rowPlanState(ctx, riskKey('security')) },
    {
      label: 'Delivery slip accepted',
      value: isSetNumber(rb.deliverySlipPercent) ? `${rb.deliverySlipPercent}% on committed work` : `${SLIP_NOT_SET}: agree the slip accepted on committed work, in percent.`,
      state: rowPlanState(ctx, riskKey('delivery')),
    },
    {
      label: 'Critical flows',
      value: flows.some(Boolean) ? flows.map((f, i) => `${i + 1}. ${f || 'not yet named'}`).join('; ') : 'Not named yet: name the three user flows that must not break.',
      // Nothing named is nothing agreed (or proposed), whatever state the risk budgets have: as the principle.
      state: flows.some(Boolean) ? rowPlanState(ctx, 'riskBudgets') : 'not started',
    },
  ];

  const listed = listedBets(ctx);
  for (const b of listed.bets) budgets.push({ label: `Big bet: ${b.name.trim() || 'unnamed'}`, value: betBudgetText(b), state: betPlanState(ctx, b) });
  if (listed.unlisted) budgets.push({ label: 'More big bets', value: `${unlistedBetsText(listed.unlisted)}.`, state: PROPOSED_ROW });
  if (!ctx.bets.length) {
    budgets.push({ label: 'Per big bet', value: 'No big bet named yet: add each big bet of the quarter with its own downtime, security and slip budget.', state: 'not started' });
  }

  // A metric with no target is a template line, not a definition anyone can read the same way.
  const metrics = ws.metrics
    .filter((m) => m.target.trim() || m.values.length || isAgreed(ctx, rowKey('metrics', m.id)))
    // Beside each row, as in the matrix: a bare "template" or "edited" would read as settled.
    .map((m) => {
      const state = rowPlanState(ctx, rowKey('metrics', m.id));
      const caveat = isAgreed(ctx, rowKey('metrics', m.id)) ? metricUnsetCaveat(m) : undefined;
      return { ...m, state: caveat ? `${state}, ${caveat}` : state, trend: metricTrend(m, today) };
    });

  // What the shared doc holds no value for (a partner's plain value of another type reads as
  // missing: '' or NaN) is worded here, for the screen and the print route (PDF): the section
  // only prints these texts. The Markdown's tables word it with the same helpers (not-set.ts).
  const meetings = ws.cadence.map((m) => ({
    ...m,
    when: `${frequencyLabel(m.frequency)}, ${meetingLengthText(m.durationMinutes)}`,
    start: `${m.firstDate.trim() || `first date ${NOT_SET}`} ${m.time.trim() || `time ${NOT_SET}`}`,
  }));
  const depsWithStatus = ws.dependencies.dependencies.map((d) => ({ ...d, statusText: choiceText(DEPENDENCY_STATUSES, d.status) }));

  const since = toIsoDate(addDays(today, -RECENT_DECISION_DAYS));
  const decisions = ws.log
    .filter((e) => e.status === 'open' || e.status === 'revisited' || (e.status === 'decided' && parseIsoDate(e.date) && e.date >= since))
    .sort((a, b) => (a.status === 'open') === (b.status === 'open') ? b.date.localeCompare(a.date) : a.status === 'open' ? -1 : 1)
    .map((e) => {
      // Printed between other facts ("Open · decision · 2026-01-10"): a missing kind says what is missing.
      return { ...e, kindText: isOneOf(LOG_KINDS, e.kind) ? e.kind : `kind ${NOT_SET}`, ...logEntryState(e, unconfirmedLog, agreedLog) };
    });

  const deps = depsWithStatus.length ? { roadmapItem: ws.dependencies.roadmapItem, dependencies: depsWithStatus } : null;
  return {
    matrix: list(matrixRows, 'No decision types yet: add product bets, delivery dates, architecture, spend, hiring and incidents.', stateOf(ctx, 'matrix')),
    ladder: list(ladder, 'No complete translation yet: take an engineering topic from work item to a budget, scope or timing ask.', stateOf(ctx, 'ladder')),
    cadence: list(meetings, 'No meetings yet: add the weekly 1:1, monthly strategy review, quarterly planning and board prep.', stateOf(ctx, 'cadence')),
    riskBudgets: list(budgets, '', stateOf(ctx, 'riskBudgets')),
    metrics: list(metrics, 'No metric has a target or a value yet: give each exec metric a target and record monthly values in the workspace.', stateOf(ctx, 'metrics')),
    dependencies: deps
      ? { value: deps, summary: redSummary(deps), state: stateOf(ctx, 'dependencies') }
      : { value: null, summary: '', note: 'Not mapped yet: list the top dependencies of the biggest roadmap item, each green, yellow or red.' },
    decisions: list(decisions, `No open decisions and none decided in the last ${RECENT_DECISION_DAYS} days: log each decision with its options, forum, owner and commit date.`),
    notes,
  };
}
