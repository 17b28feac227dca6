import { useWorkspaceStore } from '../../stores/workspace-store';
import type { MassDelete } from '../../sync/workspace-mass-delete';

/**
 * Shown when a partner's change removed many items at once (one click brings them back as an
 * ordinary edit), or many a few at a time (Versions hold them; see workspace-mass-delete).
 */
export function MassDeleteFlag({ onOpenVersions }: { onOpenVersions: () => void }) {
  const flag = useWorkspaceStore((s) => s.massDelete);
  const restore = useWorkspaceStore((s) => s.restoreMassDelete);
  const dismiss = useWorkspaceStore((s) => s.dismissMassDelete);
  const paced = useWorkspaceStore((s) => s.pacedRemoval);
  const since = paced && whenText(new Date(paced.since), new Date());
  const dismissPaced = useWorkspaceStore((s) => s.dismissPacedRemoval);
  return (
    <>
      {flag && <Flagged flag={flag} restore={restore} dismiss={dismiss} />}
      {paced && (
        <div className="alert error ws-mass-delete" role="alert" data-testid="paced-removal-flag">
          <p>
            <strong>
              Your partner has removed {paced.removed} items from the workspace, a few at a time, since {since}.
            </strong>
          </p>
          <p className="small">
            Removed: {paced.detail}. If you did not agree that, open Versions and restore one kept before {since} (“Before syncing with your partner” or “When the
            workspace was opened”): it holds them, and Undo takes the restore back.
          </p>
          <div className="row">
            <button type="button" className="primary" onClick={onOpenVersions}>
              Open Versions
            </button>
            <button type="button" onClick={dismissPaced}>
              Keep the changes
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function Flagged({ flag, restore, dismiss }: { flag: MassDelete; restore: () => void; dismiss: () => void }) {
  return (
    <div className="alert error ws-mass-delete" role="alert" data-testid="mass-delete-flag">
      <p>
        <strong>Your partner&apos;s change removed {flag.removed} items from the workspace.</strong>
      </p>
      <p className="small">
        Removed: {flag.detail}. Restoring adds them back for both of you; Undo takes the restore back. Earlier states are also under Versions.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={restore}>
          Restore them
        </button>
        <button type="button" onClick={dismiss}>
          Keep the change
        </button>
      </div>
    </div>
  );
}

/** "14:05" today, "Mon 23 Nov, 14:05" before: a window left open for days must not point to the wrong version. */
export function whenText(at: Date, now: Date): string {
  const time = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === now.toDateString() ? time : `${at.toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' })}, ${time}`;
}
