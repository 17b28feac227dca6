// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { createRound, sealRound, setAnswer } from '../../../../shared/assessment/round';

const round = (id: string) =>
  setAnswer(createRound({ id, role: 'ceo', personName: 'Alex', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' }), 'db-1', { value: 4 }, '2026-11-01T09:05:00.000Z');

async function openRepo() {
  const db = new AccordDatabase(`accord-rounds-${Math.random()}`);
  await db.open();
  return { db, repo: new DexieRoundRepository(db) };
}

describe('the round store (IndexedDB)', () => {
  it('issues the write in the calling task: a read started right after it already sees the round', async () => {
    const { db, repo } = await openRepo();
    const sealed = sealRound(round('r1'), '2026-11-02T10:00:00.000Z');
    const written = repo.put(sealed);
    // A transaction created now, after the put's, on the same store: IndexedDB runs them in
    // creation order. A write started a few microtasks later would not be there yet.
    const seen = await new Promise<unknown>((resolve, reject) => {
      const get = db.backendDB().transaction('rounds', 'readonly').objectStore('rounds').get('r1');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    await written;
    expect((seen as { sealedAt?: string } | undefined)?.sealedAt).toBe('2026-11-02T10:00:00.000Z');
    expect((await repo.get('r1'))?.sealedAt).toBe('2026-11-02T10:00:00.000Z');
    db.close();
  });

  it('refuses a round it could not read back, and the stored one stays as it was', async () => {
    const { db, repo } = await openRepo();
    await repo.put(round('r2'));
    const broken = { ...round('r2'), answers: { 'db-1': { value: 9 } } } as never;
    await expect(repo.put(broken)).rejects.toThrow(/Round not saved: .*db-1/);
    expect((await repo.get('r2'))?.answers['db-1']).toEqual({ value: 4 });
    db.close();
  });

  it('writes through Dexie when the connection is not open yet (the first write of a session)', async () => {
    const db = new AccordDatabase(`accord-rounds-${Math.random()}`);
    const repo = new DexieRoundRepository(db);
    await repo.put(round('r3'));
    expect((await repo.get('r3'))?.personName).toBe('Alex');
    db.close();
  });

  it('a closed connection is reported as an error and nothing half-written is left', async () => {
    const { db, repo } = await openRepo();
    db.close({ disableAutoOpen: true });
    await expect(repo.put(round('r4'))).rejects.toThrow();
    const reopened = new AccordDatabase(db.name);
    await reopened.open();
    expect(await new DexieRoundRepository(reopened).get('r4')).toBeUndefined();
    reopened.close();
  });
});
