import { useState } from 'react';
import { useAssessStore } from '../../stores/assess-store';
import { reviewStepHref } from './steps';

/**
 * Accord closed with the seal dialog of a live comparison open, or just after its Seal now:
 * this laptop cannot tell which, so the answers stay frozen until the user says.
 */
export function UnsureSealAlert({ id, onEditable }: { id: string; onEditable?: () => void }) {
  const keepEditing = useAssessStore((s) => s.keepEditing);
  const [error, setError] = useState<string | null>(null);

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
        <strong>Seal now</strong>, your partner may already have them: <a href={reviewStepHref(id)}>review and seal again</a> to store that same
        seal. If you did not, you can keep editing.
      </p>
      <div className="row">
        <button type="button" onClick={() => void onKeepEditing()}>
          I did not seal: keep editing
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          Could not unfreeze the answers: {error}
        </p>
      )}
    </div>
  );
}
