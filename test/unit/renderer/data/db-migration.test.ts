// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { createRound, setAnswer } from '../../../../shared/assessment/round';
import { hasPendingSeal, notePendingSeal, sealWriteEnded } from '../../../../renderer/data/pending-seal';

function sampleRound(id: string) {
  const round = createRound({
    id,
    role: 'cto',
    personName: 'Sam',
    kind: 'quarterly-reset',
    label: '2026-Q4 quarterly reset',
    now: '2026-10-01T09:00:00.000Z',
  });
  return setAnswer(round, 'db-1', { value: 4 }, '2026-10-02T09:00:00.000Z');
}

describe('Dexie schema v1 → v2 migration', () => {
  it('keeps every v1 round, fills the new indexes, and leaves unreadable rows untouched', async () => {
    const name = `accord-migration-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ rounds: 'id', settings: 'key' });
    const good = sampleRound('r-good');
    await v1.table('rounds').bulkPut([
      { id: 'r-good', body: JSON.stringify(good) },
      { id: 'r-corrupt', body: '{"schemaVersion":1,"answers":' },
    ]);
    await v1.table('settings').put({ key: 'theme', value: 'dark' });
    v1.close();

    const db = new AccordDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const rows = await db.rounds.orderBy('id').toArray();
    expect(rows.map((r) => r.id)).toEqual(['r-corrupt', 'r-good']);
    expect(rows[1].updatedAt).toBe('2026-10-02T09:00:00.000Z');
    expect(rows[0].body).toBe('{"schemaVersion":1,"answers":');
    expect(rows[0].updatedAt).toBeUndefined();
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    // The new table exists and works.
    await db.docs.put({ id: 'd1', update: new Uint8Array([1, 2]), updatedAt: 'x' });
    expect(await db.docs.count()).toBe(1);
    db.close();
  });
});

describe('Dexie schema v2 → v3 migration', () => {
  it('keeps rounds, settings and docs, and adds the versions table', async () => {
    const name = `accord-migration-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ rounds: 'id, updatedAt, sealedAt', settings: 'key', docs: 'id, updatedAt' });
    const round = sampleRound('r-1');
    await v2.table('rounds').put({ id: 'r-1', body: JSON.stringify(round), updatedAt: round.updatedAt });
    await v2.table('settings').put({ key: 'theme', value: 'light' });
    await v2.table('docs').put({ id: 'workspace', update: new Uint8Array([0, 0]), updatedAt: '2026-10-01T00:00:00.000Z' });
    v2.close();

    const db = new AccordDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.rounds.get('r-1'))!.body).toBe(JSON.stringify(round));
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'light' });
    expect((await db.docs.get('workspace'))!.update).toEqual(new Uint8Array([0, 0]));
    await db.versions.put({ id: 'workspace:1', docId: 'workspace', at: 'x', reason: 'open', update: new Uint8Array([1]), stateVector: new Uint8Array([0]), bytes: 1 });
    expect(await db.versions.where('docId').equals('workspace').count()).toBe(1);
    db.close();
  });
});

describe('Dexie schema v3 → v4 migration', () => {
  it('keeps every table as it was and adds the prepared seals, which a round deletion removes with it', async () => {
    const name = `accord-migration-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({ rounds: 'id, updatedAt, sealedAt', settings: 'key', docs: 'id, updatedAt', versions: 'id, docId, at' });
    const round = sampleRound('r-1');
    await v3.table('rounds').put({ id: 'r-1', body: JSON.stringify(round), updatedAt: round.updatedAt });
    await v3.table('settings').put({ key: 'theme', value: 'light' });
    await v3.table('versions').put({ id: 'workspace:1', docId: 'workspace', at: 'x', reason: 'open', update: new Uint8Array([1]), stateVector: new Uint8Array([0]), bytes: 1 });
    v3.close();

    const db = new AccordDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.rounds.get('r-1'))!.body).toBe(JSON.stringify(round));
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'light' });
    expect(await db.versions.count()).toBe(1);
    const repo = new DexieRoundRepository(db);
    const sealed = { ...round, sealedAt: '2026-10-03T09:00:00.000Z', updatedAt: '2026-10-03T09:00:00.000Z' };
    await repo.prepareSeal(sealed);
    expect(await repo.preparedSeal('r-1')).toEqual(sealed);
    // The stored round itself is untouched: a prepared seal is not a seal.
    expect((await repo.get('r-1'))!.sealedAt).toBeUndefined();
    notePendingSeal(sealed);
    sealWriteEnded('r-1', false);
    await repo.remove('r-1');
    expect(await repo.preparedSeal('r-1')).toBeUndefined();
    // The note of a seal that never reached the store goes too (it would freeze a round of the same id).
    expect(hasPendingSeal('r-1')).toBe(false);
    db.close();
  });

  it('refuses to prepare an unsealed or invalid round, and reads a damaged prepared seal as none', async () => {
    const db = new AccordDatabase(`accord-prepared-${Math.random()}`);
    const repo = new DexieRoundRepository(db);
    const round = sampleRound('r-2');
    await expect(repo.prepareSeal(round)).rejects.toThrow(/not sealed/);
    await expect(repo.prepareSeal({ ...round, sealedAt: 'yesterday' } as never)).rejects.toThrow(/Seal not prepared: .*sealedAt/);
    await db.seals.put({ id: 'r-2', body: '{"schemaVersion":1,' });
    expect(await repo.preparedSeal('r-2')).toBeUndefined();
    // A row filed under another round's id is not that round's seal.
    const other = { ...sampleRound('r-3'), sealedAt: '2026-10-03T09:00:00.000Z' };
    await db.seals.put({ id: 'r-2', body: JSON.stringify(other) });
    expect(await repo.preparedSeal('r-2')).toBeUndefined();
    db.close();
  });
});

describe('reading stored rounds', () => {
  it('reports a corrupt or unknown-version row, skips it, and still returns the others', async () => {
    const db = new AccordDatabase(`accord-read-${Math.random()}`);
    const repo = new DexieRoundRepository(db);
    await repo.put(sampleRound('ok-1'));
    await db.rounds.put({ id: 'broken-json', body: '{nope' });
    await db.rounds.put({ id: 'future', body: JSON.stringify({ ...sampleRound('future'), schemaVersion: 99 }) });

    const { rounds, problems } = await repo.list();
    expect(rounds.map((r) => r.id)).toEqual(['ok-1']);
    expect(problems.map((p) => p.id).sort()).toEqual(['broken-json', 'future']);
    expect(problems.find((p) => p.id === 'future')!.message).toMatch(/schemaVersion/);
    // Nothing was deleted.
    expect(await db.rounds.count()).toBe(3);
    db.close();
  });

  it('refuses to write a round it could not read back, leaving the stored one as it was', async () => {
    const db = new AccordDatabase(`accord-write-${Math.random()}`);
    const repo = new DexieRoundRepository(db);
    const round = sampleRound('r1');
    await repo.put(round);
    const bad = { ...round, answers: { 'db-1': { value: 9 } } } as unknown as typeof round;
    await expect(repo.put(bad)).rejects.toThrow(/db-1/);
    expect((await repo.get('r1'))!.answers['db-1'].value).toBe(4);
    db.close();
  });
});
