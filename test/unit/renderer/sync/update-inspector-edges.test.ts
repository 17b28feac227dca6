// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate } from '../../../../renderer/sync/update-inspector';

// The inspector's less travelled paths, with real updates: values JSON cannot size, later
// changes without their predecessors, and writes into content this laptop already dropped.

describe('inspectUpdate edges', () => {
  it('a value JSON cannot serialise (a BigInt) counts as too large to measure, not as small or as a crash', () => {
    const peer = new Y.Doc();
    peer.getMap('participants').set('cto', 12n as unknown as number);
    const seen = inspectUpdate(new Y.Doc(), Y.encodeStateAsUpdate(peer), true);
    expect(seen).toMatchObject({ ok: true, inserts: [{ root: 'participants', key: 'cto', content: 'any', valueBytes: Number.MAX_SAFE_INTEGER }] });
  });

  it('a later change under a new key, without the changes before it, is pending (not accepted)', () => {
    const peer = new Y.Doc();
    const updates: Uint8Array[] = [];
    peer.on('update', (u: Uint8Array) => updates.push(u));
    peer.getMap('participants').set('a', 1);
    peer.getMap('participants').set('b', 2); // a new key: its item names its parent, no origin to chase
    expect(inspectUpdate(new Y.Doc(), updates[1], false)).toEqual({ ok: false, reason: 'update depends on changes not received yet', pending: true });
  });

  it('a write into nested content this laptop has deleted and collected cannot be placed', () => {
    const local = new Y.Doc();
    const nested = new Y.Map<number>();
    local.getMap('participants').set('cto', nested);
    nested.set('inner', 1);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(local));
    local.getMap('participants').delete('cto'); // the nested map's content becomes garbage-collected structs
    const before = Y.encodeStateVector(peer);
    (peer.getMap('participants').get('cto') as Y.Map<number>).set('inner', 2); // overwrites: its origin is the collected item
    expect(inspectUpdate(local, Y.encodeStateAsUpdate(peer, before), true)).toEqual({ ok: false, reason: 'update refers to content that cannot be placed' });
  });
});
