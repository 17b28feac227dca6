import { useState } from 'react';
import { useLocalPairStore } from '../../stores/local-pair-store';

/**
 * The take-turns setting could not be read: which rounds are private is unknown, so none is shown
 * (every sealed round counts as private), and the reader is told why, with a way to try again —
 * not "Loading…" with no end.
 */
export function PairUnreadable({ error }: { error: string }) {
  const [busy, setBusy] = useState(false);
  const retry = () => {
    setBusy(true);
    void useLocalPairStore
      .getState()
      .load()
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <div className="alert warn" role="alert" data-testid="pair-unreadable">
      <p>
        <strong>This laptop&apos;s take-turns setting could not be read ({error}).</strong> Until it can, no round is shown here: any sealed one may be
        one leader&apos;s private round.
      </p>
      <button type="button" className="small" onClick={retry} disabled={busy}>
        Try again
      </button>
    </div>
  );
}
