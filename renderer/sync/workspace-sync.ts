import type * as Y from 'yjs';
import { MAX_WORKSPACE_DOC_BYTES } from '../../shared/schema/limits';
import { MAX_TYPE_DEPTH, WORKSPACE_ROOTS } from './workspace-roots';
import { SharedDocSession } from './session';
import type { PeerLimits } from './peer-guard';
import { snapshotWorkspace } from './workspace-owner';

/**
 * Co-editing the workspace: while a comparison is live, the workspace doc joins a
 * second room (same secret) so both laptops' artifacts merge. Peer updates pass the
 * same guard as the comparison's; the doc itself stays owned by workspace-owner.
 */
export const WORKSPACE_LIMITS: PeerLimits = {
  // The first sync of a large workspace is one update as big as the doc: cap it by the
  // doc's budget (a 570 KB sync refused by a per-message cap stalled every later edit).
  maxUpdateBytes: MAX_WORKSPACE_DOC_BYTES,
  // The same cap as a backup's documents: what this session accepts, a backup restores.
  maxDocBytes: MAX_WORKSPACE_DOC_BYTES,
  roots: WORKSPACE_ROOTS,
  // The workspace nests two deep (see MAX_TYPE_DEPTH).
  maxTypeDepth: MAX_TYPE_DEPTH,
  // Rows, records and confirmations in all: three times a 50,000-entry decision log with its
  // artifacts (the largest the bench measures), so a partner's flood of empty rows is refused.
  maxRootEntries: 150_000,
  // Keys of every map and items of every list, at any depth: a 50,000-entry decision log with the
  // seeded artifacts holds about 500,000 (a row's ~8 fields, its options, its key and its place in
  // the order), so three times that, as for rows. Without it a partner that may not add rows
  // floods the keys inside one (or a few), and every read of the workspace walks them.
  maxEntries: 1_500_000,
  // One row or list cell: the widest row has 9 fields, the longest honest lists are gap links
  // (34 statements) and a metric's months (120 in ten years); 10,000 keeps a read of one row, which
  // every edit of it repeats, far below a frame, and leaves a pasted 1,000-line checklist room.
  maxEntriesPerType: 10_000,
  // Typing is tens of updates a second at most; a flood of tiny updates is dropped.
  rate: { windowMs: 10_000, maxUpdates: 1500, maxBytes: MAX_WORKSPACE_DOC_BYTES },
};

export function workspaceRoom(comparisonRoom: string): string {
  return `${comparisonRoom}.workspace`;
}

export async function attachWorkspace(doc: Y.Doc, opts: { room: string; secret: string; signalingUrls: string[]; isHost: boolean }): Promise<SharedDocSession> {
  // A version from just before the partner's state merges in, and one when the session
  // ends (a lost connection, going offline, or leaving).
  await keep('connect');
  const session = await SharedDocSession.open({
    room: workspaceRoom(opts.room),
    secret: opts.secret,
    signalingUrls: opts.signalingUrls,
    isHost: opts.isHost,
    external: doc,
    limits: WORKSPACE_LIMITS,
  });
  let wasConnected = false;
  session.onChange(() => {
    const connected = session.status.state === 'connected';
    if (wasConnected && !connected) void keep('disconnect');
    wasConnected = connected;
  });
  const close = session.close.bind(session);
  session.close = async () => {
    await keep('disconnect');
    await close();
  };
  return session;
}

const keep = (reason: 'connect' | 'disconnect') =>
  // Stryker disable next-line ArrowFunction,BooleanLiteral: the result is never read; only swallowing a failed version matters
  snapshotWorkspace(reason).catch(() => false);
