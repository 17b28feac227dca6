// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate } from '../../../../renderer/sync/update-inspector';

// What a Yjs update would touch, read without applying it: real Yjs updates from real docs.

function recorder(doc: Y.Doc): Uint8Array[] {
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  return out;
}

describe('inspectUpdate', () => {
  it('bytes that are not an update are refused as undecodable, saying why', () => {
    const seen = inspectUpdate(new Y.Doc(), new Uint8Array([200, 1, 2, 3, 4, 5]), false);
    expect(seen.ok).toBe(false);
    expect(!seen.ok && seen.reason).toMatch(/^update could not be decoded \(.+\)$/);
  });

  it('names the root, key, content kind and JSON size of each new entry, and the roots it would create', () => {
    const source = new Y.Doc();
    const updates = recorder(source);
    source.transact(() => {
      source.getMap('m').set('plain', { a: [1, 2] });
      source.getMap('m').set('nested', new Y.Map());
      source.getMap('m').set('bytes', new Uint8Array([1, 2]));
      source.getText('t').insert(0, 'hello');
    });
    const target = new Y.Doc();
    target.getMap('m');
    const seen = inspectUpdate(target, updates[0], false);
    expect(seen.ok).toBe(true);
    if (!seen.ok) return;
    const byKey = Object.fromEntries(seen.inserts.map((t) => [`${t.root}.${t.key}`, t]));
    expect(byKey['m.plain']).toEqual({ root: 'm', key: 'plain', content: 'any', valueBytes: JSON.stringify([{ a: [1, 2] }]).length });
    expect(byKey['m.nested']).toMatchObject({ content: 'type' });
    expect(byKey['m.bytes']).toMatchObject({ content: 'other', valueBytes: 0 });
    expect(byKey['t.undefined']).toEqual({ root: 't', key: undefined, content: 'string', valueBytes: 5 });
    expect(seen.newRoots).toEqual(['t']);
    expect(seen.deletes).toEqual([]);
  });

  it('content inside a nested type has no root-level place', () => {
    const source = new Y.Doc();
    const inner = new Y.Map();
    source.getMap('m').set('nested', inner);
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    const updates = recorder(source);
    inner.set('x', 1);
    const seen = inspectUpdate(target, updates[0], false);
    expect(seen.ok && seen.inserts).toEqual([{ root: undefined, key: undefined, content: 'any', valueBytes: 3 }]);
  });

  it('an update that builds on changes not received yet is held as pending, not refused as bad', () => {
    const source = new Y.Doc();
    const updates = recorder(source);
    const map = source.getMap('m');
    map.set('k', 1);
    map.set('k', 2);
    map.set('j', 3);
    const later = inspectUpdate(new Y.Doc(), updates[1], false);
    expect(later).toEqual({ ok: false, reason: 'update depends on changes not received yet', pending: true });
    const gap = inspectUpdate(new Y.Doc(), Y.mergeUpdates([updates[0], updates[2]]), false);
    expect(gap).toEqual({ ok: false, reason: 'update depends on changes not received yet', pending: true });
  });

  it('an update whose items this doc already holds lists nothing new', () => {
    const source = new Y.Doc();
    const updates = recorder(source);
    source.getMap('m').set('k', 1);
    const target = new Y.Doc();
    Y.applyUpdate(target, updates[0]);
    expect(inspectUpdate(target, updates[0], true)).toEqual({ ok: true, inserts: [], deletes: [], newRoots: [], typeDepth: 0, entries: { added: 0, byType: [] } });
  });

  it('resolves what a delete removes only when asked; deleting what this doc has not received is pending', () => {
    const source = new Y.Doc();
    source.getMap('m').set('k', 'v');
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    const updates = recorder(source);
    source.getMap('m').delete('k');
    expect(inspectUpdate(target, updates[0], true)).toEqual({
      ok: true, inserts: [], newRoots: [], typeDepth: 0, entries: { added: 0, byType: [] }, deletes: [{ root: 'm', key: 'k', content: 'any', valueBytes: 5 }],
    });
    expect(inspectUpdate(target, updates[0], false)).toEqual({ ok: true, inserts: [], deletes: [], newRoots: [], typeDepth: 0, entries: { added: 0, byType: [] } });
    expect(inspectUpdate(new Y.Doc(), updates[0], true)).toEqual({ ok: false, reason: 'update deletes changes not received yet', pending: true });
  });

  it('refuses one update that deletes more than 20,000 entries at once', () => {
    const source = new Y.Doc();
    const map = source.getMap('m');
    source.transact(() => {
      for (let i = 0; i <= 20_000; i++) map.set(`k${i}`, i);
    });
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    const updates = recorder(source);
    // Exactly 20,000 (a twin of the source deletes all but one) still passes, every one listed.
    const twin = new Y.Doc();
    Y.applyUpdate(twin, Y.encodeStateAsUpdate(source));
    const twinUpdates = recorder(twin);
    twin.transact(() => {
      for (let i = 1; i <= 20_000; i++) twin.getMap('m').delete(`k${i}`);
    });
    const most = inspectUpdate(target, twinUpdates[0], true);
    expect(most.ok && most.deletes.length).toBe(20_000);
    source.transact(() => {
      for (let i = 0; i <= 20_000; i++) map.delete(`k${i}`);
    });
    expect(inspectUpdate(target, updates[0], true)).toEqual({ ok: false, reason: 'update deletes more than 20000 entries at once' });
  });
});
