/**
 * What a partner's change removed of this laptop's own captures and parked items, each with a way
 * back (renderer/sync/own-removals.ts). Above the capture panel, so the room sees it where it writes.
 */
import { MAX_KEPT_REMOVALS, removalKey, removalText } from '../../../../shared/offsite/removed-own';
import { useWorkspaceStore } from '../../../stores/workspace-store';
import { PartnerText } from '../../../app/PartnerText';
import { whenText } from '../../workspace/MassDeleteFlag';

export function RemovedByPartner() {
  const list = useWorkspaceStore((s) => s.ownRemovals);
  const restore = useWorkspaceStore((s) => s.restoreOwnRemoval);
  const dismiss = useWorkspaceStore((s) => s.dismissOwnRemoval);
  const unlisted = useWorkspaceStore((s) => s.ownRemovalsUnlisted);
  const dismissUnlisted = useWorkspaceStore((s) => s.dismissUnlistedOwnRemovals);
  if (!list.length && !unlisted) return null;
  const now = new Date();
  const count = list.length + unlisted;
  // "wrote" is true of what this laptop wrote; a capture the partner wrote that this leader agreed is named as agreed.
  const what = list.some((r) => r.confirmedHere) ? 'you wrote or agreed' : 'you wrote';
  return (
    <div className="alert error" role="alert" data-testid="removed-by-partner">
      <p>
        <strong>
          Your partner&apos;s laptop removed {count === 1 ? `something ${what}` : `${count.toLocaleString('en-US')} things ${what}`}.{' '}
          {count === 1 ? 'It is' : 'They are'} gone from this offsite on both laptops.
        </strong>
      </p>
      <ul className="cap-parked">
        {list.map((r) => {
          const key = removalKey(r);
          return (
            <li key={key} data-testid="removed-item" data-removed={key}>
              {/* Changed: the words below are the last version, not this leader's: said before them, not after. */}
              {r.changed && (
                <span className="small field-error" data-testid="removed-changed">
                  Not as you last wrote it: changed since, then removed. Its last version:{' '}
                </span>
              )}
              <PartnerText text={removalText(r)} />{' '}
              <span className="muted small">
                ({r.confirmedHere ? 'your partner wrote it and you agreed to it; ' : ''}removed {whenText(new Date(r.at), now)}
                {r.changed ? '; restoring brings back this last version, not as you last wrote it' : ''})
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
        {unlisted > 0 && (
          <li data-testid="removed-unlisted">
            and {unlisted.toLocaleString('en-US')} more, not listed here (only the latest {MAX_KEPT_REMOVALS} are kept to restore one by one): Versions on the Workspace page
            hold the offsite as it was before.{' '}
            <button type="button" className="small ghost" data-testid="removed-unlisted-keep" onClick={dismissUnlisted}>
              Keep them removed
            </button>
          </li>
        )}
      </ul>
      <p className="small">Restoring writes it back for both of you, as it was; whether it counts as agreed is shown beside it, as for any capture.</p>
    </div>
  );
}
