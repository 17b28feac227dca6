// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryVersionStore, keepVersions, type VersionRecord } from '../../../../renderer/sync/workspace-versions';

// The keeper's edges: which states count as "unchanged", where the budgets cut, the order of
// versions kept within one millisecond, and a keeper that is gone.

const T0 = Date.UTC(2025, 2, 10, 9);

/** A doc whose every state encodes the same on each run (fixed client id). */
function counterDoc(clientID = 1): Y.Doc {
  const d = new Y.Doc();
  d.clientID = clientID;
  return d;
}
const bump = (doc: Y.Doc, i: number) => doc.getMap('n').set('i', i);
const counterOf = (v: VersionRecord) => {
  const d = new Y.Doc();
  Y.applyUpdate(d, v.update);
  return d.getMap('n').get('i');
};

describe('what counts as unchanged', () => {
  it('a change that only deletes (same clocks) is kept; the same state twice is not', async () => {
    const doc = counterDoc();
    const keeper = keepVersions(doc, new MemoryVersionStore(), 'ws');
    doc.getText('t').insert(0, 'abc');
    expect(await keeper.snapshot('manual')).toBe(true);
    doc.getText('t').delete(0, 1);
    expect(await keeper.snapshot('manual')).toBe(true);
    expect(await keeper.snapshot('manual')).toBe(false);
  });

  it('another state whose encoding has the same length is kept', async () => {
    const store = new MemoryVersionStore();
    const a = counterDoc(1);
    const b = counterDoc(2);
    a.getMap('m').set('k', 'a');
    b.getMap('m').set('k', 'b');
    expect(Y.encodeStateAsUpdate(a).length).toBe(Y.encodeStateAsUpdate(b).length);
    expect(await keepVersions(a, store, 'ws').snapshot('manual')).toBe(true);
    expect(await keepVersions(b, store, 'ws').snapshot('manual')).toBe(true);
    expect(await store.list('ws')).toHaveLength(2);
  });

  it('a damaged (cut short) newest version does not pass for the current state', async () => {
    const store = new MemoryVersionStore();
    const doc = counterDoc();
    const keeper = keepVersions(doc, store, 'ws');
    bump(doc, 1);
    expect(await keeper.snapshot('manual')).toBe(true);
    const kept = (await store.latest('ws'))!;
    await store.add({ ...kept, id: `${kept.id}~cut`, update: kept.update.slice(0, -1) });
    expect((await store.latest('ws'))!.id).toBe(`${kept.id}~cut`);
    expect(await keeper.snapshot('manual')).toBe(true);
  });
});

describe('the budgets', () => {
  it('keeps versions whose bytes add up to exactly the budget, and the newest alone even when it is over', async () => {
    const edits = async (maxBytes: number) => {
      const doc = counterDoc();
      const store = new MemoryVersionStore();
      const keeper = keepVersions(doc, store, 'ws', { limits: { maxBytes, editingEveryMs: Infinity } });
      for (let i = 0; i < 3; i++) {
        bump(doc, i);
        await keeper.snapshot('manual');
      }
      return store.list('ws');
    };
    const all = await edits(1e9);
    expect(all).toHaveLength(3);
    const newestTwo = all[0].bytes + all[1].bytes;
    expect(await edits(newestTwo)).toHaveLength(2);
    expect(await edits(1)).toHaveLength(1);
  });
});

describe('versions kept while editing', () => {
  it('a first edit exactly one interval after the last version keeps one', async () => {
    let t = T0;
    const doc = counterDoc();
    const keeper = keepVersions(doc, new MemoryVersionStore(), 'ws', { now: () => new Date(t), limits: { editingEveryMs: 60_000 } });
    await keeper.snapshot('open');
    bump(doc, 1); // within the interval: no version
    t += 60_000;
    bump(doc, 2);
    await keeper.snapshot('manual'); // queued after the editing version, so it is written by now
    expect((await keeper.list()).map((v) => v.reason)).toEqual(['manual', 'editing', 'open']);
  });

  it('a destroyed keeper keeps no more editing versions (its snapshots still work)', async () => {
    let t = T0;
    const doc = counterDoc();
    const keeper = keepVersions(doc, new MemoryVersionStore(), 'ws', { now: () => new Date(t), limits: { editingEveryMs: 60_000 } });
    await keeper.snapshot('open');
    bump(doc, 1); // within the interval: no version
    keeper.destroy();
    t += 10 * 60_000;
    bump(doc, 2);
    await keeper.snapshot('manual');
    expect((await keeper.list()).map((v) => v.reason)).toEqual(['manual', 'open']);
  });
});

describe('ids', () => {
  it('a version kept in the same millisecond as the one before lists first, across 9→10, 99→100 and 999→1000 of them', async () => {
    // Ids end in a per-run sequence number that other tests have already advanced: a thousand
    // versions cross the next power of ten wherever it stands.
    const doc = counterDoc();
    const store = new MemoryVersionStore();
    const keeper = keepVersions(doc, store, 'ws', { now: () => new Date(T0), limits: { editingEveryMs: Infinity } });
    const newestAfter: unknown[] = [];
    for (let i = 0; i < 1000; i++) {
      bump(doc, i);
      await keeper.snapshot('manual');
      newestAfter.push(counterOf((await store.latest('ws'))!));
    }
    expect(newestAfter).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});
