import { lazy, Suspense, useState } from 'react';
import { useFileExchangeStore } from '../../stores/file-exchange-store';
import { PartnerText } from '../../app/PartnerText';

const ComparisonView = lazy(() => import('./ComparisonView'));

/** The fingerprint, as digits grouped for reading aloud. */
function Fingerprint({ value, testId }: { value: string; testId: string }) {
  return (
    <p className="fingerprint row" data-testid={testId} aria-label={`Fingerprint ${value}`} style={{ gap: '0.75rem', margin: 0 }}>
      {value.split(' ').map((group, i) => (
        <code key={i} style={{ fontSize: '1.5rem', letterSpacing: '0.08em', fontWeight: 600 }}>
          {group}
        </code>
      ))}
    </p>
  );
}

/** "Export sealed file" on a results page, then the fingerprint to read out to the partner. */
export function SealedFileExport({ roundId }: { roundId: string }) {
  const { exportRound, exported, exportError } = useFileExchangeStore();
  const [busy, setBusy] = useState(false);
  const mine = exported?.roundId === roundId ? exported : undefined;
  return (
    <div className="stack">
      <p className="row">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await exportRound(roundId);
            setBusy(false);
          }}
        >
          Export sealed file
        </button>
        <span className="muted small">For comparing without a network: hand the file to your partner.</span>
      </p>
      {exportError && (
        <p className="field-error" role="alert" data-testid="export-error">
          {exportError}
        </p>
      )}
      {mine && (
        <div className="card stack fingerprint-card" role="status" data-testid="export-fingerprint">
          <strong>Saved {mine.fileName}. Its fingerprint:</strong>
          <Fingerprint value={mine.fingerprint} testId="fingerprint" />
          <p className="small">
            Read these digits to your partner by phone or in person — not in the same message as the file. Their laptop shows the same digits
            on import only if the file is exactly the one you sealed. Each export seals afresh, so read out the digits of the file you hand over.
          </p>
        </div>
      )}
    </div>
  );
}

/** Comparing with no network: import the partner's sealed file, check its fingerprint, see the same comparison. */
export function FileImportCard({ roundId }: { roundId: string }) {
  const { importFile, error, pending, confirmImport, rejectImport } = useFileExchangeStore();
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
            await importFile(file, roundId);
            setBusy(false);
          }}
        />
      </label>
      {pending && (
        <div className="card stack fingerprint-card" role="alertdialog" aria-labelledby="fingerprint-check" data-testid="import-fingerprint">
          <p id="fingerprint-check">
            <strong>
              Check before opening: <PartnerText text={pending.partner.personName} />&apos;s file has this fingerprint.
            </strong>
          </p>
          <Fingerprint value={pending.fingerprint} testId="fingerprint" />
          <p className="small">
            Ask <PartnerText text={pending.partner.personName} /> to read you the digits their laptop showed when they exported — by phone or in person. If the
            digits differ, the file is not the one they sealed (it was edited or swapped on the way), even though it checks out on its own.
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={async () => {
                if (await confirmImport()) location.hash = '#/compare/file';
              }}
            >
              The digits match — open the comparison
            </button>
            <button type="button" className="danger" onClick={rejectImport}>
              They do not match
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function FileComparison() {
  const { comparison, notice, clear } = useFileExchangeStore();
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
      {notice && (
        <p className="alert warn" role="alert" data-testid="planted-partner-round">
          {notice}
        </p>
      )}
      <Suspense fallback={<p className="loading">Loading comparison…</p>}>
        <ComparisonView comparison={comparison} />
      </Suspense>
    </section>
  );
}
