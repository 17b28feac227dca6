// @vitest-environment node
// The workspace's guard does not resolve deletes to entries, but a delete of clocks this laptop
// does not hold (and the update does not bring) would wait in the trusted doc and be retried on
// every later update: it counts as pending, as changes that build on ones never received do.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate } from '../../../../renderer/sync/peer-guard';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { deletesOf, spreadDeletes } from './y-crafted';

function laptop() {
  const doc = new Y.Doc();
  doc.getMap('matrix').set('row-1', 'a');
  doc.getMap('matrix').set('row-2', 'b');
  return doc;
}

describe('workspace deletes beyond what this laptop holds', () => {
  it('of a writer never heard from: pending', () => {
    const doc = laptop();
    expect(checkPeerUpdate(doc, spreadDeletes(4242, 10), WORKSPACE_LIMITS)).toMatchObject({ ok: false, kind: 'pending', reason: 'update deletes changes not received yet' });
  });

  it("past the end of a writer's clock we hold: pending; within it: accepted", () => {
    const doc = laptop();
    const me = doc.clientID;
    const held = Y.getState(doc.store, me);
    expect(checkPeerUpdate(doc, deletesOf(new Map([[me, [[held - 1, 2]]]])), WORKSPACE_LIMITS)).toMatchObject({ ok: false, kind: 'pending' });
    expect(checkPeerUpdate(doc, deletesOf(new Map([[me, [[0, held]]]])), WORKSPACE_LIMITS)).toEqual({ ok: true });
    // An honest partner's update that deletes items it brings itself (typed, then removed) and ours.
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(doc));
    partner.getMap('matrix').set('row-3', 'c');
    partner.getMap('matrix').delete('row-3');
    partner.getMap('matrix').delete('row-1');
    const diff = Y.encodeStateAsUpdate(partner, Y.encodeStateVector(doc));
    expect(checkPeerUpdate(doc, diff, WORKSPACE_LIMITS)).toEqual({ ok: true });
  });
});
