import { lazy, Suspense, useState } from 'react';
import { useFileExchangeStore } from '../../stores/file-exchange-store';

const ComparisonView = lazy(() => import('./ComparisonView'));

/** Comparing with no network: import the partner's sealed file, see the same comparison. */
export function FileImportCard({ roundId }: { roundId: string }) {
  const { importFile, error } = useFileExchangeStore();
  const [busy, setBusy] = useState(false);
  return (
    <div className="card stack">
      <h2>No network? Exchange files</h2>
      <p className="muted">
        Export your sealed round from its results page, hand the file over (USB stick, AirDrop), and import your partner&apos;s here.
      </p>
      <label className="field">
        Partner&apos;s sealed file
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy || !roundId}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setBusy(true);
            const ok = await importFile(file, roundId);
            setBusy(false);
            if (ok) location.hash = '#/compare/file';
          }}
        />
      </label>
      {error && (
        <p className="field-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function FileComparison() {
  const { comparison, clear } = useFileExchangeStore();
  if (!comparison) {
    return (
      <section className="page card empty">
        <h1>No file imported</h1>
        <p>Import your partner&apos;s sealed file from the Compare page.</p>
        <a className="button primary" href="#/compare">
          Back to Compare
        </a>
      </section>
    );
  }
  return (
    <section className="page stack" aria-labelledby="file-title">
      <div className="page-head">
        <h1 id="file-title">Comparison from a sealed file</h1>
        <span className="row">
          <a className="button" href="#/present/file">
            Present
          </a>
          <a className="button primary" href="#/plan">
            Export repair plan
          </a>
          <a
            className="button"
            href="#/compare"
            onClick={() => {
              clear();
            }}
          >
            Close
          </a>
        </span>
      </div>
      <Suspense fallback={<p className="loading">Loading comparison…</p>}>
        <ComparisonView comparison={comparison} />
      </Suspense>
    </section>
  );
}
