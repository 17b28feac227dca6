import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { privacyWith, useLocalPairStore } from '../../stores/local-pair-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { useAssessStore } from '../../stores/assess-store';
import { PairUnreadable } from './PairUnreadable';

/** Keeps one person's round out of sight of the other on a shared laptop. */
export function PrivateGate({ roundId, children }: { roundId: string; children: ReactNode }) {
  const { pair, unlocked, unlock, justSealed, loaded, load, loadError, lockAll } = useLocalPairStore();
  useEffect(() => {
    if (!loaded) void load().catch(() => undefined);
  }, [loaded, load]);
  const rounds = useRoundsStore((s) => s.rounds); // re-check when a round is sealed
  // The round as the page read it from storage: sealed there, it is sealed, whatever an older
  // list in memory says (a second tab that listed it while it was still being answered).
  const opened = useAssessStore((s) => (s.round?.id === roundId ? s.round : undefined));
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Until the pair setting is read, any round may be private: nothing of it yet.
  if (!loaded && loadError) return <PairUnreadable error={loadError} />;
  if (!loaded) return <p className="loading" role="status">Loading…</p>;
  const isSealed = (id: string) => Boolean(rounds.find((r) => r.id === id)?.sealedAt || (opened?.id === id && opened.sealedAt));
  const privacy = privacyWith(roundId, { pair, unlocked }, isSealed);
  // Its owner, who just sealed it (or opened it with their passphrase), still sees it until they
  // leave this round's pages: says so, with the way to hide it before walking away from the laptop.
  const ownersView = (justSealed === roundId && privacy !== 'open') || unlocked.includes(roundId);
  if (ownersView) {
    return (
      <>
        <p className="page alert warn row" role="note" data-testid="owners-view" style={{ justifyContent: 'space-between' }}>
          <span>Only you should see this: your round stays private while you take turns on this laptop.</span>
          <button
            type="button"
            className="small"
            onClick={() => {
              lockAll();
              location.hash = '#/compare/local';
            }}
          >
            Hide it and hand over
          </button>
        </p>
        {children}
      </>
    );
  }
  if (privacy === 'open') return <>{children}</>;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!(await unlock(roundId, passphrase))) setError('That passphrase does not open this round.');
  }

  return (
    <section className="page card empty" aria-labelledby="private-title" data-testid="private-round">
      <h1 id="private-title">This round is private</h1>
      {privacy === 'hidden' ? (
        <p>It is sealed and stays hidden until both of you have sealed. Then the comparison opens for both.</p>
      ) : (
        <form onSubmit={submit} className="stack" style={{ maxWidth: 360, margin: '0 auto' }}>
          <p>Its owner protected it with a personal passphrase while you take turns on this laptop.</p>
          <label className="field">
            Passphrase
            <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoFocus autoComplete="off" />
          </label>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="primary">
            Open my round
          </button>
        </form>
      )}
      <p>
        <a href="#/compare/local">Back to taking turns</a>
      </p>
    </section>
  );
}
