import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';

// The partner is the adversary: plain yjs, its update through the peer guard as peer-bridge applies it.

describe('a workspace update of many empty rows (plain yjs, well under the size limits)', () => {
  it('is read: the rows with their problems, not a stack overflow that blanks the workspace and the plan', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(doc);
    // Each an empty map: a log entry with every field missing, so each brings a few validation problems.
    partner.transact(() => {
      const log = partner.getMap('log');
      for (let i = 0; i < 60_000; i++) log.set(`e${i.toString(36)}`, new Y.Map());
    });
    const update = Y.encodeStateAsUpdate(partner, sv);
    expect(update.byteLength).toBeLessThan(1_000_000);
    expect(checkPeerUpdate(doc, update, WORKSPACE_LIMITS)).toEqual({ ok: true });
    Y.applyUpdate(doc, update, PEER_ORIGIN);

    // Before: "RangeError: Maximum call stack size exceeded" (every problem spread into one call).
    const ws = readWorkspace(doc);
    expect(ws.log.length).toBeGreaterThanOrEqual(60_000);
    expect(ws.matrix.length).toBeGreaterThan(0);
  }, 60_000);
});
