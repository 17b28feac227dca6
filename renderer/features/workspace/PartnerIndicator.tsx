/**
 * Whether the partner is connected while the pair co-edits: the Compare page's
 * connection sentence (same facts, same words), as a small indicator. Without a live
 * comparison the workspace is local to this laptop, and it says so.
 */
import type { Role } from '../../../shared/assessment/types';
import { useCompareStore } from '../../stores/compare-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { useWorkspaceLinkStore } from '../../stores/workspace-link-store';
import { connectionText } from '../compare/connection-text';

export function PartnerIndicator() {
  const meta = useCompareStore((s) => s.meta);
  const status = useCompareStore((s) => s.status);
  const view = useCompareStore((s) => s.view);
  const rounds = useRoundsStore((s) => s.rounds);
  const refused = useWorkspaceLinkStore((s) => s.refusal !== undefined);
  if (!meta) {
    return (
      <span className="ws-partner" role="status" data-testid="workspace-partner" data-state="none">
        Not shared: edits stay on this laptop until you compare live
      </span>
    );
  }
  const mine = rounds.find((r) => r.id === meta.roundId);
  const otherRole: Role = mine?.role === 'cto' ? 'ceo' : 'cto';
  const partner = view?.participants[otherRole]?.name;
  // The comparison's link may be up while the workspace's stopped taking the partner's changes:
  // "Connected" beside the refusal would read as "in sync".
  const state = refused ? 'dropped' : (status?.state ?? 'connecting');
  const text = refused
    ? `Not syncing the workspace with ${partner ?? 'your partner'} (see below)`
    : connectionText(status, { isHost: meta.isHost, partner, host: `${meta.host}:${meta.port}` });
  return (
    <span className={`ws-partner ws-partner-${state}`} role="status" aria-live="polite" data-testid="workspace-partner" data-state={state} title={text}>
      <span className="dot" aria-hidden="true" /> {text}
    </span>
  );
}
