import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { MAX_BACKUP_BYTES, backupFileName, parseBackup, serializeBackup, type Backup } from '../../../shared/backup/format';
import { planRestore, type RestoreMode, type RestorePlan } from '../../../shared/backup/plan';
import { PlanSummary } from './RestorePlanSummary';
import { choicesLeftOutText, mergeKeptText } from './restore-preview';
import { BackupRepository, type RestorePhase } from '../../data/backup-repository';
import { snapshotWorkspace } from '../../sync/workspace-owner';
import { stopWritersForRestore } from '../../stores/restore-writers';
import { tellOtherTabs } from '../../stores/restore-tabs';
import { platform } from '../../platform';
import { privateRoundsNow, redactPairSetting, roundsOpenedBy } from '../../stores/local-pair-store';
import { services } from '../../stores/services';
import { shownExcerpt } from '../../../shared/workspace/bidi';

/** Survives the reload that follows a restore, so the result can be shown afterwards. */
const RESTORED_KEY = 'accord.backup.restored';
/** The same for a restore that failed after the open workspace was closed (it reloads too). */
const FAILED_KEY = 'accord.backup.failed';
/** Set once the open workspace was closed for a restore: from then on only a reload brings it back. */
let workspaceClosed = false;
/** The restore being written, until the other tabs are told it is over (restore-tabs.ts). */
let restoring: RestoreMode | undefined;
/** Before this page reloads, or as it goes: the other tabs reload from storage then. */
function tellTabsDone() {
  if (restoring) tellOtherTabs({ restore: restoring, phase: 'done' });
  restoring = undefined;
}
/** Set when the restore stopped a live comparison: the summary says so (it reconnects after the reload if still stored). */
let comparisonStopped = false;

type Loaded = { fileName: string; backup: Backup; plans: Record<RestoreMode, RestorePlan> };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const STOPPED_TEXT =
  ' The live comparison was stopped for the restore; it reconnects now if this laptop still holds it, otherwise start it again on the Compare page.';

/** Subtrees the restore left out as nested too deep (deep-types.ts), named with where they were. */
function leftOutText(dropped: readonly string[]): string {
  if (dropped.length === 0) return '';
  const shown = dropped.slice(0, 5).join('; ');
  return ` Left out: ${shown}${dropped.length > 5 ? `; and ${dropped.length - 5} more` : ''}.`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

function repository(): BackupRepository | undefined {
  const db = services().db;
  // Before a restore writes anything (Merge too: it adds), keep the workspace as it was (restorable from Versions).
  // Then every live writer stops (restore-writers.ts): a late save would put the old state back over the restore.
  return db
    ? new BackupRepository(db, {
        beforeRestore: async () => void (await snapshotWorkspace('before-backup-restore', services().docs)),
        beforeWrite: async (mode) => {
          workspaceClosed = true;
          // Other tabs stop writing too: a save of theirs after the restore's would undo it.
          restoring = mode;
          tellOtherTabs({ restore: mode, phase: 'writing' });
          window.addEventListener('pagehide', tellTabsDone, { once: true });
          ({ comparisonStopped } = await stopWritersForRestore());
        },
      })
    : undefined;
}

export function BackupPanel() {
  const repo = useRef<BackupRepository | undefined>(undefined);
  repo.current ??= repository();
  const [exportMsg, setExportMsg] = useState<{ text: string; warn?: string; private?: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  /** Locked rounds the last export left out; their owner may type the passphrase to include them. */
  const [lockedLeft, setLockedLeft] = useState<string[]>([]);
  const [ownerPass, setOwnerPass] = useState('');
  const [passError, setPassError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [errors, setErrors] = useState<{ fileName: string; list: string[] } | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [phase, setPhase] = useState<RestorePhase | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const done = sessionStorage.getItem(RESTORED_KEY);
    if (done) {
      sessionStorage.removeItem(RESTORED_KEY);
      setRestored(done);
    }
    const failed = sessionStorage.getItem(FAILED_KEY);
    if (failed) {
      sessionStorage.removeItem(FAILED_KEY);
      try {
        setErrors(JSON.parse(failed) as { fileName: string; list: string[] });
      } catch {
        /* not ours: nothing to show */
      }
    }
  }, []);

  if (!repo.current) {
    return (
      <div className="card" id="backup">
        <h2>Backup</h2>
        <p className="muted">This window keeps its data in memory only, so there is nothing to back up or restore into.</p>
      </div>
    );
  }
  const backups = repo.current;

  async function exportBackup(include: readonly string[] = []) {
    setExporting(true);
    setExportMsg(null);
    setPassError(null);
    try {
      const now = new Date();
      // Taking turns on this laptop: a private round stays here until its owner unlocks it (or both have sealed).
      const found = await privateRoundsNow();
      const privateNow = { locked: found.locked.filter((id) => !include.includes(id)), hidden: found.hidden };
      setLockedLeft(privateNow.locked);
      const leaveOut = new Set([...privateNow.locked, ...privateNow.hidden]);
      const { backup, skipped } = await backups.exportAll(now, { leaveOut, redactSetting: redactPairSetting });
      const left = [
        privateNow.locked.length
          ? `${plural(privateNow.locked.length, 'locked round')} left out — ${privateNow.locked.length === 1 ? 'its owner' : 'their owners'} can unlock ${privateNow.locked.length === 1 ? 'it' : 'them'} to include ${privateNow.locked.length === 1 ? 'it' : 'them'}`
          : '',
        privateNow.hidden.length
          ? `${plural(privateNow.hidden.length, 'private sealed round')} left out — included once both of you have sealed`
          : '',
      ].filter(Boolean);
      const name = backupFileName(now);
      const result = await platform.saveFile(name, 'application/json', serializeBackup(backup));
      if (!result.saved) {
        setLockedLeft([]);
        return setExportMsg({ text: 'Export cancelled; nothing was saved.' });
      }
      setExportMsg({
        text: `Saved ${result.path ?? name}: ${plural(backup.rounds.length, 'round')}, ${plural(backup.docs.length, 'shared document')}, ${plural(
          Object.keys(backup.settings ?? {}).length,
          'setting',
        )}.`,
        private: left.length ? `${left.join('; ')}.` : undefined,
        warn: skipped.length
          ? `${plural(skipped.length, 'stored record')} could not be read and ${skipped.length === 1 ? 'is' : 'are'} not in the backup: ${skipped
              .map((s) => s.id)
              .join(', ')}.`
          : undefined,
      });
    } catch (e) {
      setExportMsg({ text: '', warn: `The backup could not be made: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setExporting(false);
    }
  }

  async function includeLocked(e: FormEvent) {
    e.preventDefault();
    const opened = await roundsOpenedBy(ownerPass, lockedLeft);
    setOwnerPass('');
    if (opened.length === 0) return setPassError('That passphrase does not open the locked round; nothing more was exported.');
    await exportBackup(opened);
  }

  async function chooseFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setErrors(null);
    setLoaded(null);
    setConfirming(false);
    setRestored(null);
    if (!file) return;
    // The file's name may be the partner's choice: shown short and with no bidi override (bidi.ts).
    const fileName = shownExcerpt(file.name, 80);
    if (file.size > MAX_BACKUP_BYTES) {
      setErrors({ fileName, list: [`input: the file is ${mb(file.size)}; a backup can be at most ${mb(MAX_BACKUP_BYTES)}`] });
      return;
    }
    setReading(true);
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) return setErrors({ fileName, list: parsed.errors });
      const current = await backups.current();
      setLoaded({
        fileName,
        backup: parsed.value,
        plans: { merge: planRestore(current, parsed.value, 'merge'), replace: planRestore(current, parsed.value, 'replace') },
      });
    } catch (err) {
      setErrors({ fileName, list: [`input: could not read the file (${err instanceof Error ? err.message : String(err)})`] });
    } finally {
      setReading(false);
    }
  }

  async function restore() {
    if (!loaded) return;
    setConfirming(false);
    setPhase('checking');
    try {
      const { plan, keptLocalValues, dropped } = await backups.restore(loaded.backup, mode, setPhase);
      const r = plan.rounds;
      const summary =
        mode === 'replace'
          ? `Replaced everything with ${loaded.fileName}: ${plural(loaded.backup.rounds.length, 'round')} and ${plural(loaded.backup.docs.length, 'shared document')}.`
          : `Merged ${loaded.fileName}: ${plural(r.add.length, 'round')} added, ${plural(r.keep.length, 'local round')} kept as they were${
              leftOut(r.keptOut)
            }, ${plural(plan.docs.merge.length + plan.docs.add.length, 'shared document')} merged or added.${mergeKeptText(plan, keptLocalValues)}`;
      sessionStorage.setItem(RESTORED_KEY, summary + choicesLeftOutText(plan) + leftOutText(dropped) + (comparisonStopped ? STOPPED_TEXT : ''));
      // Reload so every open view (the workspace doc above all) starts again from the restored data.
      tellTabsDone();
      location.reload();
    } catch (err) {
      const failed = { fileName: loaded.fileName, list: [err instanceof Error ? err.message : String(err)] };
      if (workspaceClosed) {
        // The workspace the other pages hold was closed: edits there would no longer be saved. Start again from storage.
        sessionStorage.setItem(FAILED_KEY, JSON.stringify(failed));
        tellTabsDone();
        location.reload();
        return;
      }
      setPhase(null);
      setErrors(failed);
      setLoaded(null);
    }
  }

  function reset() {
    setLoaded(null);
    setErrors(null);
    setConfirming(false);
    if (fileInput.current) fileInput.current.value = '';
  }

  const plan = loaded?.plans[mode];
  const busy = phase !== null;

  return (
    <div className="card stack backup-panel" id="backup" aria-labelledby="backup-title">
      <div>
        <h2 id="backup-title">Backup</h2>
        <p className="muted small">
          One JSON file with every round, the shared workspace (decision log and artifacts) and your settings — to keep safe or to move
          Accord to another laptop. It is not encrypted: store it like you would the laptop itself. Your own confirmations of what the two of
          you agreed in the workspace are not in it, so that no file can agree in your name: on another laptop, you agree to them again.
        </p>
      </div>

      {restored && (
        <p className="alert ok" role="status" data-testid="restore-done">
          ✓ {restored}
        </p>
      )}

      <div className="row">
        <button type="button" className="primary" onClick={() => void exportBackup()} disabled={exporting || busy}>
          {exporting ? 'Exporting…' : 'Export backup'}
        </button>
        {exportMsg?.text && (
          <span className="small" role="status" data-testid="export-done">
            {exportMsg.text}
          </span>
        )}
      </div>
      {exportMsg?.private && (
        <p className="alert small" role="status" data-testid="export-private">
          {exportMsg.private}
        </p>
      )}
      {lockedLeft.length > 0 && (
        <form className="row" style={{ alignItems: 'flex-end' }} onSubmit={(e) => void includeLocked(e)} aria-label="Include a locked round">
          <label className="field">
            Owner&apos;s passphrase, to include it
            <input type="password" value={ownerPass} onChange={(e) => setOwnerPass(e.target.value)} autoComplete="off" />
          </label>
          <button type="submit" disabled={!ownerPass || exporting}>
            Include it and export again
          </button>
        </form>
      )}
      {passError && (
        <p className="field-error" role="alert">
          {passError}
        </p>
      )}
      {exportMsg?.warn && <p className="alert warn small">{exportMsg.warn}</p>}

      <div className="restore stack">
        <h3>Restore from backup</h3>
        <label className="field file-field">
          Backup file
          <input ref={fileInput} type="file" accept="application/json,.json" onChange={(e) => void chooseFile(e)} disabled={busy} />
        </label>
        <p className="muted small">Choosing a file changes nothing yet: you see what it would do first.</p>
        {reading && (
          <p role="status" className="small">
            <progress /> Reading and checking the file…
          </p>
        )}

        {errors && (
          <div className="alert error" role="alert" data-testid="restore-error">
            <strong>{errors.fileName} cannot be restored. Nothing was changed.</strong>
            <ul className="small error-list">
              {errors.list.slice(0, 12).map((e, i) => (
                <li key={i}>
                  <code>{e.split(': ')[0]}</code>: {e.slice(e.indexOf(': ') + 2)}
                </li>
              ))}
            </ul>
            {errors.list.length > 12 && <p className="small">…and {errors.list.length - 12} more.</p>}
          </div>
        )}

        {loaded && plan && (
          <div className="restore-preview stack" data-testid="restore-preview">
            <p>
              <strong>{loaded.fileName}</strong> — exported {new Date(loaded.backup.exportedAt).toLocaleString()}:{' '}
              {plural(loaded.backup.rounds.length, 'round')}, {plural(loaded.backup.docs.length, 'shared document')},{' '}
              {plural(Object.keys(loaded.backup.settings ?? {}).length, 'setting')}.
            </p>
            <fieldset disabled={busy}>
              <legend>How to restore</legend>
              <div className="choice-row restore-modes">
                <label>
                  <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => {
                      setMode('merge');
                      setConfirming(false);
                    }} />{' '}
                  <strong>Merge</strong> — keep everything here, add what is missing: nothing here is deleted or replaced; a round here stays as it
                  is (a different copy in the backup is left out); the workspace gains the backup&apos;s items and keeps every one of yours, with
                  its texts, values and order as they are here; a version of the workspace is kept first, to undo the Merge
                </label>
                <label>
                  <input type="radio" name="restore-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
                  <strong>Replace</strong> — make this laptop exactly like the backup, the gaps chosen to work on and the take-turns pair
                  included (Merge never takes those from a file): the way to restore your own backup onto a new laptop
                </label>
              </div>
            </fieldset>
            <PlanSummary plan={plan} />
            {busy ? (
              <p role="status" className="small" data-testid="restore-progress">
                <progress /> {phase === 'checking' ? 'Checking the shared documents…' : 'Writing… (all or nothing)'}
              </p>
            ) : confirming ? (
              <div className="alert warn stack" role="alertdialog" aria-labelledby="replace-confirm">
                <p id="replace-confirm">
                  <strong>Replace everything on this laptop?</strong> {plural(plan.rounds.remove.length, 'round')} and{' '}
                  {plural(plan.docs.remove.length, 'shared document')} that are not in the backup will be deleted. This cannot be undone — export
                  a backup of this laptop first if unsure.
                </p>
                <div className="row">
                  <button type="button" className="danger" onClick={() => void restore()}>
                    Yes, replace everything
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </div>
              </div>
            ) : (
              <div className="row">
                <button type="button" className={mode === 'replace' ? 'danger' : 'primary'} onClick={() => (mode === 'replace' ? setConfirming(true) : void restore())}>
                  {mode === 'replace' ? 'Replace everything…' : 'Merge into this laptop'}
                </button>
                <button type="button" className="ghost" onClick={reset}>
                  Cancel
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

/** ", 1 differing copy and 1 unsealed round of the other leader's left out" (or "1 private round taken in turns"): each reason in its own words. */
function leftOut(keptOut: RestorePlan['rounds']['keptOut']): string {
  const other = keptOut.filter((k) => k.reason === 'other-leader').length;
  const locked = keptOut.filter((k) => k.reason === 'locked' || k.reason === 'pair-unreadable').length;
  const differing = keptOut.length - other - locked;
  const parts = [
    ...(differing ? [plural(differing, 'differing copy', 'differing copies')] : []),
    ...(other ? [`${plural(other, 'unsealed round')} of the other leader's`] : []),
    // Kept private by the backup's take-turns pair, whose lock a Merge does not take (shared/backup/plan.ts).
    ...(locked ? [`${plural(locked, 'private round')} taken in turns`] : []),
  ];
  return parts.length ? `, ${parts.join(' and ')} left out` : '';
}
