/**
 * Every agreement bar on the workspace page needs the agreement contents and states of the whole
 * workspace (a row's state follows its artifact's). Computed once per snapshot and shared by all
 * the bars: computed by each bar, a matrix with a bar per row cost rows × (hash every row) on
 * every render — a partner's 500 added rows (500 tiny entries, far inside the guard's caps) made
 * each keystroke on the page take tens of seconds.
 */
import { planContext } from '../../../shared/plan/context';
import { agreementContents, type AgreementInput, type AgreementState, type BetBudget, type PairPolicies } from '../../../shared/workspace/agreement';
import type { Workspace } from '../../../shared/workspace/types';

export interface AgreementView {
  contents: Readonly<Record<string, unknown>>;
  states: Readonly<Record<string, AgreementState>>;
}

let last: { ws: Workspace; policies: PairPolicies; bets: readonly BetBudget[]; shared: unknown; local: unknown; me: unknown; view: AgreementView } | undefined;

/**
 * The workspace's agreement contents and states. `agreement` may be a fresh object per caller (each
 * bar's hook adds this laptop's role to the shared snapshot), so the cache keys on what it holds.
 */
export function agreementView(ws: Workspace, policies: PairPolicies, bets: readonly BetBudget[], agreement: AgreementInput): AgreementView {
  const l = last;
  if (l && l.ws === ws && l.policies === policies && l.bets === bets && l.shared === agreement.shared && l.local === agreement.local && l.me === agreement.me) return l.view;
  const view = { contents: agreementContents(ws, policies, bets), states: planContext({ workspace: ws, policies, agreement, bets }).states };
  last = { ws, policies, bets, shared: agreement.shared, local: agreement.local, me: agreement.me, view };
  return view;
}
