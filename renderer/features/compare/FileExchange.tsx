import { lazy, Suspense, useState } from 'react';
import { useFileExchangeStore, type PendingImport } from '../../stores/file-exchange-store';
import { PartnerText } from '../../app/PartnerText';
import { localDayOf } from '../../../shared/workspace/dates';

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
        <span className="muted small">For comparing without a network: swap files with your partner.</span>
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
          {/* Whoever opens the other's file first could still choose their own answers: README, "Sealed files". */}
          <p className="small" data-testid="export-handover">
            Hand your file over only in exchange for your partner&apos;s: swap at the same time, or read both fingerprints to each other before either
            file changes hands. Whoever gets the other&apos;s file before sealing their own can read it first — question a file your partner sealed after
            you handed yours over.
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * The file's round and seal date, and plainly when it looks like another round than this laptop's:
 * a truthful fingerprint does not say which round a file is (shared/reveal/file-round.ts).
 */
const looksLikeAnotherRound = ({ roundCheck }: PendingImport) => roundCheck.otherLabel || roundCheck.sealGapDays !== undefined;

function FileRound({ pending }: { pending: PendingImport }) {
  const { partner, roundCheck, myRoundLabel } = pending;
  const gap = roundCheck.sealGapDays;
  return (
    <>
      <p className="small" data-testid="import-round">
        Round: “<PartnerText text={partner.roundLabel} />”, sealed {localDayOf(partner.sealedAt)}.
      </p>
      {looksLikeAnotherRound(pending) && (
        <p className="alert warn small" id="fingerprint-round-warning" data-testid="import-round-warning">
          This may not be the round you are comparing:{' '}
          {roundCheck.otherLabel && (
            <>
              yours is “<PartnerText text={myRoundLabel} />”
            </>
          )}
          {roundCheck.otherLabel && gap !== undefined && ', and '}
          {gap !== undefined && `it was sealed ${Math.abs(gap)} days ${gap < 0 ? 'before' : 'after'} yours`}. If you open it, History and the repair plan
          keep it as <PartnerText text={partner.personName} />
          &apos;s answers for your round — ask them which round they exported.
        </p>
      )}
    </>
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
        <div
          className="card stack fingerprint-card"
          role="alertdialog"
          aria-labelledby="fingerprint-check"
          aria-describedby={looksLikeAnotherRound(pending) ? 'fingerprint-round-warning' : undefined}
          data-testid="import-fingerprint"
        >
          <p id="fingerprint-check">
            <strong>
              Check before opening: <PartnerText text={pending.partner.personName} />&apos;s file has this fingerprint.
            </strong>
          </p>
          <FileRound pending={pending} />
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
