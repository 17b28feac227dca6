/**
 * A fix per gap: a ladder built from the artifact that repairs the statement,
 * named after the statement itself, so two gaps never print the same text. It is
 * the template the pair starts from in the workspace's Gap fixes.
 */
import { statementById } from '../framework/content';
import type { Statement } from '../framework/types';
import type { PlanLadder } from './types';


type FixArtifact = 'matrix' | 'ladder' | 'cadence' | 'riskBudgets' | 'metrics' | 'dependencies' | 'log';

/** The artifact that repairs each statement (the guide's artifacts, by what the statement is about). */
export const STATEMENT_ARTIFACT: Readonly<Record<string, FixArtifact>> = {
  'db-1': 'matrix', 'db-2': 'matrix', 'db-3': 'log', 'db-4': 'riskBudgets', 'db-5': 'matrix', 'db-6': 'matrix',
  'cq-1': 'ladder', 'cq-2': 'ladder', 'cq-3': 'cadence', 'cq-4': 'metrics', 'cq-5': 'metrics', 'cq-6': 'dependencies',
  'sa-1': 'cadence', 'sa-2': 'ladder', 'sa-3': 'dependencies', 'sa-4': 'ladder', 'sa-5': 'metrics', 'sa-6': 'cadence',
  'cr-1': 'log', 'cr-2': 'log', 'cr-3': 'log', 'cr-4': 'matrix', 'cr-5': 'log', 'cr-6': 'cadence',
};

const BY_ARTIFACT: Record<FixArtifact, (s: Statement) => PlanLadder> = {
  matrix: (s) => ({
    workItem: `Write the decision-matrix rows behind "${s.short}": one accountable owner each, or an explicit joint call.`,
    systemEffect: 'Decisions stop being settled in DMs and hallway pings ("decision snacking"); each has an owner and a forum.',
    customerEffect: 'Committed dates hold because scope stops shifting mid-build.',
    businessEffect: 'Fewer roadmap resets, each of which can cost two to six weeks.',
    decisionAsk: `Both leaders agree the rows for "${s.short}" in the workspace by day 7.`,
  }),
  ladder: (s) => ({
    workItem: `Translate the next engineering topic behind "${s.short}" rung by rung, from work item to decision ask.`,
    systemEffect: 'Updates name the system effect (latency, failure rate) instead of the task.',
    customerEffect: 'The CEO hears what customers will feel, before the decision window closes.',
    businessEffect: 'Budget, scope and timing calls are made on business effect, not on vocabulary.',
    decisionAsk: `Agree the translation guide, including "${s.short}", by day 10.`,
  }),
  cadence: (s) => ({
    workItem: `Give "${s.short}" a forum: which meeting takes it, and what its pre-read must contain.`,
    systemEffect: 'The decision lands in a meeting on the calendar, not in a late-night Slack thread.',
    customerEffect: 'Bets are shaped with engineering before Sales promises a date.',
    businessEffect: 'The CTO is in strategy early, where top-performing companies involve their tech leaders.',
    decisionAsk: 'Agree the cadence and put it on both calendars by day 3.',
  }),
  riskBudgets: (s) => ({
    workItem: `Write a risk budget for each big bet ("${s.short}"): downtime ceiling, release-blocking issues, accepted slip.`,
    systemEffect: 'Risk stops being absorbed silently by the CTO to protect the narrative.',
    customerEffect: 'Reliability of the critical flows is protected before customers feel incidents.',
    businessEffect: '"Move fast" means the same thing to both leaders; trade-offs such as a 20% slip or a cut scope are explicit.',
    decisionAsk: 'Agree the budgets per big bet in the monthly strategy review, by day 16.',
  }),
  metrics: (s) => ({
    workItem: `Pick the exec metrics that show "${s.short}" and define each word once.`,
    systemEffect: 'Reliability and delivery trends are visible next to feature output.',
    customerEffect: 'Quality is funded before it turns into incidents customers feel.',
    businessEffect: 'Spend and roadmap calls are made on trends rather than anecdotes.',
    decisionAsk: 'Agree five to eight metric definitions and targets by day 14.',
  }),
  dependencies: (s) => ({
    workItem: `Map the top dependencies of the biggest roadmap item for "${s.short}": green, yellow or red.`,
    systemEffect: 'Dependency chains (auth, billing, data model) show up before the date is promised.',
    customerEffect: 'Launches hold because surprise coupling is found in planning, not in the build.',
    businessEffect: 'The CEO sees the blast radius before deciding, so dates are credible with Sales.',
    decisionAsk: 'Put the map in the CEO\'s pre-read and decide scope or date by day 21.',
  }),
  log: (s) => ({
    workItem: `Log every decision behind "${s.short}" with its options, forum, owner and commit date.`,
    systemEffect: 'Debates close on a known date and reopen only with new facts, in the same forum.',
    customerEffect: 'Work no longer stalls while the same question is argued again.',
    businessEffect: 'Teams keep their focus; fewer senior engineers leave over churned priorities.',
    decisionAsk: 'Agree the debate limit and who closes a debate by day 18.',
  }),
};

export function fallbackFix(s: Statement): PlanLadder {
  return BY_ARTIFACT[(Object.hasOwn(STATEMENT_ARTIFACT, s.id) && STATEMENT_ARTIFACT[s.id]) || 'matrix'](s);
}

/** The framework's fix for a statement: the template the pair starts from. */
export function templateFix(statementId: string): { ladder: PlanLadder; source: 'content' | 'fallback' } {
  const s = statementById(statementId);
  if (!s) throw new RangeError(`Unknown statement "${statementId}".`);
  return { ladder: fallbackFix(s), source: 'fallback' };
}
