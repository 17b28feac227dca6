import type { ReactNode } from 'react';
import { useWorkspaceStore } from '../../stores/workspace-store';

/**
 * Shown when a partner's change removed many items at once (one click brings them back as an
 * ordinary edit), or many a few at a time (Versions hold them; see workspace-mass-delete).
 */
export function MassDeleteFlag({ onOpenVersions }: { onOpenVersions: () => void }) {
  const flag = useWorkspaceStore((s) => s.massDelete);
  const restore = useWorkspaceStore((s) => s.restoreMassDelete);
  const dismiss = useWorkspaceStore((s) => s.dismissMassDelete);
  const paced = useWorkspaceStore((s) => s.pacedRemoval);
  const dismissPaced = useWorkspaceStore((s) => s.dismissPacedRemoval);
  const since = paced && whenText(new Date(paced.since), new Date());
  return (
    <>
      {flag && (
        <RemovalAlert
          testId="mass-delete-flag"
          title={<>Your partner&apos;s change removed {flag.removed} items from the workspace.</>}
          action={{ label: 'Restore them', run: restore }}
          keep={{ label: 'Keep the change', run: dismiss }}
        >
          Removed: {flag.detail}. Restoring adds them back for both of you; Undo takes the restore back. Earlier states are also under Versions.
        </RemovalAlert>
      )}
      {paced && (
        <RemovalAlert
          testId="paced-removal-flag"
          title={<>Your partner has removed {paced.removed} items from the workspace, a few at a time, since {since}.</>}
          action={{ label: 'Open Versions', run: onOpenVersions }}
          keep={{ label: 'Keep the changes', run: dismissPaced }}
        >
          Removed: {paced.detail}. If you did not agree that, open Versions and restore one kept before {since} (“Before syncing with your partner” or “When the
          workspace was opened”): it holds them, and Undo takes the restore back.
        </RemovalAlert>
      )}
    </>
  );
}

interface Choice {
  label: string;
  run: () => void;
}

/** What was removed, what it means, and the two ways on: the way back first. */
function RemovalAlert({ testId, title, action, keep, children }: { testId: string; title: ReactNode; action: Choice; keep: Choice; children: ReactNode }) {
  return (
    <div className="alert error ws-mass-delete" role="alert" data-testid={testId}>
      <p>
        <strong>{title}</strong>
      </p>
      <p className="small">{children}</p>
      <div className="row">
        <button type="button" className="primary" onClick={action.run}>
          {action.label}
        </button>
        <button type="button" onClick={keep.run}>
          {keep.label}
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
