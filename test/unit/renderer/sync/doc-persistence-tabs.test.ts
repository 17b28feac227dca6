// @vitest-environment jsdom
// persistDoc for a doc two tabs of one browser hold at once (the workspace, in browser mode):
// each tab its own copy, one stored row, real IndexedDB (fake-indexeddb, a connection per tab)
// and a real BroadcastChannel between them. Nothing either tab writes may wipe out the other's.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { persistDoc, type DocStore, type PersistedDoc } from '../../../../renderer/sync/doc-persistence';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A tab: its own connection, its own copy of the doc, saves counted. */
async function openTab(dbName: string, channel: string) {
  const db = new AccordDatabase(dbName);
  await db.open();
  const real = new DexieDocStore(db);
  let writes = 0;
  const store: DocStore = {
    load: (id) => real.load(id),
    save: (id, u) => (writes++, real.save(id, u)),
    saveMerged: (id, merge) => (writes++, real.saveMerged(id, merge)),
    saveNow: (id, u) => (writes++, real.saveNow(id, u)),
  };
  const doc = new Y.Doc();
  const persisted = await persistDoc(doc, 'workspace', store, 0, { acrossTabs: { channel } });
  cleanups.push(async () => {
    await persisted().catch(() => undefined);
    db.close();
  });
  return { doc, persisted, writes: () => writes, m: doc.getMap<string>('m'), real };
}

async function twoTabs() {
  const name = `accord-tabs-${Math.random()}`;
  const channel = `accord.test.${name}`;
  const first = await openTab(name, channel);
  const second = await openTab(name, channel);
  const stored = async () => {
    const d = new Y.Doc();
    const u = await first.real.load('workspace');
    if (u) Y.applyUpdate(d, u);
    return d.getMap('m').toJSON();
  };
  return { first, second, stored };
}

const savedNow = (p: PersistedDoc) => p.saved();

describe('a doc open in two tabs', () => {
  it('each tab saves its own edit: the stored row keeps both, not only the last tab’s copy', async () => {
    const { first, second, stored } = await twoTabs();
    first.m.set('matrix', 'edited in the first tab');
    await savedNow(first.persisted);
    second.m.set('metrics', 'edited in the second tab');
    await savedNow(second.persisted);
    first.m.set('matrix', 'edited again in the first tab');
    await savedNow(first.persisted);
    expect(await stored()).toEqual({ matrix: 'edited again in the first tab', metrics: 'edited in the second tab' });
  });

  it('a tab shows what the other saved as soon as it is told, without writing anything itself', async () => {
    const { first, second } = await twoTabs();
    first.m.set('matrix', 'edited in the first tab');
    await savedNow(first.persisted);
    await vi.waitFor(() => expect(second.m.get('matrix')).toBe('edited in the first tab'));
    expect(second.writes()).toBe(0);
    expect(second.persisted.allSaved()).toBe(true);
  });

  it('a tab that goes away writes its copy alone; the other tab then saves its own again, merged', async () => {
    const { first, second, stored } = await twoTabs();
    second.m.set('metrics', 'saved in the second tab');
    await savedNow(second.persisted);
    // Before the first tab hears of that save, it is closed with an edit not yet stored: the page
    // has no time to read the row first, so only its own copy is written.
    first.m.set('matrix', 'typed just before closing the first tab');
    window.dispatchEvent(new Event('pagehide'));
    expect(await stored()).toEqual({ matrix: 'typed just before closing the first tab' });
    await vi.waitFor(async () => expect(await stored()).toEqual({ matrix: 'typed just before closing the first tab', metrics: 'saved in the second tab' }));
    expect(second.m.toJSON()).toEqual({ matrix: 'typed just before closing the first tab', metrics: 'saved in the second tab' });
  });
});

describe('a doc only one window opens (a comparison room)', () => {
  it('is saved with a plain write: no read first on the reveal’s path, and no merge', async () => {
    const calls: string[] = [];
    const store: DocStore = {
      load: async () => undefined,
      save: async () => void calls.push('save'),
      saveMerged: async () => void calls.push('saveMerged'),
    };
    const doc = new Y.Doc();
    const persisted = await persistDoc(doc, 'compare-room', store, 0);
    doc.getMap('m').set('commitment', 'partner');
    await persisted.saved();
    await persisted();
    expect(calls).toEqual(['save']);
  });
});
