// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeRow } from '../../../../renderer/data/merge-row';

// The read and the write of a merged save in one readwrite transaction, on a raw IndexedDB
// connection (fake-indexeddb). Through the doc store and across two tabs: doc-store-save-merged.test.ts.

type Row = { id: string; n: number };

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(`merge-row-${Math.random()}`, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('docs', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function read(db: IDBDatabase, id: string): Promise<Row | undefined> {
  return new Promise((resolve, reject) => {
    const req = db.transaction('docs').objectStore('docs').get(id);
    req.onsuccess = () => resolve(req.result as Row | undefined);
    req.onerror = () => reject(req.error);
  });
}

describe('one row read and written in one transaction', () => {
  it('writes what `next` makes of the stored row (none the first time), and resolves once it is stored', async () => {
    const db = await openDb();
    const seen: (Row | undefined)[] = [];
    const next = (row: Row | undefined) => {
      seen.push(row);
      return { id: 'a', n: (row?.n ?? 0) + 1 };
    };
    await mergeRow<Row>(db, 'docs', 'a', next);
    await mergeRow<Row>(db, 'docs', 'a', next);
    expect(seen).toEqual([undefined, { id: 'a', n: 1 }]);
    expect(await read(db, 'a')).toEqual({ id: 'a', n: 2 });
  });

  it('`next` throwing writes nothing and rejects with what it threw', async () => {
    const db = await openDb();
    await mergeRow<Row>(db, 'docs', 'a', () => ({ id: 'a', n: 1 }));
    const replaced = new Error('replaced under this copy');
    await expect(
      mergeRow<Row>(db, 'docs', 'a', () => {
        throw replaced;
      }),
    ).rejects.toBe(replaced);
    expect(await read(db, 'a')).toEqual({ id: 'a', n: 1 });
  });

  it('a row the store refuses (no key) rejects, nothing written', async () => {
    const db = await openDb();
    await expect(mergeRow<Row>(db, 'docs', 'a', () => ({ n: 1 }))).rejects.toThrow();
    expect(await read(db, 'a')).toBeUndefined();
  });

  it('no transaction to be had (a store the connection lacks, a closed connection): undefined, for the caller to go through Dexie', async () => {
    const db = await openDb();
    expect(mergeRow<Row>(db, 'other', 'a', () => ({ id: 'a', n: 1 }))).toBeUndefined();
    db.close();
    expect(mergeRow<Row>(db, 'docs', 'a', () => ({ id: 'a', n: 1 }))).toBeUndefined();
  });
});
