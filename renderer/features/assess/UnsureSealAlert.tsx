import { useEffect, useState } from 'react';
import { useAssessStore } from '../../stores/assess-store';
import { reviewStepHref } from './steps';

/**
 * Accord closed with the seal dialog of a live comparison open, or just after its Seal now:
 * this laptop cannot tell which, so the answers stay frozen until the user says.
 */
export function UnsureSealAlert({ id, onReviewStep, onEditable }: { id: string; onReviewStep: boolean; onEditable?: () => void }) {
  const keepEditing = useAssessStore((s) => s.keepEditing);
  const [error, setError] = useState<string | null>(null);
  // The comparison this round was sealed in can tell: if the room holds our commitment to
  // exactly this seal, Seal now was pressed, and it takes the seal as ours (this alert goes).
  useEffect(() => {
    void import('../../stores/compare-store').then(({ useCompareStore }) => useCompareStore.getState().resumeFor(id)).catch(() => undefined);
  }, [id]);

  async function onKeepEditing() {
    setError(null);
    try {
      await keepEditing();
      // This alert (and the button that had focus) is gone: focus goes back to the page.
      onEditable?.();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <div className="alert" role="alert" data-testid="seal-unsure">
      <p>
        Accord closed while you were sealing this round in a live comparison, so your answers are frozen as they were. If you pressed{' '}
        <strong>Seal now</strong>, your partner may already have them:{' '}
        {onReviewStep ? 'seal again below' : <a href={reviewStepHref(id)}>review and seal again</a>} to store that same seal. If you did not, you
        can keep editing.
      </p>
      <div className="row">
        <button type="button" onClick={() => void onKeepEditing()}>
          I did not seal: keep editing
        </button>
      </div>
      {error && (
        // Inside the alert, which announces what is added to it.
        <p className="field-error">
          Could not unfreeze the answers: {error}
        </p>
      )}
    </div>
  );
}
