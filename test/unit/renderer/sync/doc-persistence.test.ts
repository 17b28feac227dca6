// @vitest-environment node
// persistDoc over an in-memory DocStore (the app's Dexie store is tested with real IndexedDB in
// test/unit/renderer/data); the save delay runs on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { persistDoc, type DocStore } from '../../../../renderer/sync/doc-persistence';

/** A store that keeps rows in a map and records every save. */
function memoryStore(rows: Record<string, Uint8Array> = {}) {
  const saves: { id: string; update: Uint8Array }[] = [];
  let gate: Promise<void> | undefined;
  let active = 0;
  let overlapped = false;
  const store: DocStore = {
    async load(id) {
      return rows[id];
    },
    async save(id, update) {
      active++;
      if (active > 1) overlapped = true;
      if (gate) await gate;
      rows[id] = update;
      saves.push({ id, update });
      active--;
    },
  };
  return {
    store,
    rows,
    saves,
    overlapped: () => overlapped,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

const stateOf = (update: Uint8Array) => {
  const d = new Y.Doc();
  Y.applyUpdate(d, update);
  return d.getMap('m').toJSON();
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('persistDoc', () => {
  it('loads the stored row (origin "persistence", which is not saved back) and saves later changes whole, after the delay', async () => {
    const before = new Y.Doc();
    before.getMap('m').set('kept', 1);
    const mem = memoryStore({ ws: Y.encodeStateAsUpdate(before) });
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    const stop = await persistDoc(doc, 'ws', mem.store, 150);
    expect(doc.getMap('m').get('kept')).toBe(1);
    expect(origins).toEqual(['persistence']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(mem.saves).toEqual([]);

    doc.getMap('m').set('new', 2);
    await vi.advanceTimersByTimeAsync(149);
    expect(mem.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(mem.saves).toHaveLength(1);
    expect(stateOf(mem.rows.ws)).toEqual({ kept: 1, new: 2 });
    await stop();
  });

  it('changes within the delay become one save', async () => {
    const mem = memoryStore();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'ws', mem.store, 150);
    doc.getMap('m').set('a', 1);
    await vi.advanceTimersByTimeAsync(100);
    doc.getMap('m').set('b', 2);
    await vi.advanceTimersByTimeAsync(100);
    doc.getMap('m').set('c', 3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(mem.saves).toHaveLength(2); // a+b at 150 ms, c 150 ms after it
    expect(stateOf(mem.rows.ws)).toEqual({ a: 1, b: 2, c: 3 });
    await stop();
  });

  it("the partner's changes are saved at once, and pull a local change waiting for its delay along", async () => {
    const mem = memoryStore();
    const doc = new Y.Doc();
    const PEER = Symbol('peer');
    const stop = await persistDoc(doc, 'ws', mem.store, 150, { savesAtOnce: (origin) => origin === PEER });
    doc.getMap('m').set('mine', 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(mem.saves).toEqual([]);
    const partner = new Y.Doc();
    partner.getMap('m').set('theirs', 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(partner), PEER);
    await vi.advanceTimersByTimeAsync(0);
    expect(mem.saves).toHaveLength(1);
    expect(stateOf(mem.rows.ws)).toEqual({ mine: 1, theirs: 2 });
    // A local change after it waits its delay as before.
    doc.getMap('m').set('later', 3);
    await vi.advanceTimersByTimeAsync(149);
    expect(mem.saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(mem.saves).toHaveLength(2);
    await stop();
  });

  it('an update marked as coming from storage is not written back', async () => {
    const mem = memoryStore();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'ws', mem.store, 150);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate((() => { const d = new Y.Doc(); d.getMap('m').set('x', 1); return d; })()), 'persistence');
    await vi.advanceTimersByTimeAsync(1000);
    expect(mem.saves).toEqual([]);
    await stop();
    expect(mem.saves).toEqual([]);
  });

  it('a damaged stored row is ignored and left as it was; the doc still works and saves', async () => {
    const damaged = new Uint8Array([1, 200, 3, 4, 5, 255, 255]);
    const mem = memoryStore({ ws: damaged });
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'ws', mem.store, 150);
    expect(doc.getMap('m').size).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(mem.rows.ws).toBe(damaged);
    doc.getMap('m').set('a', 1);
    await stop();
    expect(stateOf(mem.rows.ws)).toEqual({ a: 1 });
  });

  it('no stored row: an empty doc, nothing saved until a change', async () => {
    const mem = memoryStore();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'ws', mem.store);
    expect(doc.getMap('m').size).toBe(0);
    await stop();
    expect(mem.saves).toEqual([]);
  });

  it('stopping saves a pending change at once, and nothing after', async () => {
    const mem = memoryStore();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'ws', mem.store, 150);
    doc.getMap('m').set('a', 1);
    await stop();
    expect(mem.saves).toHaveLength(1);
    expect(stateOf(mem.rows.ws)).toEqual({ a: 1 });
    doc.getMap('m').set('b', 2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(mem.saves).toHaveLength(1);
  });

  it('stopping waits for a save in progress; saves never overlap and land in order', async () => {
    const mem = memoryStore();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'ws', mem.store, 150);
    const release = mem.hold();
    doc.getMap('m').set('a', 1);
    await vi.advanceTimersByTimeAsync(150); // first save starts and waits on the store
    doc.getMap('m').set('b', 2);
    await vi.advanceTimersByTimeAsync(150); // second save is due, queued behind the first
    let stopped = false;
    const done = stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await done;
    expect(mem.overlapped()).toBe(false);
    expect(mem.saves.map((s) => stateOf(s.update))).toEqual([{ a: 1 }, { a: 1, b: 2 }]);
  });
});
