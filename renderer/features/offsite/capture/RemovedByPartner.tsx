/**
 * What a partner's change removed of this laptop's own captures and parked items, each with a way
 * back (renderer/sync/own-removals.ts). Above the capture panel, so the room sees it where it writes.
 */
import { removalKey, removalText } from '../../../../shared/offsite/removed-own';
import { useWorkspaceStore } from '../../../stores/workspace-store';
import { PartnerText } from '../../../app/PartnerText';
import { whenText } from '../../workspace/MassDeleteFlag';

export function RemovedByPartner() {
  const list = useWorkspaceStore((s) => s.ownRemovals);
  const restore = useWorkspaceStore((s) => s.restoreOwnRemoval);
  const dismiss = useWorkspaceStore((s) => s.dismissOwnRemoval);
  if (!list.length) return null;
  const now = new Date();
  return (
    <div className="alert error" role="alert" data-testid="removed-by-partner">
      <p>
        <strong>
          Your partner&apos;s laptop removed {list.length === 1 ? 'something you wrote' : `${list.length} things you wrote`}. It is gone from this offsite on both
          laptops.
        </strong>
      </p>
      <ul className="cap-parked">
        {list.map((r) => {
          const key = removalKey(r);
          return (
            <li key={key} data-testid="removed-item" data-removed={key}>
              <PartnerText text={removalText(r)} />{' '}
              <span className="muted small">
                (removed {whenText(new Date(r.at), now)}
                {r.changed ? '; it had been changed since you wrote it, and comes back as it was when removed' : ''})
              </span>{' '}
              <button type="button" className="small primary" data-testid="removed-restore" onClick={() => restore(key)}>
                Restore it
              </button>{' '}
              <button type="button" className="small ghost" data-testid="removed-keep" onClick={() => dismiss(key)}>
                Keep it removed
              </button>
            </li>
          );
        })}
      </ul>
      <p className="small">Restoring writes it back for both of you, as it was; whether it counts as agreed is shown beside it, as for any capture.</p>
    </div>
  );
}
