import type * as Y from 'yjs';
import { MAX_WORKSPACE_DOC_BYTES } from '../../shared/schema/limits';
import { WORKSPACE_ROOTS } from './workspace-roots';
import { SharedDocSession } from './session';
import type { PeerLimits } from './peer-guard';
import { MAX_PEER_MESSAGE_BYTES } from '../../shared/schema/limits';

/**
 * Co-editing the workspace: while a comparison is live, the workspace doc joins a
 * second room (same secret) so both laptops' artifacts merge. Peer updates pass the
 * same guard as the comparison's; the doc itself stays owned by workspace-owner.
 */
export const WORKSPACE_LIMITS: PeerLimits = {
  maxUpdateBytes: MAX_PEER_MESSAGE_BYTES,
  // The same cap as a backup's documents: what this session accepts, a backup restores.
  maxDocBytes: MAX_WORKSPACE_DOC_BYTES,
  roots: WORKSPACE_ROOTS,
};

export function workspaceRoom(comparisonRoom: string): string {
  return `${comparisonRoom}.workspace`;
}

export async function attachWorkspace(doc: Y.Doc, opts: { room: string; secret: string; signalingUrls: string[]; isHost: boolean }): Promise<SharedDocSession> {
  return SharedDocSession.open({
    room: workspaceRoom(opts.room),
    secret: opts.secret,
    signalingUrls: opts.signalingUrls,
    isHost: opts.isHost,
    external: doc,
    limits: WORKSPACE_LIMITS,
  });
}
