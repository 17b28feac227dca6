import { lazy, Suspense, useState, type FormEvent } from 'react';
import type { Role, Round } from '../../../shared/assessment/types';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { defaultRoundLabel } from '../../../shared/assessment/round';
import { progress } from '../../../shared/assessment/scoring';
import { payloadFromRound } from '../../../shared/reveal/payload';
import { buildComparison } from '../../../shared/session/comparison';
import { useLocalPairStore } from '../../stores/local-pair-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { navigate } from '../../app/router';

const ComparisonView = lazy(() => import('../compare/ComparisonView'));

/** Same-laptop mode: blind rounds taken in turn, then one reveal for both. */
export default function LocalPairPage() {
  const { pair, reset, lockAll, discardPrivateAndReset } = useLocalPairStore();
  const rounds = useRoundsStore((s) => s.rounds);
  const [resetRefused, setResetRefused] = useState<string>();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const discard = async () => {
    await discardPrivateAndReset();
    setConfirmDiscard(false);
    setResetRefused(undefined);
  };
  const find = (id?: string) => rounds.find((r) => r.id === id);
  const ceo = find(pair?.ceoRoundId);
  const cto = find(pair?.ctoRoundId);
  const complete = Boolean(ceo?.sealedAt && cto?.sealedAt);

  return (
    <section className="page stack" aria-labelledby="local-title">
      <div className="page-head">
        <div>
          <h1 id="local-title">Take turns on this laptop</h1>
          <p className="muted">
            One of you answers and seals, then hands the laptop over. Sealed answers stay hidden from the other person until both are sealed; a personal
            passphrase lets you reopen your own round meanwhile.
          </p>
        </div>
        {pair && (
          <button type="button" className="ghost" onClick={() => void reset().then(setResetRefused)}>
            Start over
          </button>
        )}
      </div>
      {resetRefused && (
        <div className="alert error stack" role="alert" data-testid="reset-refused">
          <p>{resetRefused}</p>
          {confirmDiscard ? (
            <p className="row">
              <span>Delete the private round(s) for good? Nobody will see them, and they cannot be brought back.</span>
              <button type="button" className="danger" data-testid="discard-private" onClick={() => void discard()}>
                Yes, delete them and start over
              </button>
              <button type="button" onClick={() => setConfirmDiscard(false)}>
                Keep them
              </button>
            </p>
          ) : (
            <p>
              A passphrase forgotten, or a turn that will never be taken?{' '}
              <button type="button" className="small" onClick={() => setConfirmDiscard(true)}>
                Delete the private round(s) and start over…
              </button>
            </p>
          )}
        </div>
      )}
      {!complete && (
        <div className="grid">
          <Slot role="ceo" round={ceo} other={cto} />
          <Slot role="cto" round={cto} other={ceo} />
        </div>
      )}
      {!complete && (ceo || cto) && (
        <p className="row">
          <button type="button" onClick={lockAll}>
            Lock my round and hand over
          </button>
        </p>
      )}
      {complete && ceo && cto && (
        <>
          <div className="card row" style={{ justifyContent: 'space-between' }}>
            <span>
              <strong>Both sealed.</strong> This is the reveal.
            </span>
            <span className="row">
              <a className="button primary" href="#/present/local">
                Present on the big screen
              </a>
              <a className="button" href="#/plan">
                Repair plan
              </a>
            </span>
          </div>
          <Suspense fallback={<p className="loading">Loading comparison…</p>}>
            <ComparisonView comparison={buildComparison(payloadFromRound(ceo), payloadFromRound(cto))} />
          </Suspense>
        </>
      )}
    </section>
  );
}

function Slot({ role, round, other }: { role: Role; round?: Round; other?: Round }) {
  const assign = useLocalPairStore((s) => s.assign);
  const create = useRoundsStore((s) => s.create);
  const remove = useRoundsStore((s) => s.remove);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const title = ROLE_LABELS[role];

  async function start(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setError('Please enter your name.');
    const id = await create({
      role,
      personName: name.trim(),
      kind: other?.kind ?? 'quarterly-reset',
      label: other?.label ?? defaultRoundLabel('quarterly-reset', new Date()),
      event: other?.event,
      companyName: other?.companyName,
    });
    try {
      await assign(role, id, passphrase || undefined);
    } catch (err) {
      // Not this turn's: the empty round just made goes again.
      await remove(id).catch(() => undefined);
      return setError(err instanceof Error ? err.message : String(err));
    }
    navigate({ name: 'assess', id, step: 0 });
  }

  if (!round) {
    return (
      <form className="card stack" onSubmit={start} aria-label={`${title} turn`} data-testid={`slot-${role}`}>
        <h2>
          <span className={`badge ${role}`}>{title}</span> Not started
        </h2>
        <label className="field">
          {title} name
          <input type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          Personal passphrase <span className="muted small">(optional — lets only you reopen your round)</span>
          <input type="password" value={passphrase} maxLength={200} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          Start the {title} round
        </button>
      </form>
    );
  }
  const p = progress(round);
  return (
    <div className="card stack" data-testid={`slot-${role}`}>
      <h2>
        <span className={`badge ${role}`}>{title}</span> {round.personName}
      </h2>
      <p className="muted">{round.sealedAt ? `${title}: sealed ✓` : `${title}: answering… (${p.answered} of ${p.total})`}</p>
      {!round.sealedAt && (
        <a className="button primary" href={`#/assess/${round.id}/0`}>
          Continue the {title} round
        </a>
      )}
    </div>
  );
}
