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
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { buildBackup } from '../../../../shared/backup/format';
import type { RestoreMode } from '../../../../shared/backup/plan';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A tab: its own connection, its own copy of the doc, saves counted, told when its doc was replaced. */
async function openTab(dbName: string, channel: string, delayMs = 0) {
  const db = new AccordDatabase(dbName);
  await db.open();
  const real = new DexieDocStore(db);
  let writes = 0;
  let replaced = 0;
  const store: DocStore = {
    load: (id) => real.load(id),
    loadWithEpoch: (id) => real.loadWithEpoch(id),
    save: (id, u) => (writes++, real.save(id, u)),
    saveMerged: (id, merge) => (writes++, real.saveMerged(id, merge)),
    saveNow: (id, u, epoch) => (writes++, real.saveNow(id, u, epoch)),
  };
  const doc = new Y.Doc();
  const persisted = await persistDoc(doc, 'workspace', store, delayMs, { acrossTabs: { channel, onReplaced: () => void replaced++ } });
  cleanups.push(async () => {
    await persisted().catch(() => undefined);
    db.close();
  });
  return { doc, persisted, writes: () => writes, replaced: () => replaced, m: doc.getMap<string>('m'), real };
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
  return { first, second, stored, name, channel };
}

/**
 * A backup restored in a third tab, through the app's own restore (one transaction), with a
 * workspace holding `workspace` (none: a backup without one). Nothing is told to the other tabs:
 * what is tested is what storage alone keeps them from doing.
 */
async function restoreInAnotherTab(dbName: string, mode: RestoreMode, docs: Record<string, Record<string, string>>) {
  const db = new AccordDatabase(dbName);
  await db.open();
  const rows = Object.entries(docs).map(([id, entries]) => {
    const d = new Y.Doc();
    for (const [k, v] of Object.entries(entries)) d.getMap('m').set(k, v);
    return { id, update: Y.encodeStateAsUpdate(d) };
  });
  await new BackupRepository(db).restore(buildBackup({ rounds: [], docs: rows, now: new Date() }), mode);
  db.close();
}

/** The stored doc's map as a tab's store reads it now (undefined: no row). */
async function storedIn(tab: { real: DexieDocStore }, id = 'workspace') {
  const u = await tab.real.load(id);
  if (!u) return undefined;
  const d = new Y.Doc();
  Y.applyUpdate(d, u);
  return d.getMap('m').toJSON();
}

const newProfile = () => {
  const name = `accord-tabs-${Math.random()}`;
  return { name, channel: `accord.test.${name}` };
};

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

describe('a backup restored with Replace in another tab: the restore epoch, checked inside the merged save', () => {
  it('a save that starts before this tab hears of the restore writes nothing: the restored workspace is not merged with the old copy', async () => {
    const { name, channel } = newProfile();
    const first = await openTab(name, channel);
    first.m.set('matrix', 'before the restore');
    await savedNow(first.persisted);
    // Opened on the old workspace (or after it heard the restore announced: the same row); its save is due later.
    const second = await openTab(name, channel, 60_000);
    expect(second.m.get('matrix')).toBe('before the restore');
    second.m.set('metrics', 'typed in the second tab before the restore');
    await restoreInAnotherTab(name, 'replace', { workspace: { restored: 'from the backup' } });
    // Its save runs now, in the window before any message could have stopped it.
    await expect(savedNow(second.persisted)).rejects.toThrow('replaced by a backup restored in another tab');
    expect(await storedIn(first)).toEqual({ restored: 'from the backup' });
    expect(second.replaced()).toBe(1);
    // Stopped: nothing of the old copy is written later, nor as the page goes.
    second.m.set('metrics', 'typed after');
    window.dispatchEvent(new Event('pagehide'));
    expect(await storedIn(first)).toEqual({ restored: 'from the backup' });
    // The first tab's copy is as old: its next save writes nothing either.
    first.m.set('matrix', 'typed in the first tab after the restore');
    await expect(savedNow(first.persisted)).rejects.toThrow('replaced');
    expect(await storedIn(first)).toEqual({ restored: 'from the backup' });
    expect(first.replaced()).toBe(1);
  });

  it('a tab with nothing to save is stopped at the first save of the restored workspace it hears of, without taking it in', async () => {
    const { name, channel } = newProfile();
    const old = await openTab(name, channel);
    old.m.set('matrix', 'before the restore');
    await savedNow(old.persisted);
    await restoreInAnotherTab(name, 'replace', { workspace: { restored: 'from the backup' } });
    const opened = await openTab(name, channel); // after the restore: it loads the restored workspace
    expect(opened.m.toJSON()).toEqual({ restored: 'from the backup' });
    opened.m.set('metrics', 'typed after the restore');
    await savedNow(opened.persisted);
    await vi.waitFor(() => expect(old.replaced()).toBe(1));
    expect(old.m.get('restored')).toBeUndefined();
    expect(opened.replaced()).toBe(0);
    expect(await storedIn(opened)).toEqual({ restored: 'from the backup', metrics: 'typed after the restore' });
  });

  it('a backup without the workspace: the row it cleared is not written again by the old copy', async () => {
    const { name, channel } = newProfile();
    const tab = await openTab(name, channel, 60_000);
    tab.m.set('matrix', 'before the restore');
    await savedNow(tab.persisted);
    tab.m.set('metrics', 'typed before the restore');
    await restoreInAnotherTab(name, 'replace', {});
    await expect(savedNow(tab.persisted)).rejects.toThrow('replaced');
    expect(await storedIn(tab)).toBeUndefined();
    expect(tab.replaced()).toBe(1);
  });

  it('tabs opened on the restored workspace merge each other’s saves as before; a tab going away keeps the row’s epoch', async () => {
    const { name, channel } = newProfile();
    await restoreInAnotherTab(name, 'replace', { workspace: { restored: 'from the backup' } });
    const first = await openTab(name, channel);
    const second = await openTab(name, channel);
    first.m.set('matrix', 'first tab');
    await savedNow(first.persisted);
    second.m.set('metrics', 'second tab');
    await savedNow(second.persisted);
    // The first tab closes with an edit not yet stored: its copy alone, written at once, under the epoch it loaded.
    first.m.set('matrix', 'typed just before closing the first tab');
    window.dispatchEvent(new Event('pagehide'));
    // The second tab hears it, saves its own again merged, and is not taken for replaced.
    await vi.waitFor(async () => expect(second.m.get('matrix')).toBe('typed just before closing the first tab'));
    second.m.set('status', 'typed later in the second tab');
    await savedNow(second.persisted);
    expect(await storedIn(second)).toEqual({ restored: 'from the backup', matrix: 'typed just before closing the first tab', metrics: 'second tab', status: 'typed later in the second tab' });
    expect([first.replaced(), second.replaced()]).toEqual([0, 0]);
  });

  it('a Merge restore keeps the epoch: a tab open through it saves its own edit into the union, and is not stopped', async () => {
    const { name, channel } = newProfile();
    await restoreInAnotherTab(name, 'replace', { workspace: { restored: 'from the first backup' } });
    const tab = await openTab(name, channel, 60_000);
    tab.m.set('matrix', 'typed before the merge');
    await savedNow(tab.persisted);
    tab.m.set('metrics', 'typed as the merge was written');
    await restoreInAnotherTab(name, 'merge', { workspace: { added: 'from the second backup' } });
    await savedNow(tab.persisted);
    expect(await storedIn(tab)).toEqual({ restored: 'from the first backup', matrix: 'typed before the merge', metrics: 'typed as the merge was written', added: 'from the second backup' });
    expect(tab.replaced()).toBe(0);
  });
});

describe('a doc only one window opens (a comparison room)', () => {
  it('saves as before over a row a Replace wrote: a plain write of its copy, no epoch read or checked', async () => {
    const { name } = newProfile();
    const db = new AccordDatabase(name);
    await db.open();
    const real = new DexieDocStore(db);
    const calls: string[] = [];
    const store: DocStore = {
      load: (id) => (calls.push('load'), real.load(id)),
      loadWithEpoch: (id) => (calls.push('loadWithEpoch'), real.loadWithEpoch(id)),
      save: (id, u) => (calls.push('save'), real.save(id, u)),
      saveMerged: (id, merge) => (calls.push('saveMerged'), real.saveMerged(id, merge)),
    };
    const doc = new Y.Doc();
    const persisted = await persistDoc(doc, 'room-1', store, 0);
    doc.getMap('m').set('commitment', 'partner');
    await persisted.saved();
    await restoreInAnotherTab(name, 'replace', { 'room-1': { restored: 'from the backup' } });
    doc.getMap('m').set('reveal', 'ours');
    await persisted.saved();
    await persisted();
    expect(await storedIn({ real }, 'room-1')).toEqual({ commitment: 'partner', reveal: 'ours' });
    expect(calls).toEqual(['load', 'save', 'save']);
    db.close();
  });


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
