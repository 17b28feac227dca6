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
import { buildBackup, MAX_BACKUP_BYTES, MAX_BACKUP_DOC_BYTES } from '../../../../shared/backup/format';
import { fromBase64 } from '../../../../shared/backup/base64';
import { orderedIds, projectWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { removeItem } from '../../../../renderer/sync/workspace-mutations';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { dump } from './db-dump';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { snapshotWorkspace } from '../../../../renderer/sync/workspace-owner';
import { hasPendingSeal, notePendingSeal, sealWriteEnded } from '../../../../renderer/data/pending-seal';

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

  it('replace drops prepared seals and seal notes with the rounds they were of; a merge leaves them', async () => {
    const a = await laptopA();
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    const open = { ...localOnly, id: 'q4-open', sealedAt: undefined };
    await b.rounds.put(open);
    await b.rounds.prepareSeal({ ...open, sealedAt: '2026-10-02T09:00:00.000Z' });
    // And a note of a seal confirmed but never stored (it would freeze the round it names).
    notePendingSeal({ ...open, sealedAt: '2026-10-02T09:00:00.000Z' });
    sealWriteEnded(open.id, false);
    await b.backup.restore(backup, 'merge');
    expect(await b.db.seals.count()).toBe(1);
    expect(hasPendingSeal(open.id)).toBe(true);
    await b.backup.restore(backup, 'replace');
    expect(await b.db.seals.count()).toBe(0);
    expect(hasPendingSeal(open.id)).toBe(false);
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
    expect(plan.rounds.keptOut).toEqual([]);
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

  it('replace writes a new restore epoch into every doc row, in its transaction; merge keeps the row’s; neither goes into a backup', async () => {
    const a = await laptopA();
    await a.db.docs.put({ id: 'room-1', update: docWith({ c: 'commitment' }), updatedAt: '2026-10-01T09:00:00.000Z' });
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    await b.db.docs.put({ id: 'workspace', update: docWith({ d2: 'Weekly 1:1' }), updatedAt: 'x', epoch: 'before' });
    await b.backup.restore(backup, 'replace');
    const rows = await b.db.docs.toArray();
    const epoch = rows[0].epoch;
    expect(epoch).toMatch(/^[0-9a-f]{24}$/);
    expect(rows.map((r) => [r.id, r.epoch])).toEqual([
      ['room-1', epoch],
      ['workspace', epoch],
    ]);
    await b.backup.restore(backup, 'replace'); // each Replace a new one
    const again = (await b.db.docs.get('workspace'))!.epoch;
    expect(again).toMatch(/^[0-9a-f]{24}$/);
    expect(again).not.toBe(epoch);
    // A merge takes nothing away: a tab holding the workspace under this epoch may still merge over it.
    await b.db.docs.delete('room-1');
    await b.backup.restore(backup, 'merge');
    expect((await b.db.docs.get('workspace'))!.epoch).toBe(again);
    expect((await b.db.docs.get('room-1'))!.epoch).toBeUndefined(); // added by the merge: of no Replace
    const exported = JSON.stringify((await b.backup.exportAll()).backup);
    expect(exported).not.toContain(again!);
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

  it('merge (the issue’s reproduction): the seeded workspace survives a backup that deleted it, and a sealed round here is never replaced', async () => {
    // This laptop: the seeded workspace and a sealed CEO round with db-1 = 5.
    const here = await freshDb();
    const ws = new Y.Doc();
    seedIfEmpty(ws, new Date('2026-10-01T09:00:00Z'));
    const seeded = projectWorkspace(ws);
    await here.db.docs.put({ id: 'workspace', update: Y.encodeStateAsUpdate(ws), updatedAt: 'x' });
    const sealed = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(3), six(3), six(3)] });
    await here.rounds.put(sealed);

    // The backup: the same seed with every matrix row and log entry deleted, and a "newer" copy of the round with db-1 = 1.
    const there = new Y.Doc();
    seedIfEmpty(there, new Date('2026-10-01T09:00:00Z'));
    for (const id of orderedIds(there, 'matrix')) removeItem(there, 'matrix', id);
    for (const id of orderedIds(there, 'log')) removeItem(there, 'log', id);
    const newer = { ...sealed, updatedAt: '2026-12-01T00:00:00.000Z', answers: { ...sealed.answers, 'db-1': { ...sealed.answers['db-1'], value: 1 as const } } };
    const backup = buildBackup({ rounds: [newer], docs: [{ id: 'workspace', update: Y.encodeStateAsUpdate(there) }], now: '2026-12-01T00:00:00.000Z' });

    const { plan } = await here.backup.restore(backup, 'merge');
    expect(plan.rounds.keptOut).toEqual([{ round: newer, reason: 'sealed-here' }]);
    const { rounds } = await here.rounds.list();
    expect(rounds).toEqual([sealed]);
    expect(rounds[0].answers['db-1'].value).toBe(5);
    const merged = new Y.Doc();
    Y.applyUpdate(merged, (await here.db.docs.get('workspace'))!.update);
    expect(projectWorkspace(merged).matrix).toEqual(seeded.matrix);
    expect(projectWorkspace(merged).log).toEqual(seeded.log);
    here.db.close();
  });

  it('replace runs the beforeRestore hook (a workspace version) first; a failing hook stops the restore', async () => {
    const a = await laptopA();
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    await b.rounds.put(localOnly);
    const seen: string[] = [];
    const hooked = new BackupRepository(b.db, {
      beforeRestore: async () => {
        seen.push(JSON.stringify(await b.db.rounds.toCollection().primaryKeys()));
        throw new Error('could not keep a version');
      },
    });
    const before = await dump(b.db);
    await expect(hooked.restore(backup, 'replace')).rejects.toThrow('could not keep a version');
    expect(seen).toEqual(['["q4-ceo"]']);
    expect(await dump(b.db)).toBe(before);
    a.db.close();
    b.db.close();
  });

  it('merge keeps a version of the workspace as it was first, so the merge can be undone; a failing hook stops it', async () => {
    const a = await laptopA();
    const { backup } = await a.backup.exportAll();
    const b = await freshDb();
    const here = docWith({ d2: 'Weekly 1:1' });
    await b.db.docs.put({ id: 'workspace', update: here, updatedAt: 'x' });
    const store = new DexieDocStore(b.db);
    const modes: string[] = [];
    const keeping = new BackupRepository(b.db, {
      beforeRestore: async (mode) => {
        modes.push(mode);
        await snapshotWorkspace('before-backup-restore', store);
      },
    });
    await keeping.restore(backup, 'merge');
    expect(modes).toEqual(['merge']);
    expect(readDoc((await b.db.docs.get('workspace'))!.update)).toEqual({ d1: 'Hire a VP Eng', d2: 'Weekly 1:1' });
    const kept = await store.versions.latest('workspace');
    expect(kept?.reason).toBe('before-backup-restore');
    expect(readDoc(kept!.update)).toEqual({ d2: 'Weekly 1:1' });

    const c = await freshDb();
    await c.db.docs.put({ id: 'workspace', update: here, updatedAt: 'x' });
    const before = await dump(c.db);
    const failing = new BackupRepository(c.db, { beforeRestore: () => Promise.reject(new Error('could not keep a version')) });
    await expect(failing.restore(backup, 'merge')).rejects.toThrow('could not keep a version');
    expect(await dump(c.db)).toBe(before);
    a.db.close();
    b.db.close();
    c.db.close();
  });

  it('export leaves out the rounds it is told to, and lets settings drop what belongs to them', async () => {
    const a = await laptopA();
    await a.db.settings.put({ key: 'local.pair', value: JSON.stringify({ ceoRoundId: 'q3-ceo', locks: { 'q3-ceo': { salt: 'SALT', hash: 'HASH' } } }) });
    const { backup, leftOut } = await a.backup.exportAll(new Date(), {
      leaveOut: new Set(['q3-ceo']),
      redactSetting: (key, value, out) => (key === 'local.pair' && out.has('q3-ceo') ? undefined : value),
    });
    expect(leftOut).toEqual(['q3-ceo']);
    expect(backup.rounds.map((r) => r.id)).toEqual(['q3-cto']);
    const text = serializeBackup(backup);
    expect(text).not.toContain('q3-ceo');
    expect(text).not.toContain('SALT');
    a.db.close();
  });
});

describe('backup and workspace limits agree', () => {
  it('a workspace as large as the live session accepts fits this laptop’s own backup and reads back; one byte more is refused', async () => {
    expect(MAX_BACKUP_DOC_BYTES).toBe(WORKSPACE_LIMITS.maxDocBytes);
    // A workspace just under the session's cap (one long text, as a peer could pad it).
    const doc = new Y.Doc();
    doc.getText('riskBudgets.flow0').insert(0, 'x'.repeat(WORKSPACE_LIMITS.maxDocBytes - 200));
    const update = Y.encodeStateAsUpdate(doc);
    expect(update.byteLength).toBeLessThanOrEqual(WORKSPACE_LIMITS.maxDocBytes);
    expect(update.byteLength).toBeGreaterThan(WORKSPACE_LIMITS.maxDocBytes - 300);

    // This laptop's own backup of it: within both of a restore's limits, and it reads back byte for byte.
    const text = serializeBackup(buildBackup({ rounds: [], docs: [{ id: 'workspace', update }], now: '2026-10-05T12:00:00.000Z' }));
    expect(text.length).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const back = fromBase64(parsed.value.docs[0].update);
    expect(back.byteLength).toBe(update.byteLength);
    expect(Buffer.from(back).equals(Buffer.from(update))).toBe(true);

    const over = toBase64(new Uint8Array(MAX_BACKUP_DOC_BYTES + 1));
    const r = parseBackup(JSON.stringify({ format: 'accord-backup', version: 1, exportedAt: '2026-10-05T12:00:00.000Z', rounds: [], docs: [{ id: 'workspace', update: over }] }));
    expect(!r.ok && r.errors[0]).toMatch(/^docs\[0\]\.update: expected at most/);
  }, 60_000);
});
