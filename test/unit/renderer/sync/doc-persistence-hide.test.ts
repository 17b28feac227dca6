// @vitest-environment jsdom
// persistDoc when the window is closed or hidden: the page may not live to see a queued or
// in-flight save finish, so the whole state is written at once. The store records each save
// as it starts (IndexedDB orders writes by when they were made) and can hold them forever,
// as a closing page would never see them end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { persistDoc, type DocStore } from '../../../../renderer/sync/doc-persistence';

function startedSaves() {
  const started: Uint8Array[] = [];
  let hold = false;
  const store: DocStore = {
    load: async () => undefined,
    save: (_id, update) => {
      started.push(update);
      return hold ? new Promise<void>(() => undefined) : Promise.resolve();
    },
  };
  return { store, started, holdAll: () => (hold = true) };
}

const stateOf = (update: Uint8Array | undefined) => {
  const d = new Y.Doc();
  if (update) Y.applyUpdate(d, update);
  return d.getMap('m').toJSON();
};

function hide(how: 'pagehide' | 'visibilitychange') {
  if (how === 'pagehide') window.dispatchEvent(new Event('pagehide'));
  else {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a window closed or hidden before a change is stored', () => {
  for (const how of ['pagehide', 'visibilitychange'] as const) {
    it(`${how}: a change still inside the save delay is written at once`, async () => {
      const s = startedSaves();
      const doc = new Y.Doc();
      const stop = await persistDoc(doc, 'ws', s.store, 150);
      doc.getMap('m').set('confirmed', 'cto');
      hide(how);
      expect(s.started.map(stateOf)).toEqual([{ confirmed: 'cto' }]);
      // The delayed save does not come again for the same state.
      await vi.advanceTimersByTimeAsync(1000);
      expect(s.started).toHaveLength(1);
      await stop();
    });
  }

  it('a change behind a save still in flight is written at once, whole, not queued behind it', async () => {
    const s = startedSaves();
    const doc = new Y.Doc();
    await persistDoc(doc, 'ws', s.store, 150);
    s.holdAll();
    doc.getMap('m').set('a', 1);
    await vi.advanceTimersByTimeAsync(150); // the save of {a} starts and never ends
    doc.getMap('m').set('b', 2);
    await vi.advanceTimersByTimeAsync(150); // the save of {a, b} is due, queued behind it
    expect(s.started.map(stateOf)).toEqual([{ a: 1 }]);
    hide('pagehide');
    expect(s.started.map(stateOf)).toEqual([{ a: 1 }, { a: 1, b: 2 }]);
  });

  it('a save in flight that already holds every change: nothing more is written', async () => {
    const s = startedSaves();
    const doc = new Y.Doc();
    await persistDoc(doc, 'ws', s.store, 150);
    doc.getMap('m').set('a', 1);
    await vi.advanceTimersByTimeAsync(150);
    expect(s.started).toHaveLength(1);
    hide('pagehide');
    expect(s.started).toHaveLength(1);
  });

  it('after stopping, hiding the window writes nothing', async () => {
    const s = startedSaves();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'ws', s.store, 150);
    await stop();
    doc.getMap('m').set('late', 1);
    hide('pagehide');
    expect(s.started).toHaveLength(0);
  });
});

describe('a store that can write at once (IndexedDB: request and commit in the calling task)', () => {
  it('is used when the page goes away, and that write counts: nothing else is queued for it', async () => {
    const s = startedSaves();
    const now: Uint8Array[] = [];
    const store: DocStore = { ...s.store, saveNow: (_id, update) => (now.push(update), true) };
    const doc = new Y.Doc();
    await persistDoc(doc, 'ws', store, 150);
    doc.getMap('m').set('confirmed', 'cto');
    hide('pagehide');
    expect(now.map(stateOf)).toEqual([{ confirmed: 'cto' }]);
    expect(s.started).toHaveLength(0);
    hide('pagehide');
    expect(now).toHaveLength(1);
  });

  it('one that cannot (not open yet) falls back to the usual save at once', async () => {
    const s = startedSaves();
    const store: DocStore = { ...s.store, saveNow: () => false };
    const doc = new Y.Doc();
    await persistDoc(doc, 'ws', store, 150);
    doc.getMap('m').set('a', 1);
    hide('pagehide');
    expect(s.started.map(stateOf)).toEqual([{ a: 1 }]);
  });
});
