/**
 * Policy and principle text for the plan. Numbers and owners come from the
 * workspace, and every number says whether both leaders agreed it: a value
 * nobody agreed prints as "proposed (not yet agreed)". No policy number lives
 * in code; the guide's values are only suggestions in the workspace.
 *
 * A policy's rule sentences (what happens with a pre-read, after a debate, to an
 * unlisted escalation, once a budget is spent) are the framework's, the same in
 * every plan: nothing in the workspace lets the pair agree them. Each is labelled
 * FRAMEWORK_RULE and comes first; the pair's own values (checklists, limit,
 * matrix, budgets) follow, next to the state line that stamps only them.
 */
import type { DecisionRow, Workspace } from '../workspace/types';
import { accountableLabel } from '../workspace/matrix';
import { unroutedReason } from './row-states';
import { betKey, policyKey, riskKey } from '../workspace/agreement';
import { betBudgetText, betPlanState } from './appendices';
import { isSetNumber, NOT_SET, RELIABILITY_NOT_SET, SLIP_NOT_SET } from '../workspace/not-set';
import { isAgreed, listedBets, plural, stateOf, statedAgreement, unlistedBetsText, type PlanContext } from './context';
import type { PlanSection } from './types';
import { preReadForums } from '../workspace/cadence';
import { checklistText, escalationForum } from './policy-cadence';

export const PROPOSED = 'proposed (not yet agreed)';

/** "7 days (agreed by both on …)" or "7 days, proposed (not yet agreed)". */
function value(ctx: PlanContext, key: string, text: string): string {
  return isAgreed(ctx, key) ? `${text} (${stateOf(ctx, key)})` : `${text}, ${PROPOSED}`;
}

const NOT_NAMED = 'not yet named';

/** Whether the pair named any critical flow: a list left blank carries no agreement state. */
const criticalFlowsNamed = (ws?: Workspace) => !!ws?.riskBudgets.criticalFlows.some((f) => f.trim());

/** The same in every plan: the framework's text, which nothing in the workspace lets the pair agree. */
export const FRAMEWORK_PRINCIPLE = "The framework's principle, the same in every plan: not a rule the two of you have agreed.";

/**
 * Text the plan supplies while the workspace has nothing to say (no forum, no valid matrix row).
 * It carries no agreement state: "agreed by both" under it would make the fallback the pair's rule.
 */
const frameworkDefault = (until: string) => `The framework's default text, printed until ${until}: not a rule the two of you have agreed.`;

/** Opens each of a policy's rule sentences: the state line under the policy stamps the pair's values, never these. */
export const FRAMEWORK_RULE = "The framework's rule, not one the two of you have agreed:";

/** A policy's state line: "edited" or "template" alone would read as settled to a board member. */
function sectionState(ctx: PlanContext, key: string): string {
  return statedAgreement(ctx, key);
}

function quoteList(rows: readonly DecisionRow[]): string {
  return rows.map((r) => r.decision.trim()).join('; ');
}

/** Decision rows complete enough to route an escalation (a missing forum does not change who owns it). */
function escalationRows(ws?: Workspace): DecisionRow[] {
  return (ws?.matrix ?? []).filter((r) => !unroutedReason(r));
}

/**
 * The matrix rows the path cannot route, each with why: an agreed "Layoffs and hiring freezes"
 * with nobody accountable left out without a word reads as a decision the matrix does not have.
 */
function unroutedText(ws?: Workspace): string {
  const rows = (ws?.matrix ?? []).flatMap((r) => {
    const why = unroutedReason(r);
    return why ? [`${r.decision.trim() || 'an unnamed row'} (${why})`] : [];
  });
  return rows.length ? ` Left out of this path until ${rows.length === 1 ? 'its row is' : 'their rows are'} complete: ${rows.join('; ')}.` : '';
}

/**
 * The forum the cadence holds for anything not listed: named only if the cadence has it ("the
 * weekly 1:1" under an agreed matrix of a cadence without one would be a forum nobody has).
 */
function forumText(ctx: PlanContext): string | undefined {
  const forum = escalationForum(ctx.ws?.cadence ?? []);
  if (!forum) return undefined;
  const why = forum.why === 'weekly-1on1' ? 'your weekly 1:1' : 'the most frequent meeting in your cadence';
  const cadence = isAgreed(ctx, 'cadence') ? '' : ', in a cadence not yet agreed';
  return `the ${forum.name} (${why}${cadence})`;
}

function unlistedRule(ctx: PlanContext): string {
  const forum = forumText(ctx);
  return forum
    ? `${FRAMEWORK_RULE} anything the matrix does not list goes to ${forum}, where the two leaders first agree who owns it and then add it to the matrix.`
    : `${FRAMEWORK_RULE} anything the matrix does not list goes to a standing meeting of the two leaders, where they first agree who owns it and then add it to the matrix. No default forum is set: the cadence has no meeting to take it.`;
}

function escalationBody(rows: readonly DecisionRow[]): string {
  const groups: [string, DecisionRow[]][] = [
    ['To the CTO', rows.filter((r) => accountableLabel(r) === 'CTO')],
    ['To the CEO', rows.filter((r) => accountableLabel(r) === 'CEO')],
    ['Joint CEO + CTO', rows.filter((r) => accountableLabel(r) === 'CEO + CTO')],
  ];
  const others = rows.filter((r) => !['CTO', 'CEO', 'CEO + CTO'].includes(accountableLabel(r)));
  const lines = groups.filter(([, rs]) => rs.length).map(([label, rs]) => `${label}: ${quoteList(rs)}.`);
  for (const r of others) lines.push(`To ${accountableLabel(r)}: ${r.decision.trim()}.`);
  return lines.join(' ');
}

function escalation(ctx: PlanContext): PlanSection {
  const rows = escalationRows(ctx.ws);
  if (rows.length === 0) {
    const forum = forumText(ctx);
    return {
      title: 'Escalation path',
      body: `There is no valid decision matrix yet. Until there is, raise every escalation ${forum ? `in ${forum}` : 'with both leaders together (the cadence has no meeting yet)'} and treat delivery dates and hiring as joint CEO + CTO calls.`,
      origin: frameworkDefault('the decision matrix has a row with one accountable owner'),
    };
  }
  const matrix = isAgreed(ctx, 'matrix') ? 'Your decision matrix' : 'Your decision matrix, as proposed (not yet agreed)';
  return { title: 'Escalation path', body: `${unlistedRule(ctx)} ${matrix}: ${escalationBody(rows)}${unroutedText(ctx.ws)}`, state: sectionState(ctx, 'matrix') };
}

const INTAKE_RULE = 'A decision reaches a forum only with a written pre-read that lays out the options, the cost of each and the risk of each. Without one it waits for the next meeting.';

function intake(ctx: PlanContext): PlanSection {
  const forums = preReadForums(ctx.ws?.cadence ?? []);
  if (!forums.length) return { title: 'Decision intake', body: INTAKE_RULE, origin: frameworkDefault('the cadence has a meeting with a pre-read checklist') };
  // The cadence's state stamps the pair's checklists, in their words: never the framework's
  // options, cost and risk, which their checklists may not ask for at all.
  const rule = `${FRAMEWORK_RULE} a decision reaches a forum only with a written pre-read that lays out the options, the cost of each and the risk of each; without one it waits for the next meeting.`;
  return { title: 'Decision intake', body: `${rule} ${checklistText(forums)}`, state: sectionState(ctx, 'cadence') };
}

function riskBody(ctx: PlanContext): string {
  const ws = ctx.ws;
  if (!ws) {
    return 'No risk budgets yet. Set a reliability ceiling in downtime minutes per quarter, the issue classes that block a release, and the slip accepted on committed work, for each big bet, and agree them in the workspace.';
  }
  const b = ws.riskBudgets;
  const security = b.securityBlockingClasses.filter((c) => c.trim());
  return [
    `${FRAMEWORK_RULE} once the reliability budget is spent, reliability work goes ahead of new features; once committed work slips past its budget, scope or date is re-decided in the forum that owns it. Your budgets:`,
    // A budget the shared doc holds no number for (NaN) is said to be missing, never printed as "NaN minutes".
    isSetNumber(b.reliabilityMinutesPerQuarter)
      ? `Reliability: the critical flows may be down for customers at most ${value(ctx, riskKey('reliability'), `${b.reliabilityMinutesPerQuarter} minutes per quarter`)}.`
      : `Reliability: ${RELIABILITY_NOT_SET.toLowerCase()} (set it in the workspace, Risk budgets).`,
    security.length
      ? `Security: a release stops for any of these: ${value(ctx, riskKey('security'), security.join('; '))}.`
      : 'Security: no blocking issue classes written yet.',
    isSetNumber(b.deliverySlipPercent)
      ? `Delivery: committed work may slip by up to ${value(ctx, riskKey('delivery'), `${b.deliverySlipPercent}%`)}.`
      : `Delivery: ${SLIP_NOT_SET.toLowerCase()} (set it in the workspace, Risk budgets).`,
    ctx.bets.length
      ? `Per big bet: ${[...listedBets(ctx).bets.map((bet) => `${bet.name.trim() || 'unnamed bet'}: ${isAgreed(ctx, betKey(bet.id)) ? `${betBudgetText(bet)} (${betPlanState(ctx, bet)})` : value(ctx, betKey(bet.id), betBudgetText(bet))}`), unlistedBetsText(listedBets(ctx).unlisted)].filter(Boolean).join('. ')}.`
      : 'No big bet has its own risk budget yet.',
  ].join(' ');
}

function debateBody(ctx: PlanContext): string {
  const days = ctx.policies.debateDays;
  const limit =
    days === undefined
      ? 'Your debate limit: not set yet (set it in the workspace, Decision log).'
      : `Your debate limit: a decision stays open for debate at most ${value(ctx, policyKey('debateDays'), plural(days, 'day', 'days'))}.`;
  return `${FRAMEWORK_RULE} once the debate limit runs out, the accountable owner closes the decision, records it in the decision log with a commit deadline, and both leaders back it in public; reopening needs new facts and goes back to the same forum, not to chat. ${limit}`;
}

/** No limit set is nothing agreed, whatever was confirmed: the state says the limit is missing. */
const DEBATE_NOT_SET = `debate limit ${NOT_SET}, not yet agreed by both`;

export function buildPolicies(ctx: PlanContext): PlanSection[] {
  return [
    intake(ctx),
    {
      title: 'Disagree and commit',
      body: debateBody(ctx),
      state: ctx.policies.debateDays === undefined ? DEBATE_NOT_SET : sectionState(ctx, policyKey('debateDays')),
    },
    escalation(ctx),
    { title: 'Risk budget policy', body: riskBody(ctx), state: sectionState(ctx, 'riskBudgets') },
  ];
}

export function buildPrinciples(ctx: PlanContext): PlanSection[] {
  const ws = ctx.ws;
  const flows = ws ? ws.riskBudgets.criticalFlows.map((f) => f.trim() || NOT_NAMED) : [NOT_NAMED, NOT_NAMED, NOT_NAMED];
  return [
    {
      title: 'Business-critical paths first',
      body: `The three user flows that must not break: ${flows.map((f, i) => `${i + 1}. ${f}`).join('; ')}. Architecture and on-call choices protect these before anything else.`,
      // The flows are the pair's risk-budget text: agreed or not, like the policies. With none
      // named there is nothing of theirs in it: "agreed by both" would make the blanks their rule.
      ...(criticalFlowsNamed(ws) ? { state: sectionState(ctx, 'riskBudgets') } : { origin: frameworkDefault('the risk budgets name a critical flow') }),
    },
    {
      title: 'Thin platform, thick product',
      body: 'Platform work is funded when it removes a measurable constraint on the product, such as lead time, failure rate or cost per customer, and says which one.',
      origin: FRAMEWORK_PRINCIPLE,
    },
    {
      title: 'Capacity is an input',
      body: 'Every roadmap carries a capacity line: engineers available after reliability and support work. Commitments are made against that line, not against hope.',
      origin: FRAMEWORK_PRINCIPLE,
    },
  ];
}
