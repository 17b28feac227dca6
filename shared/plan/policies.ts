/**
 * Policy and principle text for the plan. Numbers and owners come from the
 * workspace when present, so the document states the company's own rules
 * rather than generic advice.
 */
import type { DecisionRow, Workspace } from '../workspace/types';
import { accountableLabel, checkMatrixRow } from '../workspace/matrix';
import type { PlanSection } from './types';

/** How long a debate may stay open before the accountable owner closes it. */
export const DEBATE_WINDOW_DAYS = 7;

const NOT_NAMED = 'not yet named';

function quoteList(rows: readonly DecisionRow[]): string {
  return rows.map((r) => r.decision.trim()).join('; ');
}

function escalationBody(ws?: Workspace): string {
  const rows = (ws?.matrix ?? []).filter((r) => checkMatrixRow(r).every((i) => i.field === 'cadence'));
  if (rows.length === 0) {
    return 'There is no valid decision matrix yet. Until there is, raise every escalation in the weekly 1:1 and treat delivery dates and hiring as joint CEO + CTO calls.';
  }
  const groups: [string, DecisionRow[]][] = [
    ['To the CTO', rows.filter((r) => accountableLabel(r) === 'CTO')],
    ['To the CEO', rows.filter((r) => accountableLabel(r) === 'CEO')],
    ['Joint CEO + CTO', rows.filter((r) => accountableLabel(r) === 'CEO + CTO')],
  ];
  const others = rows.filter((r) => !['CTO', 'CEO', 'CEO + CTO'].includes(accountableLabel(r)));
  const lines = groups.filter(([, rs]) => rs.length).map(([label, rs]) => `${label}: ${quoteList(rs)}.`);
  for (const r of others) lines.push(`To ${accountableLabel(r)}: ${r.decision.trim()}.`);
  return `${lines.join(' ')} Anything not listed goes to the weekly 1:1, where the two leaders first agree who owns it and then add it to the matrix.`;
}

function intakeBody(ws?: Workspace): string {
  const forums = (ws?.cadence ?? []).filter((m) => m.prereadChecklist.some((i) => i.trim())).map((m) => m.name.trim());
  const where = forums.length
    ? ` Forum-specific checklists (${forums.join(', ')}) are listed in the cadence appendix.`
    : '';
  return `A decision reaches a forum only with a written pre-read that lays out the options, the cost of each and the risk of each. Without one it waits for the next meeting.${where}`;
}

function riskBody(ws?: Workspace): string {
  if (!ws) {
    return 'No risk budgets are agreed yet. Set a reliability ceiling in downtime minutes per quarter, the issue classes that block a release, and the slip accepted on committed work at the next monthly strategy review.';
  }
  const b = ws.riskBudgets;
  const security = b.securityBlockingClasses.filter((c) => c.trim());
  return [
    `Reliability: the critical flows may be down for customers at most ${b.reliabilityMinutesPerQuarter} minutes per quarter; once that is spent, reliability work goes ahead of new features.`,
    security.length
      ? `Security: a release stops for any of these: ${security.join('; ')}.`
      : 'Security: no blocking issue classes are agreed yet.',
    `Delivery: committed work may slip by up to ${b.deliverySlipPercent}%; beyond that, scope or date is re-decided in the forum that owns it.`,
  ].join(' ');
}

export function buildPolicies(ws?: Workspace): PlanSection[] {
  return [
    { title: 'Decision intake', body: intakeBody(ws) },
    {
      title: 'Disagree and commit',
      body: `Debate on a decision stays open for at most ${DEBATE_WINDOW_DAYS} days. The accountable owner then closes it, records it in the decision log with a commit deadline, and both leaders back it in public. Reopening needs new facts and goes back to the same forum, not to chat.`,
    },
    { title: 'Escalation path', body: escalationBody(ws) },
    { title: 'Risk budget policy', body: riskBody(ws) },
  ];
}

export function buildPrinciples(ws?: Workspace): PlanSection[] {
  const flows = ws ? ws.riskBudgets.criticalFlows.map((f) => f.trim() || NOT_NAMED) : [NOT_NAMED, NOT_NAMED, NOT_NAMED];
  return [
    {
      title: 'Business-critical paths first',
      body: `The three user flows that must not break: ${flows.map((f, i) => `${i + 1}. ${f}`).join('; ')}. Architecture and on-call choices protect these before anything else.`,
    },
    {
      title: 'Thin platform, thick product',
      body: 'Platform work is funded when it removes a measurable constraint on the product, such as lead time, failure rate or cost per customer, and says which one.',
    },
    {
      title: 'Capacity is an input',
      body: 'Every roadmap carries a capacity line: engineers available after reliability and support work. Commitments are made against that line, not against hope.',
    },
  ];
}
