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

  it('collected content in a peer update (a removed nested map) is skipped, not chased', () => {
    const peer = new Y.Doc();
    const nested = new Y.Map<number>();
    peer.getMap('participants').set('cto', nested);
    nested.set('inner', 1);
    peer.getMap('participants').delete('cto');
    peer.getMap('participants').set('ceo', 2);
    const update = Y.encodeStateAsUpdate(peer);
    expect(Y.decodeUpdate(update).structs.some((s) => s instanceof Y.GC)).toBe(true);
    const seen = inspectUpdate(new Y.Doc(), update, true);
    expect(seen.ok && seen.inserts.map((i) => [i.key, i.content])).toEqual([['cto', 'deleted'], ['ceo', 'any']]);
  });

  it("deleting a known writer's changes beyond what this laptop holds is pending, not a crash", () => {
    const peer = new Y.Doc();
    peer.getMap('m').set('a', 1);
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(peer));
    peer.getMap('m').set('b', 2); // not sent to local
    const updates: Uint8Array[] = [];
    peer.on('update', (u: Uint8Array) => updates.push(u));
    peer.getMap('m').delete('b');
    expect(inspectUpdate(local, updates[0], true)).toEqual({ ok: false, reason: 'update deletes changes not received yet', pending: true });
  });

  it('a delete range over entries this laptop already removed lists only the live ones', () => {
    const peer = new Y.Doc();
    peer.transact(() => {
      for (const k of ['a', 'b', 'c']) peer.getMap('m').set(k, k);
    });
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(peer));
    local.getMap('m').delete('b');
    const updates: Uint8Array[] = [];
    peer.on('update', (u: Uint8Array) => updates.push(u));
    peer.transact(() => {
      for (const k of ['a', 'b', 'c']) peer.getMap('m').delete(k);
    });
    const seen = inspectUpdate(local, updates[0], true);
    expect(seen.ok && seen.deletes.map((d) => d.key)).toEqual(['a', 'c']);
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

/** A single-writer update's struct section: [1 writer][block...][empty delete set 0] without the frame. */
function block(u: Uint8Array): number[] {
  expect([u[0], u[u.length - 1]]).toEqual([1, 0]);
  return [...u.slice(1, -1)];
}

describe('inspectUpdate on updates no Yjs peer writes', () => {
  it("one writer's changes in two blocks are refused: Yjs would keep only the last block", () => {
    const peer = new Y.Doc();
    const text = peer.getText('t');
    text.insert(0, 'a');
    const first = Y.encodeStateAsUpdate(peer);
    const sv = Y.encodeStateVector(peer);
    text.insert(1, 'b'); // origin: the 'a' item; its parent is not encoded
    const second = Y.encodeStateAsUpdate(peer, sv);
    const other = new Y.Doc();
    other.getText('t').insert(0, 'z');
    const z = block(Y.encodeStateAsUpdate(other));
    const refused = { ok: false, reason: "update sends one writer's changes in more than one block" };
    // The later block first, next to each other or with another writer between them.
    for (const glued of [new Uint8Array([2, ...block(second), ...block(first), 0]), new Uint8Array([3, ...block(second), ...z, ...block(first), 0])]) {
      expect(inspectUpdate(new Y.Doc(), glued, true)).toEqual(refused);
      // What the inspector would otherwise have judged is not what Yjs applies: 'b' is dropped.
      const applied = new Y.Doc();
      Y.applyUpdate(applied, glued);
      expect(applied.getText('t').toString()).not.toContain('b');
    }
    // In clock order with another writer between them.
    expect(inspectUpdate(new Y.Doc(), new Uint8Array([3, ...block(first), ...z, ...block(second), 0]), true)).toEqual(refused);
    // Two writers, one block each, in any order, are fine.
    const both = new Uint8Array([2, ...z, ...block(Y.encodeStateAsUpdate(peer)), 0]);
    const seen = inspectUpdate(new Y.Doc(), both, true);
    expect(seen.ok && seen.inserts.map((i) => i.root)).toEqual(['t', 't']);
  });

  it("an overwrite whose origin is a third writer's change not received yet is pending", () => {
    const a = new Y.Doc();
    a.getMap('participants').set('cto', 1);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const before = Y.encodeStateVector(b);
    b.getMap('participants').set('cto', 2); // its own first change; origin: a's item
    expect(inspectUpdate(new Y.Doc(), Y.encodeStateAsUpdate(b, before), false)).toEqual({ ok: false, reason: 'update depends on changes not received yet', pending: true });
  });

  it('two items whose origins point at each other cannot be placed (and the walk ends)', () => {
    // Hand-encoded (v1): 1 writer, 2 structs, client 5 from clock 0; each item: info 0x88
    // (origin, plain-JSON content), origin id (5, other clock), 1 value, tag 125 (integer), value.
    const cyclic = new Uint8Array([1, 2, 5, 0, 0x88, 5, 1, 1, 125, 1, 0x88, 5, 0, 1, 125, 2, 0]);
    const structs = Y.decodeUpdate(cyclic).structs as Y.Item[];
    expect(structs.map((s) => [s.id.clock, s.origin?.clock])).toEqual([[0, 1], [1, 0]]);
    expect(inspectUpdate(new Y.Doc(), cyclic, false)).toEqual({ ok: false, reason: 'update refers to content that cannot be placed' });
  });
});
