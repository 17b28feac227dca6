/**
 * What the plan knows about the workspace: its content, the pair's policy
 * numbers and the agreement state of every artifact. Without a workspace
 * nothing is agreed.
 */
import type { LadderEntry, Workspace } from '../workspace/types';
import {
  agreementLabel,
  agreementState,
  agreementStates,
  betKey,
  gapFixKey,
  type AgreementInput,
  type AgreementState,
  type BetBudget,
  type PairPolicies,
  contentHash,
} from '../workspace/agreement';
import { DEFAULT_LADDER, defaultWorkspace } from '../framework/workspace-defaults';
import { templateFix } from './statement-fixes';
import type { PlanLadder } from './types';

/** The pair's fix per statement id (the workspace's gap-fix cells). */
export type GapFixes = Readonly<Record<string, PlanLadder>>;

export interface PlanWorkspaceInput {
  workspace: Workspace;
  policies?: PairPolicies;
  agreement?: AgreementInput;
  /** Big bets with their own risk budgets. */
  bets?: readonly BetBudget[];
  /** The pair's fix per gap (statement id → ladder), as written in the workspace. */
  gapFixes?: GapFixes;
}

export interface PlanContext {
  ws?: Workspace;
  policies: PairPolicies;
  bets: readonly BetBudget[];
  gapFixes: GapFixes;
  states: Readonly<Record<string, AgreementState>>;
}

/** Template content to compare against; dates are not part of it (see agreement.ts). */
const TEMPLATE = defaultWorkspace(new Date(2000, 0, 3));

export function planContext(input?: PlanWorkspaceInput): PlanContext {
  if (!input) return { policies: {}, bets: [], gapFixes: {}, states: {} };
  const policies = input.policies ?? {};
  const agreement = input.agreement ?? { shared: {}, local: {} };
  const bets = input.bets ?? [];
  const gapFixes = input.gapFixes ?? {};
  const states = agreementStates(input.workspace, TEMPLATE, policies, agreement, bets);
  for (const [id, ladder] of Object.entries(gapFixes)) {
    let template: PlanLadder | undefined;
    try {
      template = templateFix(id).ladder;
    } catch {
      continue; // a statement this version does not know: nothing to print it against
    }
    states[gapFixKey(id)] = agreementState(gapFixKey(id), ladder, template, agreement);
  }
  return { ws: input.workspace, policies, bets, gapFixes, states };
}

export const isAgreed = (ctx: PlanContext, key: string) => ctx.states[key]?.kind === 'agreed';
export const stateOf = (ctx: PlanContext, key: string) => (ctx.ws ? agreementLabel(ctx.states[key]) : 'not started');
/** stateOf as a sentence can carry it to a board member: a bare "template" or "edited" reads as settled. */
export const statedAgreement = (ctx: PlanContext, key: string) =>
  isAgreed(ctx, key) || !ctx.ws ? stateOf(ctx, key) : `${stateOf(ctx, key)}, not yet agreed by both`;

/** "1 entry", "2 entries". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SHIPPED_LADDER = new Map(DEFAULT_LADDER.map((e) => [e.id, contentHash(e)]));

/**
 * A translation-ladder entry still exactly as shipped (the framework's illustrative example), in
 * a guide the two of them have not agreed: not their translation. Once both agree the guide, its
 * entries are theirs, examples or not.
 */
export function isShippedExample(ctx: PlanContext, e: LadderEntry): boolean {
  return !isAgreed(ctx, 'ladder') && SHIPPED_LADDER.get(e.id) === contentHash(e);
}

export const SHIPPED_EXAMPLE = 'shipped example, not yet rewritten or agreed by the two of you';

/** Big bets not agreed by both that the plan names; past these it counts them (listedBets). */
export const MAX_LISTED_PROPOSED_BETS = 10;

/**
 * The big bets the plan names: every bet agreed by both (only both leaders' confirmations make
 * one), and the first MAX_LISTED_PROPOSED_BETS of the others; `unlisted` counts the rest. A
 * company has a handful of big bets; a partner's 20,000 (inside the sync guard's caps) must not
 * turn the plan into a 20,000-row PDF.
 */
export function listedBets(ctx: PlanContext): { bets: BetBudget[]; unlisted: number } {
  const bets: BetBudget[] = [];
  let proposed = 0;
  let unlisted = 0;
  for (const b of ctx.bets) {
    if (isAgreed(ctx, betKey(b.id))) bets.push(b);
    else if (proposed++ < MAX_LISTED_PROPOSED_BETS) bets.push(b);
    else unlisted++;
  }
  return { bets, unlisted };
}

/** "and 19,990 more proposed in the workspace (not agreed by both), not listed here"; '' for none. */
export const unlistedBetsText = (n: number) => (n ? `and ${n.toLocaleString('en-US')} more proposed in the workspace (not agreed by both), not listed here` : '');
