import { useWorkspaceStore } from '../../stores/workspace-store';

/**
 * Shown when a partner's change removed many items at once (see workspace-mass-delete).
 * The change is already applied; one click brings the items back as an ordinary edit.
 */
export function MassDeleteFlag() {
  const flag = useWorkspaceStore((s) => s.massDelete);
  const restore = useWorkspaceStore((s) => s.restoreMassDelete);
  const dismiss = useWorkspaceStore((s) => s.dismissMassDelete);
  if (!flag) return null;
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
