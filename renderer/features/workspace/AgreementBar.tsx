/**
 * "Template / edited / agreed by both on <date>" for one artifact or row, with
 * the way to confirm it: live, each leader on their own laptop (this laptop
 * confirms only as its own role), or on one laptop with both names entered.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  agreementLabel,
  agreementState,
  contentHash,
  type AgreementInput,
  type AgreementRole,
  type BetBudget,
  type PairPolicies,
} from '../../../shared/workspace/agreement';
import type { GapFixes } from '../../../shared/plan/context';
import { GAP_FIXES, readGapFixes } from '../../sync/workspace-gap-fixes';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { agreementView } from './agreement-view';
import { docSnapshot } from '../../stores/workspace-doc-snapshot';
import { useCompareStore } from '../../stores/compare-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { readSeen } from '../../sync/agreement-seen';
import { AGREEMENT, BETS, POLICIES, confirm, readBets, readLocal, readPolicies, readOwnKeys, readShared, rememberedRole } from '../../sync/workspace-agreement';

interface Snapshot {
  agreement: AgreementInput;
  policies: PairPolicies;
  bets: BetBudget[];
  /** The pair's fix per gap (statement id → ladder). */
  gapFixes: GapFixes;
}

/** What the snapshot below reads: a change anywhere else (a matrix cell, the log) does not read it again. */
const AGREEMENT_SNAPSHOT_ROOTS = [AGREEMENT, POLICIES, BETS, GAP_FIXES];

const agreementSnapshot = docSnapshot<Snapshot>((doc) =>
  doc
    ? { agreement: { shared: readShared(doc), local: readLocal(), ownKeys: readOwnKeys(), seen: readSeen() }, policies: readPolicies(doc), bets: readBets(doc), gapFixes: readGapFixes(doc) }
    : { agreement: { shared: {}, local: {} }, policies: {}, bets: [], gapFixes: {} },
  AGREEMENT_SNAPSHOT_ROOTS,
);
const bump = agreementSnapshot.bump;

/** The shared agreement record, this laptop's own record and the pair's policies, live. */
export function useAgreement(): Snapshot {
  const snap = useSyncExternalStore(agreementSnapshot.subscribe, agreementSnapshot.snapshot);
  const live = useMyRole()?.role;
  // With this laptop's role (the live comparison's, else the one it last held in one), a
  // confirmation the partner filed under it is not counted as ours.
  const me = live ?? rememberedRole();
  return useMemo(() => (me ? { ...snap, agreement: { ...snap.agreement, me } } : snap), [snap, me]);
}

/** This laptop's role while a live comparison is set up; undefined in take-turns mode. */
function useMyRole(): { role: AgreementRole; name: string } | undefined {
  const roundId = useCompareStore((s) => s.meta?.roundId);
  const round = useRoundsStore((s) => s.rounds.find((r) => r.id === roundId));
  return round ? { role: round.role, name: round.personName } : undefined;
}

/**
 * `content` and `template` are for keys outside the workspace projection (a gap's
 * fix): the bar then judges that content directly.
 */
export function AgreementBar({
  agreementKey,
  label,
  content: given,
  template,
  agreedCaveat,
}: {
  agreementKey: string;
  label: string;
  content?: unknown;
  template?: unknown;
  /** Said after "agreed by both" (what the agreement left unset), as the plan prints it. */
  agreedCaveat?: string;
}) {
  const ws = useWorkspaceStore((s) => s.workspace);
  const { agreement, policies, bets } = useAgreement();
  const me = useMyRole();
  const [together, setTogether] = useState(false);
  const [names, setNames] = useState({ ceo: '', cto: '' });
  const [error, setError] = useState<string>();
  useEffect(() => setError(undefined), [agreementKey]);
  if (!ws) return null;
  const view = given === undefined ? agreementView(ws, policies, bets, agreement) : undefined;
  const content = given ?? view!.contents[agreementKey];
  if (content === undefined) return null;
  const hash = contentHash(content);
  const state = given !== undefined ? agreementState(agreementKey, given, template, agreement) : view!.states[agreementKey];
  const text = state?.kind === 'agreed' && agreedCaveat ? `${agreementLabel(state)}, ${agreedCaveat}` : agreementLabel(state);
  const mineDone = me ? agreement.local[agreementKey]?.[me.role] === hash : false;

  function run(who: { role: AgreementRole; name: string }[], mode: 'live' | 'together') {
    const doc = getWorkspaceDoc();
    if (!doc) return setError('The workspace is not open yet.');
    try {
      confirm(doc, agreementKey, hash, who, mode);
      bump();
      setTogether(false);
      setError(undefined);
    } catch (e) {
      setError(`Could not record the agreement on this laptop: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <div className={`ws-agreement ws-agreement-${state?.kind ?? 'template'}`} data-agreement={agreementKey}>
      <span className="ws-agreement-state" data-testid="agreement-state" role="status">
        {label}: {text}
      </span>
      {state?.kind !== 'agreed' &&
        (me ? (
          <button type="button" className="small" data-testid="agree-button" disabled={mineDone} onClick={() => run([me], 'live')}>
            {mineDone ? `You agreed (${me.role.toUpperCase()}); waiting for your partner` : `I agree (as ${me.role.toUpperCase()})`}
          </button>
        ) : together ? (
          <form
            className="row ws-agree-together"
            onSubmit={(e) => {
              e.preventDefault();
              if (!names.ceo.trim() || !names.cto.trim()) return setError('Enter both names: each leader confirms for themselves.');
              run(
                [
                  { role: 'ceo', name: names.ceo },
                  { role: 'cto', name: names.cto },
                ],
                'together',
              );
            }}
          >
            <label className="small">
              CEO name <input value={names.ceo} onChange={(e) => setNames({ ...names, ceo: e.target.value })} maxLength={120} />
            </label>
            <label className="small">
              CTO name <input value={names.cto} onChange={(e) => setNames({ ...names, cto: e.target.value })} maxLength={120} />
            </label>
            <button type="submit" className="small primary">
              We both agree
            </button>
            <button type="button" className="small ghost" onClick={() => setTogether(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button type="button" className="small" data-testid="agree-together-button" onClick={() => setTogether(true)}>
            Agree together on this laptop…
          </button>
        ))}
      {error && (
        <span className="field-error small" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
