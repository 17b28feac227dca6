// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { SharedDocSession } from '../../../../renderer/sync/session';

/*
 * Review r29: our protocol writes (commitment, acknowledgement, reveal) were saved after a 150 ms
 * delay. Accord closing inside it lost them on this laptop while the partner had them; on the
 * next sync the partner's laptop returned them under our role, the peer guard refused them (no
 * partner may write there), and the room was called compromised: an honest partner accused.
 * The comparison doc changes only at protocol steps, so each of our changes is saved at once.
 */

describe('the comparison doc', () => {
  it('holds our own write on this laptop without waiting out the save delay', async () => {
    vi.stubGlobal('WebSocket', class { close() {} });
    const docs = new MemoryDocStore();
    const session = await SharedDocSession.open({ room: 'accord-own-writes', secret: 'a-secret-of-the-invite', signalingUrls: [], isHost: false, docStore: docs });
    try {
      session.doc.getMap('commitments').set('ceo', { commitment: 'ab'.repeat(32), sealedAt: '2026-11-27T12:00:00.000Z', name: 'Alex Kim' });
      // Well inside the 150 ms delay the other docs keep.
      await new Promise((r) => setTimeout(r, 30));
      const saved = await docs.load('accord-own-writes');
      expect(saved).toBeDefined();
      const copy = new Y.Doc();
      Y.applyUpdate(copy, saved!);
      expect(copy.getMap('commitments').get('ceo')).toMatchObject({ commitment: 'ab'.repeat(32) });
    } finally {
      await session.close();
      vi.unstubAllGlobals();
    }
  });
});
