import { useState, type FormEvent } from 'react';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { useCompareStore } from '../../stores/compare-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { useOpenRounds } from '../../stores/local-pair-store';
import { FileImportCard } from './FileExchange';

/** Before a comparison: choose your round, then host, join, take turns or import a sealed file. */
export function StartPanel() {
  // Only rounds whose privacy is open: a private round taken in turns is never offered here.
  const allRounds = useOpenRounds();
  const loaded = useRoundsStore((s) => s.loaded);
  // A partner's received round is never the one you compare as.
  const rounds = allRounds.filter((r) => !r.receivedFrom);
  const { host, join, busy, error } = useCompareStore();
  const [roundId, setRoundId] = useState('');
  const [code, setCode] = useState('');
  const chosen = roundId || rounds[0]?.id || '';

  if (loaded && rounds.length === 0) {
    return (
      <div className="card empty">
        <h2>First, a round of your own</h2>
        <p>A comparison puts two sealed rounds side by side — the CEO&apos;s and the CTO&apos;s. Start yours; you can host or join before you finish it.</p>
        <div className="row" style={{ justifyContent: 'center' }}>
          <a className="button primary" href="#/new">
            Start a round
          </a>
          <a className="button" href="#/compare/local">
            Take turns on this laptop
          </a>
        </div>
      </div>
    );
  }

  function submitJoin(e: FormEvent) {
    e.preventDefault();
    void join(code, chosen);
  }

  return (
    <>
      <label className="field" style={{ maxWidth: 480 }}>
        Your round
        <select value={chosen} onChange={(e) => setRoundId(e.target.value)} name="round">
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {ROLE_LABELS[r.role]} · {r.personName} · {r.label}
              {r.sealedAt ? ' (sealed)' : ''}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <div className="grid">
        <div className="card stack">
          <h2>Host a comparison</h2>
          <p className="muted">Shows an invite code and QR code for your partner. Works on the office Wi-Fi with no internet.</p>
          <button type="button" className="primary" onClick={() => void host(chosen)} disabled={busy || !chosen}>
            Host comparison
          </button>
        </div>
        <div className="card stack">
          <h2>One laptop, taking turns</h2>
          <p className="muted">For an offsite with one laptop and a projector: blind rounds in turn, then a presentation view.</p>
          <a className="button" href="#/compare/local">
            Take turns on this laptop
          </a>
        </div>
        <FileImportCard roundId={chosen} />
        <form className="card stack" onSubmit={submitJoin}>
          <h2>Join your partner</h2>
          <label className="field">
            Invite code
            <input type="text" name="invite" value={code} onChange={(e) => setCode(e.target.value)} placeholder="192.168.1.20:5173/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6" autoComplete="off" spellCheck={false} />
          </label>
          <button type="submit" className="primary" disabled={busy || !chosen || !code.trim()}>
            Join
          </button>
        </form>
      </div>
    </>
  );
}
