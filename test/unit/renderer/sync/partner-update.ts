import * as Y from 'yjs';
import { expect } from 'vitest';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';

/**
 * The partner's change to the workspace, made with plain yjs on a copy of the victim's doc and
 * received the way peer-bridge applies it: through the peer guard (which must take it), with the
 * peer origin.
 */
export function receiveFromPartner(victim: Y.Doc, change: (partner: Y.Doc) => void): void {
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
  const before = Y.encodeStateVector(victim);
  partner.transact(() => change(partner));
  const update = Y.encodeStateAsUpdate(partner, before);
  expect(checkPeerUpdate(victim, update, WORKSPACE_LIMITS)).toEqual({ ok: true });
  Y.applyUpdate(victim, update, PEER_ORIGIN);
}
