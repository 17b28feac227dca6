/**
 * What the plan knows about the workspace: its content, the pair's policy
 * numbers and the agreement state of every artifact. Without a workspace
 * nothing is agreed.
 */
import type { Workspace } from '../workspace/types';
import {
  agreementLabel,
  agreementStates,
  type AgreementInput,
  type AgreementState,
  type BetBudget,
  type PairPolicies,
} from '../workspace/agreement';
import { defaultWorkspace } from '../framework/workspace-defaults';

export interface PlanWorkspaceInput {
  workspace: Workspace;
  policies?: PairPolicies;
  agreement?: AgreementInput;
  /** Big bets with their own risk budgets. */
  bets?: readonly BetBudget[];
}

export interface PlanContext {
  ws?: Workspace;
  policies: PairPolicies;
  bets: readonly BetBudget[];
  states: Readonly<Record<string, AgreementState>>;
}

/** Template content to compare against; dates are not part of it (see agreement.ts). */
const TEMPLATE = defaultWorkspace(new Date(2000, 0, 3));

export function planContext(input?: PlanWorkspaceInput): PlanContext {
  if (!input) return { policies: {}, bets: [], states: {} };
  const policies = input.policies ?? {};
  const agreement = input.agreement ?? { shared: {}, local: {} };
  const bets = input.bets ?? [];
  return { ws: input.workspace, policies, bets, states: agreementStates(input.workspace, TEMPLATE, policies, agreement, bets) };
}

export const isAgreed = (ctx: PlanContext, key: string) => ctx.states[key]?.kind === 'agreed';
export const stateOf = (ctx: PlanContext, key: string) => (ctx.ws ? agreementLabel(ctx.states[key]) : 'not started');

/** "1 entry", "2 entries". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
