import { Suspense, lazy, useState } from 'react';
import { useAssessStore } from '../../stores/assess-store';
import { reviewStepHref } from './steps';

// With the comparison's store (not otherwise loaded by the Assess page). A failed load leaves the
// alert as it was (no check, nothing said about one), not the page to an error boundary.
const SealCheck = lazy(() => import('./SealCheck').catch(() => ({ default: () => null })));

/**
 * Accord closed with the seal dialog of a live comparison open, or just after its Seal now:
 * this laptop cannot tell which, so the answers stay frozen until the user says.
 */
export function UnsureSealAlert({ id, onReviewStep, onEditable }: { id: string; onReviewStep: boolean; onEditable?: () => void }) {
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
        <strong>Seal now</strong>, your partner may already have them:{' '}
        {onReviewStep ? 'seal again below' : <a href={reviewStepHref(id)}>review and seal again</a>} to store that same seal. If you did not, you
        can keep editing.
      </p>
      {/* The comparison this round was sealed in can tell: SealCheck resumes it and says how far it got. */}
      <Suspense fallback={null}>
        <SealCheck id={id} />
      </Suspense>
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
