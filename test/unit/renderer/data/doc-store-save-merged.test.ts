// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';

// The workspace's save in browser mode, where two tabs each hold a copy of it: the stored state
// is read and the merge written in one readwrite transaction, so no other tab's write lands
// between them. Two tabs are two connections to one database here.

const update = (key: string, value: string) => {
  const d = new Y.Doc();
  d.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(d);
};
const read = (u: Uint8Array | undefined) => {
  const d = new Y.Doc();
  if (u) Y.applyUpdate(d, u);
  return d.getMap('m').toJSON();
};
const union = (mine: Uint8Array) => (stored: Uint8Array | undefined) => (stored ? Y.mergeUpdates([stored, mine]) : mine);

async function twoTabs() {
  const name = `accord-save-merged-${Math.random()}`;
  const dbs = [new AccordDatabase(name), new AccordDatabase(name)];
  await Promise.all(dbs.map((db) => db.open()));
  return { dbs, stores: dbs.map((db) => new DexieDocStore(db)), close: () => dbs.forEach((db) => db.close()) };
}

describe('DexieDocStore.saveMerged', () => {
  it('hands the stored state to the merge and writes what it returns', async () => {
    const { stores, close } = await twoTabs();
    await stores[0].save('workspace', update('a', 'first tab'), 'kept');
    const seen: unknown[] = [];
    await stores[1].saveMerged('workspace', (stored) => {
      seen.push(read(stored));
      return union(update('b', 'second tab'))(stored);
    });
    expect(seen).toEqual([{ a: 'first tab' }]);
    expect(read(await stores[0].load('workspace'))).toEqual({ a: 'first tab', b: 'second tab' });
    close();
  });

  it('two tabs saving at the same moment: each merge reads the other’s write, none is lost', async () => {
    const { stores, close } = await twoTabs();
    await Promise.all([
      stores[0].saveMerged('workspace', union(update('a', 'first tab'))),
      stores[1].saveMerged('workspace', union(update('b', 'second tab'))),
      stores[0].saveMerged('workspace', union(update('c', 'first tab again'))),
    ]);
    expect(read(await stores[1].load('workspace'))).toEqual({ a: 'first tab', b: 'second tab', c: 'first tab again' });
    close();
  });

  it('a merge that throws writes nothing and the save rejects with its error', async () => {
    const { stores, close } = await twoTabs();
    await stores[0].save('workspace', update('a', 'kept'));
    await expect(
      stores[1].saveMerged('workspace', () => {
        throw new Error('damaged');
      }),
    ).rejects.toThrow('damaged');
    expect(read(await stores[0].load('workspace'))).toEqual({ a: 'kept' });
    close();
  });

  it('hands the row’s restore epoch to the merge and keeps it; a merge that refuses it writes nothing', async () => {
    const { dbs, stores, close } = await twoTabs();
    const db = dbs[0];
    await db.docs.put({ id: 'workspace', update: update('a', 'restored'), updatedAt: '2026-10-01T09:00:00.000Z', epoch: 'e1' });
    expect(await stores[1].loadWithEpoch('workspace')).toMatchObject({ epoch: 'e1' });
    const epochs: (string | undefined)[] = [];
    await stores[1].saveMerged('workspace', (stored, epoch) => (epochs.push(epoch), union(update('b', 'second tab'))(stored)));
    expect(epochs).toEqual(['e1']);
    expect(await db.docs.get('workspace')).toMatchObject({ epoch: 'e1' });
    await expect(
      stores[1].saveMerged('workspace', (stored, epoch) => {
        if (epoch !== 'e0') throw new Error('replaced');
        return union(update('c', 'old copy'))(stored);
      }),
    ).rejects.toThrow('replaced');
    expect(read(await stores[0].load('workspace'))).toEqual({ a: 'restored', b: 'second tab' });
    // A tab going away writes its copy alone, under the epoch it was given.
    expect(stores[1].saveNow('workspace', update('d', 'closing'), 'e1')).toBe(true);
    expect(await stores[0].loadWithEpoch('workspace')).toMatchObject({ epoch: 'e1' });
    close();
  });

  it('goes through Dexie when the raw connection cannot start a transaction yet', async () => {
    const db = new AccordDatabase(`accord-save-merged-closed-${Math.random()}`);
    const store = new DexieDocStore(db); // not opened: Dexie opens it on first use
    await store.saveMerged('workspace', union(update('a', 'one')));
    await store.saveMerged('workspace', union(update('b', 'two')));
    expect(read(await store.load('workspace'))).toEqual({ a: 'one', b: 'two' });
    db.close();
  });
});
