import { useEffect, useRef, useState } from 'react';
import type { Round } from '../../../shared/assessment/types';
import { FRAMEWORK } from '../../../shared/framework/content';
import { progress } from '../../../shared/assessment/scoring';
import { useAssessStore } from '../../stores/assess-store';
import { navigate } from '../../app/router';
import { revealWindowClosed } from '../../stores/reveal-window';

export function ReviewStep({ round, onGoTo }: { round: Round; onGoTo(step: number): void }) {
  const seal = useAssessStore((s) => s.seal);
  const prepareSeal = useAssessStore((s) => s.prepareSeal);
  const dropPreparedSeal = useAssessStore((s) => s.dropPreparedSeal);
  // A seal whose write failed stays: the answers are frozen and "Seal now" retries it.
  const sealFailed = useAssessStore((s) => s.sealError !== undefined);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const p = progress(round);
  const unansweredWarnings = FRAMEWORK.warningSigns.filter((w) => !round.warnings[w.id]).length;

  // Leaving the page with the dialog open closes it without a close event.
  useEffect(() => dropPreparedSeal, [dropPreparedSeal]);

  function openDialog() {
    setError(null);
    // In a live comparison: the seal is written while the user reads this (see prepareSeal).
    prepareSeal();
    dialogRef.current?.showModal();
    // Start on the safe choice: sealing cannot be undone.
    cancelRef.current?.focus();
  }

  async function confirmSeal() {
    setBusy(true);
    try {
      // In a live comparison the partner may be waiting on our next message: the page updates after it left.
      await seal({ beforeShowing: revealWindowClosed });
      const sealed = useAssessStore.getState().round;
      if (!sealed?.sealedAt) throw new Error(useAssessStore.getState().saveError ?? 'the round could not be saved');
      dialogRef.current?.close();
      navigate({ name: 'results', id: round.id });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <p className="muted">Check what is left, then seal. Sealing locks your answers so they can be compared fairly.</p>
      <ul className="list-plain">
        {FRAMEWORK.areas.map((area, i) => {
          const a = p.perArea[area.id];
          return (
            <li key={area.id} className="card row" style={{ justifyContent: 'space-between' }}>
              <span>
                <strong>{area.title}</strong> — {a.answered} of {a.total} answered
              </span>
              {a.answered < a.total && !round.sealedAt && (
                <button type="button" onClick={() => onGoTo(i)}>
                  Finish this area
                </button>
              )}
            </li>
          );
        })}
        <li className="card">
          <strong>Warning signs</strong> — {FRAMEWORK.warningSigns.length - unansweredWarnings} of {FRAMEWORK.warningSigns.length} answered
        </li>
      </ul>
      {!round.sealedAt && (
        <div className="row">
          <button type="button" className="primary seal-open" onClick={openDialog}>
            Seal my answers…
          </button>
          {p.answered < p.total && <span className="muted small">Unanswered statements count as skipped.</span>}
        </div>
      )}
      <dialog ref={dialogRef} aria-labelledby="seal-title" onClose={dropPreparedSeal}>
        <h2 id="seal-title">Seal this round?</h2>
        <p>
          You answered {p.answered} of {p.total} statements. After sealing you can no longer change your answers; you will see your own
          results, and can compare once your partner has sealed too.
        </p>
        {error && (
          <p className="field-error" role="alert">
            Could not seal: {error}
            {sealFailed && ' — your answers stay as you sealed them; “Seal now” tries to store them again.'}
          </p>
        )}
        <div className="row">
          <button type="button" className="primary" onClick={confirmSeal} disabled={busy}>
            Seal now
          </button>
          <button type="button" ref={cancelRef} onClick={() => dialogRef.current?.close()}>
            {sealFailed ? 'Close' : 'Keep editing'}
          </button>
        </div>
      </dialog>
    </div>
  );
}
