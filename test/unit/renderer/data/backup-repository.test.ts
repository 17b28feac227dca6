// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { parseBackup, serializeBackup, type Backup } from '../../../../shared/backup/format';
import { toBase64 } from '../../../../shared/backup/base64';
import { sealedRound, six } from '../../shared/history/fixtures';

const q3 = sealedRound({ id: 'q3-ceo', role: 'ceo', label: '2026-Q3 quarterly reset', sealedAt: '2026-07-01T09:00:00.000Z', answers: [six(4), six(3), six(5), six(2)] });
const q3p = sealedRound({ id: 'q3-cto', role: 'cto', label: '2026-Q3 quarterly reset', sealedAt: '2026-07-02T09:00:00.000Z', answers: [six(2), six(3), six(1), six(3)], receivedFrom: 'peer' });
const localOnly = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)] });

function docWith(entries: Record<string, string>): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap('log');
  for (const [k, v] of Object.entries(entries)) map.set(k, v);
  return Y.encodeStateAsUpdate(doc);
}

function readDoc(update: Uint8Array): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getMap('log').toJSON();
}

async function freshDb() {
  const db = new AccordDatabase(`accord-backup-${Math.random()}`);
  await db.open();
  return { db, rounds: new DexieRoundRepository(db), backup: new BackupRepository(db) };
}

async function dump(db: AccordDatabase) {
  return JSON.stringify({
    rounds: await db.rounds.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
    docs: (await db.docs.orderBy('id').toArray()).map((d) => ({ ...d, update: Array.from(d.update) })),
  });
}

/** Laptop A: two rounds, a setting, the workspace doc, a damaged row. */
async function laptopA() {
  const a = await freshDb();
  await a.rounds.put(q3);
  await a.rounds.put(q3p);
  await a.db.rounds.put({ id: 'broken', body: '{nope' });
  await a.db.settings.put({ key: 'local.pair', value: '{"locks":{}}' });
  await a.db.docs.put({ id: 'workspace', update: docWith({ d1: 'Hire a VP Eng' }), updatedAt: '2026-10-01T09:00:00.000Z' });
  return a;
}

describe('BackupRepository', () => {
  it('exports every readable round, settings and docs; the damaged row is reported, not exported', async () => {
    const a = await laptopA();
    const { backup, skipped } = await a.backup.exportAll(new Date('2026-10-05T12:00:00.000Z'));
    expect(backup.rounds.map((r) => r.id)).toEqual(['q3-ceo', 'q3-cto']);
    expect(backup.settings).toEqual({ 'local.pair': '{"locks":{}}' });
    expect(backup.docs.map((d) => d.id)).toEqual(['workspace']);
    expect(skipped.map((s) => s.id)).toEqual(['broken']);
    // The file parses back to the same backup.
    expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, value: backup });
    a.db.close();
  });

  it('replace on a fresh laptop gives all rounds, settings and the workspace', async () => {
    const a = await laptopA();
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    const phases: string[] = [];
    await b.backup.restore(backup, 'replace', (p) => phases.push(p));
    expect(phases).toEqual(['checking', 'writing', 'done']);
    const { rounds, problems } = await b.rounds.list();
    expect(rounds.map((r) => r.id).sort()).toEqual(['q3-ceo', 'q3-cto']);
    expect(rounds.find((r) => r.id === 'q3-cto')).toEqual(q3p);
    expect(problems).toEqual([]);
    expect(await b.db.settings.get('local.pair')).toEqual({ key: 'local.pair', value: '{"locks":{}}' });
    expect(readDoc((await b.db.docs.get('workspace'))!.update)).toEqual({ d1: 'Hire a VP Eng' });
    a.db.close();
    b.db.close();
  });

  it('replace removes what is not in the backup', async () => {
    const a = await laptopA();
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    await b.rounds.put(localOnly);
    await b.db.docs.put({ id: 'room-x', update: docWith({}), updatedAt: 'x' });
    await b.backup.restore(backup, 'replace');
    expect((await b.db.rounds.toCollection().primaryKeys()).sort()).toEqual(['q3-ceo', 'q3-cto']);
    expect(await b.db.docs.toCollection().primaryKeys()).toEqual(['workspace']);
    a.db.close();
    b.db.close();
  });

  it('merge keeps a local-only round and the damaged row, adds missing ones, and merges the workspace with Yjs', async () => {
    const a = await laptopA();
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    await b.rounds.put(localOnly);
    await b.db.rounds.put({ id: 'broken-b', body: '{' });
    await b.db.settings.put({ key: 'local.pair', value: 'mine' });
    await b.db.docs.put({ id: 'workspace', update: docWith({ d2: 'Weekly 1:1' }), updatedAt: 'x' });
    const { plan } = await b.backup.restore(backup, 'merge');
    expect(plan.rounds.add.map((r) => r.id)).toEqual(['q3-ceo', 'q3-cto']);
    expect((await b.db.rounds.toCollection().primaryKeys()).sort()).toEqual(['broken-b', 'q3-ceo', 'q3-cto', 'q4-ceo']);
    expect((await b.db.settings.get('local.pair'))!.value).toBe('mine');
    expect(readDoc((await b.db.docs.get('workspace'))!.update)).toEqual({ d1: 'Hire a VP Eng', d2: 'Weekly 1:1' });
    // Restoring the same backup again changes nothing more.
    const before = await dump(b.db);
    await b.backup.restore(backup, 'merge');
    const after = JSON.parse(await dump(b.db)) as { docs: { update: number[] }[] };
    expect(readDoc(Uint8Array.from(after.docs[0].update))).toEqual({ d1: 'Hire a VP Eng', d2: 'Weekly 1:1' });
    expect(JSON.parse(before).rounds).toEqual((after as unknown as { rounds: unknown }).rounds);
    a.db.close();
    b.db.close();
  });

  it('a document that is not Yjs is refused before anything is written', async () => {
    const b = await freshDb();
    await b.rounds.put(localOnly);
    const before = await dump(b.db);
    const bad: Backup = { format: 'accord-backup', version: 1, exportedAt: '2026-10-05T12:00:00.000Z', rounds: [q3], docs: [{ id: 'workspace', update: toBase64(new Uint8Array([255, 255, 255, 255, 1])) }] };
    await expect(b.backup.restore(bad, 'replace')).rejects.toThrow(/^docs\[0\]\.update: not a readable Yjs document/);
    expect(await dump(b.db)).toBe(before);
    b.db.close();
  });

  it('a failure in the middle of a replace rolls everything back', async () => {
    const a = await laptopA();
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    await b.rounds.put(localOnly);
    await b.db.settings.put({ key: 'k', value: 'v' });
    const before = await dump(b.db);
    // The rounds are cleared and written, then writing the docs fails (e.g. disk full).
    const original = b.db.docs.bulkPut.bind(b.db.docs);
    b.db.docs.bulkPut = (() => Promise.reject(new Error('QuotaExceededError: disk full'))) as unknown as typeof original;
    await expect(b.backup.restore(backup, 'replace')).rejects.toThrow(/disk full/);
    b.db.docs.bulkPut = original;
    expect(await dump(b.db)).toBe(before);
    a.db.close();
    b.db.close();
  });
});
