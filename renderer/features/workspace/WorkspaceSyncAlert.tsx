import { PartnerText } from '../../app/PartnerText';
import { useWorkspaceLinkStore } from '../../stores/workspace-link-store';

/**
 * The workspace stopped taking the partner's changes (workspace-link-store): said here, with
 * the reason and a Resync, as the Compare page says it of the comparison. Edits made on this
 * laptop are kept either way.
 */
export function WorkspaceSyncAlert() {
  const refusal = useWorkspaceLinkStore((s) => s.refusal);
  const resync = useWorkspaceLinkStore((s) => s.resync);
  if (!refusal) return null;
  return (
    <p className="alert error row" role="alert" data-testid="workspace-sync-refused" style={{ justifyContent: 'space-between' }}>
      <span>
        Stopped syncing the workspace with your partner: <PartnerText text={refusal.reason} />. Nothing more they sent was applied; your edits are kept on this laptop.
      </span>
      {resync && (
        <button type="button" onClick={resync}>
          Resync
        </button>
      )}
    </p>
  );
}
