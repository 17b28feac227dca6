/**
 * Default translation-ladder text per diagnostic area, used for a gap when
 * the workspace has no ladder entry linked to it. Each ask names a decision
 * with a date horizon, so the plan never ends on "let's talk more".
 */
import type { AreaId } from '../framework/types';
import type { Gap } from '../assessment/types';
import type { LadderEntry, Workspace } from '../workspace/types';
import { ladderCompleteness } from '../workspace/ladder';
import type { PlanLadder } from './types';

export const AREA_LADDERS: Readonly<Record<AreaId, PlanLadder>> = {
  'decision-boundaries': {
    workItem: 'Agree one accountable owner per decision type and write it into the decision matrix.',
    systemEffect: 'Calls stop being reopened in chat; each decision has an owner and a forum.',
    customerEffect: 'Committed dates hold more often because scope stops shifting mid-build.',
    businessEffect: 'Fewer roadmap resets, each of which can cost two to six weeks.',
    decisionAsk: 'Sign off the matrix within 14 days, including which rows are joint.',
  },
  'communication-quality': {
    workItem: 'Rewrite the weekly update as ladder entries and a shared set of five to eight metrics.',
    systemEffect: 'Engineering news reaches the CEO framed as options with cost and risk.',
    customerEffect: 'Reliability problems get funded before customers feel them.',
    businessEffect: 'Spend and roadmap calls are made on trends rather than anecdotes.',
    decisionAsk: 'Approve the metric definitions and targets at the next monthly strategy review.',
  },
  'strategic-alignment': {
    workItem: 'Map each engineering initiative to a company goal and add a capacity line to the roadmap.',
    systemEffect: 'Work with no link to a goal becomes visible and can be cut or deferred.',
    customerEffect: 'What ships matches what Sales has promised to customers.',
    businessEffect: 'More engineering time goes to work that moves revenue and retention.',
    decisionAsk: 'Decide which unmapped initiatives to cut or defer before quarterly planning.',
  },
  'conflict-resolution': {
    workItem: 'Adopt a disagree-and-commit rule with a fixed debate window and a written escalation path.',
    systemEffect: 'Debates close on a known date and are logged with who decided.',
    customerEffect: 'Work no longer stalls while the same question is argued again.',
    businessEffect: 'Teams keep their focus; fewer senior engineers leave over churned priorities.',
    decisionAsk: 'Agree the debate window and the escalation path within 14 days.',
  },
};

function fromEntry(e: LadderEntry): PlanLadder {
  return {
    workItem: e.workItem,
    systemEffect: e.systemEffect,
    customerEffect: e.customerEffect,
    businessEffect: e.businessEffect,
    decisionAsk: e.decisionAsk,
  };
}

/** The first complete workspace entry linked to this gap's statement, if any. */
export function linkedLadderEntry(gap: Pick<Gap, 'statementId'>, ws?: Workspace): LadderEntry | undefined {
  return ws?.ladder.find((e) => e.statementIds?.includes(gap.statementId) && ladderCompleteness(e).complete);
}

export function ladderForGap(gap: Pick<Gap, 'statementId' | 'areaId'>, ws?: Workspace): { ladder: PlanLadder; source: 'workspace' | 'area' } {
  const entry = linkedLadderEntry(gap, ws);
  return entry ? { ladder: fromEntry(entry), source: 'workspace' } : { ladder: { ...AREA_LADDERS[gap.areaId] }, source: 'area' };
}
