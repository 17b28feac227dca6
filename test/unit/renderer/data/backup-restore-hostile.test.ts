// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup/format';
import { dump } from './db-dump';

async function freshDb() {
  const db = new AccordDatabase(`accord-hostile-${Math.random()}`);
  await db.open();
  return db;
}

function backupOf(docs: { id: string; update: Uint8Array }[]): Backup {
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [], docs, now: '2026-11-26T12:00:00.000Z' })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

/** Client 2's edit alone: it builds on client 1's entry, which it does not carry. */
function incompleteUpdate(): Uint8Array {
  const a = new Y.Doc();
  a.clientID = 1;
  a.getMap('log').set('d1', 'Hire a VP Eng');
  const b = new Y.Doc();
  b.clientID = 2;
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.getMap('log').set('d1', 'Hire a VP Eng in Q1');
  return Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
}

describe('restoring a hostile or damaged backup', () => {
  it('a document that depends on changes it does not contain is refused before anything is written (Replace and Merge alike)', async () => {
    for (const mode of ['replace', 'merge'] as const) {
      const db = await freshDb();
      const here = new Y.Doc();
      here.getMap('log').set('d9', 'Our own decision');
      await db.docs.put({ id: 'workspace', update: Y.encodeStateAsUpdate(here), updatedAt: '2026-11-01T09:00:00.000Z' });
      const before = await dump(db);
      // In Merge the new session doc would be added as it is; in Replace both would be written.
      const backup = backupOf([
        { id: 'session-k7m2q9xa4z', update: incompleteUpdate() },
        { id: 'workspace', update: incompleteUpdate() },
      ]);
      await expect(new BackupRepository(db).restore(backup, mode)).rejects.toThrow(/^docs\[0\]\.update: .*depends on changes it does not contain/);
      expect(await dump(db)).toBe(before);
    }
  });
});

describe('setting names that are also Object.prototype members', () => {
  const backupText = (settings: string) =>
    `{"format":"accord-backup","version":1,"exportedAt":"2026-11-26T12:00:00.000Z","rounds":[],"docs":[],"settings":{${settings}}}`;

  it('"__proto__" is refused at its path instead of being dropped without a word', () => {
    expect(parseBackup(backupText('"local.pair":"d","__proto__":"a"'))).toEqual({
      ok: false,
      errors: ['settings.__proto__: not a setting name (Accord never writes "__proto__")'],
    });
  });

  it('"constructor" and "toString" are planned and restored like any other name, not counted as kept when nothing is here', async () => {
    const parsed = parseBackup(backupText('"constructor":"b","toString":"c","theme":"d"'));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const db = await freshDb();
    await db.settings.put({ key: 'toString', value: 'mine' });
    const { plan } = await new BackupRepository(db).restore(parsed.value, 'merge');
    expect(plan.settings).toEqual({ add: ['constructor', 'theme'], overwrite: [], keep: ['toString'], remove: [], ignored: [] });
    expect(await db.settings.orderBy('key').toArray()).toEqual([
      { key: 'constructor', value: 'b' },
      { key: 'theme', value: 'd' },
      { key: 'toString', value: 'mine' },
    ]);
  });
});
