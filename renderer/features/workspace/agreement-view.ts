/**
 * Every agreement bar on the workspace page needs the agreement contents and states of the whole
 * workspace (a row's state follows its artifact's). Computed once per snapshot and shared by all
 * the bars: computed by each bar, a matrix with a bar per row cost rows × (hash every row) on
 * every render — a partner's 500 added rows (500 tiny entries, far inside the guard's caps) made
 * each keystroke on the page take tens of seconds.
 *
 * The bets' part is computed apart, only when the bets or the agreement record change: a bet's state
 * does not depend on the workspace (no artifact of its own to follow), and recomputed with it, a
 * partner's 20,000 bets were hashed again on every keystroke anywhere in the workspace.
 */
import { planContext } from '../../../shared/plan/context';
import {
  agreementState,
  betKey,
  type AgreementInput,
  type AgreementState,
  type BetBudget,
  type PairPolicies,
  agreementContents,
} from '../../../shared/workspace/agreement';
import type { Workspace } from '../../../shared/workspace/types';

export interface AgreementView {
  contents: Readonly<Record<string, unknown>>;
  states: Readonly<Record<string, AgreementState>>;
}

type Key = { shared: unknown; local: unknown; me: unknown };
const sameRecord = (a: Key, b: AgreementInput) => a.shared === b.shared && a.local === b.local && a.me === b.me;

let last: { ws: Workspace; policies: PairPolicies; bets: readonly BetBudget[]; record: Key; view: AgreementView } | undefined;
let lastBets: { bets: readonly BetBudget[]; record: Key; view: AgreementView } | undefined;

function betsView(bets: readonly BetBudget[], agreement: AgreementInput): AgreementView {
  const l = lastBets;
  if (l && l.bets === bets && sameRecord(l.record, agreement)) return l.view;
  const contents: Record<string, unknown> = {};
  const states: Record<string, AgreementState> = {};
  // As agreementStates gives them: each bet's own state (no template, no artifact to follow).
  for (const b of bets) {
    contents[betKey(b.id)] = b;
    states[betKey(b.id)] = agreementState(betKey(b.id), b, undefined, agreement);
  }
  const view = { contents, states };
  lastBets = { bets, record: { shared: agreement.shared, local: agreement.local, me: agreement.me }, view };
  return view;
}

/**
 * The workspace's agreement contents and states. `agreement` may be a fresh object per caller (each
 * bar's hook adds this laptop's role to the shared snapshot), so the cache keys on what it holds.
 */
export function agreementView(ws: Workspace, policies: PairPolicies, bets: readonly BetBudget[], agreement: AgreementInput): AgreementView {
  const l = last;
  if (l && l.ws === ws && l.policies === policies && l.bets === bets && sameRecord(l.record, agreement)) return l.view;
  const own = betsView(bets, agreement);
  const view = {
    contents: { ...agreementContents(ws, policies, []), ...own.contents },
    states: { ...planContext({ workspace: ws, policies, agreement, bets: [] }).states, ...own.states },
  };
  last = { ws, policies, bets, record: { shared: agreement.shared, local: agreement.local, me: agreement.me }, view };
  return view;
}
