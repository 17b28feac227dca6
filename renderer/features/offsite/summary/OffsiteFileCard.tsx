/**
 * The offsite without a network: capture on one laptop, export its offsite file, the
 * other laptop imports it, confirms, and exports its own back. The file is the
 * partner's claim: it brings their captures and their confirmations, never one for
 * this laptop's user (see shared/offsite/offsite-merge.ts).
 */
import { useId, useMemo, useState } from 'react';
import { laptopLeader } from '../../../../shared/offsite/laptop-role';
import { shownExcerpt } from '../../../../shared/workspace/bidi';
import { useRoundsStore } from '../../../stores/rounds-store';
import { useMe } from '../capture/use-offsite';
import { exportOffsiteFile, importOffsiteFile } from './offsite-file';

type Result = { kind: 'export'; text: string } | { kind: 'import'; lines: string[] } | { kind: 'error'; text: string };

export function OffsiteFileCard() {
  const uid = useId();
  const me = useMe();
  const rounds = useRoundsStore((s) => s.rounds);
  // The file name's company: this leader's own rounds first, else any round here (as the plan's name does).
  const company = useMemo(() => {
    const own = laptopLeader(rounds)?.company;
    return own ? own : (rounds.map((r) => r.companyName?.trim() ?? '').find(Boolean) ?? '');
  }, [rounds]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();

  async function onExport() {
    if (!me) return;
    setBusy(true);
    const r = await exportOffsiteFile({ ...me, company }).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
    setBusy(false);
    setResult(
      r.ok
        ? { kind: 'export', text: `Saved ${r.fileName}: ${r.captures} ${r.captures === 1 ? 'capture' : 'captures'} with your ${r.confirmations} ${r.confirmations === 1 ? 'confirmation' : 'confirmations'}. Hand it to your partner to import.` }
        : { kind: 'error', text: `Could not export the offsite file: ${r.error}` },
    );
  }

  async function onImport(file: File) {
    setBusy(true);
    const r = await importOffsiteFile(file, me?.role).catch((e: unknown) => ({ ok: false as const, error: `Could not import “${shownExcerpt(file.name, 80)}”: ${e instanceof Error ? e.message : String(e)}` }));
    setBusy(false);
    setResult(r.ok ? { kind: 'import', lines: r.lines } : { kind: 'error', text: r.error });
  }

  return (
    <section className="card os-file no-print" aria-labelledby={`${uid}-h`} data-testid="offsite-file">
      <h2 id={`${uid}-h`} className="os-file-title">
        No network? Exchange offsite files
      </h2>
      <p className="muted small">
        Capture and confirm on one laptop, export its offsite file and hand it over (USB stick, AirDrop). Your partner imports it, confirms what they
        agree to, and exports theirs back for you to import: then both laptops show what you both agreed. The file is your partner&apos;s claim — it
        brings their captures and their confirmations, never a confirmation for you. Where their captures change a value held here,
        the result names it, and a version kept just before lets you put it back (Versions, on the workspace page).
      </p>
      {!me && (
        <p className="small os-file-note" data-testid="offsite-file-no-role">
          This laptop has no single leader (it holds rounds of both roles, or none), so it cannot export an offsite file in anyone&apos;s name. Start your
          own round here first, or confirm together on this laptop.
        </p>
      )}
      <div className="row os-file-row">
        <button type="button" className="primary" data-testid="offsite-export" disabled={busy || !me} onClick={() => void onExport()}>
          Export offsite file{me ? ` (as ${me.role.toUpperCase()})` : ''}
        </button>
        <label className="field os-file-input">
          Import offsite file
          <input
            type="file"
            accept=".json,application/json"
            data-testid="offsite-import-input"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onImport(file);
            }}
          />
        </label>
      </div>
      {result?.kind === 'export' && (
        <p className="small" role="status" data-testid="offsite-export-status">
          {result.text}
        </p>
      )}
      {result?.kind === 'import' && (
        <div className="os-file-result" role="status" data-testid="offsite-import-result">
          <ul>
            {result.lines.map((l, i) => (
              // Two replaced values can read alike (two bets of one name): the index keeps the keys apart.
              <li key={`${i}:${l}`}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      {result?.kind === 'error' && (
        <p className="field-error" role="alert" data-testid="offsite-import-error">
          {result.text}
        </p>
      )}
    </section>
  );
}
