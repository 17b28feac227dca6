import { useCallback, useEffect, useState } from 'react';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { REASON_TEXT, type VersionMeta, type VersionReason } from '../../sync/workspace-versions';
import { versionWhen } from '../../sync/version-records';

const when = versionWhen;
const why = (reason: string) => REASON_TEXT[reason as VersionReason] ?? reason;

/**
 * The kept versions of the workspace: when, why, and how each differs from now.
 * Restoring one is an ordinary edit (it syncs to the partner; Undo takes it back),
 * and the state before it is kept as a version too.
 */
export function VersionsPanel({ onClose }: { onClose(): void }) {
  const { listVersions, describeVersion, restoreVersion, saveVersion } = useWorkspaceStore();
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [versions, setVersions] = useState<VersionMeta[]>();
  const [diffs, setDiffs] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => setVersions(await listVersions()), [listVersions]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  // Differences are relative to now: recomputed when the workspace changes, one version at a time.
  useEffect(() => {
    let stop = false;
    void (async () => {
      for (const v of versions ?? []) {
        const text = await describeVersion(v.id);
        if (stop) return;
        setDiffs((d) => ({ ...d, [v.id]: text }));
      }
    })();
    return () => {
      stop = true;
    };
  }, [versions, workspace, describeVersion]);

  async function restore(v: VersionMeta) {
    setBusy(true);
    try {
      await restoreVersion(v.id);
      setNote(`Restored the version from ${when(v.at)}. Undo (Ctrl+Z) takes the restore back; the state before it is kept as a version.`);
    } catch (e) {
      setNote(`Could not restore: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  return (
    <section className="card ws-versions" aria-labelledby="ws-versions-title" data-testid="versions-panel">
      <div className="row ws-versions-head">
        <h2 id="ws-versions-title">Versions</h2>
        <button type="button" onClick={async () => { setNote((await saveVersion()) ? 'Kept the workspace as it is now.' : 'Nothing changed since the newest version.'); await refresh(); }}>
          Keep a version now
        </button>
        <button type="button" className="ghost" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted small">
        Kept on this laptop: when you connect to or leave your partner, before any restore, before an offsite file replaces a value here, when the
        workspace opens, and every few minutes while either of you edits. Older ones are dropped first.
      </p>
      {note && (
        <p className="small" role="status">
          {note}
        </p>
      )}
      {versions === undefined ? (
        <p role="status">Loading…</p>
      ) : versions.length === 0 ? (
        <p className="empty">No versions yet. One is kept the next time the workspace opens, or press “Keep a version now”.</p>
      ) : (
        <ol className="ws-version-list">
          {versions.map((v) => (
            <li key={v.id} data-testid="version-item" className="ws-version">
              <div>
                <strong>{when(v.at)}</strong> — {why(v.reason)}
                <div className="muted small">{diffs[v.id] ?? 'Comparing with now…'}</div>
              </div>
              <button type="button" disabled={busy} onClick={() => void restore(v)}>
                Restore this version
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
