// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { buildBackup, parseBackup, serializeBackup } from '../../../../shared/backup/format';
import { sealedRound, six } from '../../shared/history/fixtures';
import { dump } from './db-dump';

/*
 * A backup the partner hands over, restored into real IndexedDB (fake-indexeddb) the way the
 * History page does it: parseBackup first, and a restore only if it passed (review r11).
 */

const here = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)] });

async function laptop() {
  const db = new AccordDatabase(`accord-backup-adversary-${Math.random()}`);
  await db.open();
  await new DexieRoundRepository(db).put(here);
  await db.settings.put({ key: 'accord.theme', value: 'dark' });
  return db;
}

/** The History page's order: parse, and restore only a file that passed. */
async function restoreFile(db: AccordDatabase, text: string, mode: 'merge' | 'replace') {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true as const, result: await new BackupRepository(db).restore(parsed.value, mode) };
}

describe('a crafted backup from the partner', () => {
  it('an "own" round sealed in 2099 refuses the whole file, with where and what, and nothing changes (Merge and Replace)', async () => {
    const planted = sealedRound({ id: 'fake-own', role: 'ceo', label: '2099 reset', sealedAt: '2099-01-01T00:00:00.000Z', answers: [six(5), six(5), six(5), six(5)] });
    const text = serializeBackup(buildBackup({ rounds: [planted], settings: { extra: 'x' }, docs: [], now: new Date() }));
    for (const mode of ['merge', 'replace'] as const) {
      const db = await laptop();
      const before = await dump(db);
      const r = await restoreFile(db, text, mode);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors[0]).toMatch(/^rounds\[0\]\.sealedAt: must not be later than this laptop's clock \(by more than 10 minutes\); got "2099-01-01T00:00:00\.000Z"/);
      expect(await dump(db)).toBe(before);
      db.close();
    }
  });

  it('Merge never writes compare.session or a comparison identity; other missing settings are added', async () => {
    const db = await laptop();
    const settings = {
      'compare.session': JSON.stringify({ room: 'partner-room', isHost: true, signalingUrls: ['ws://10.0.0.9:4444/signal'] }),
      'compare.identity.partner-room.q4-ceo': JSON.stringify({ participantId: 'p', salt: '00'.repeat(32) }),
      'local.pair': '{"locks":{}}',
    };
    const r = await restoreFile(db, serializeBackup(buildBackup({ rounds: [], settings, docs: [], now: new Date() })), 'merge');
    expect(r.ok && r.result.plan.settings.ignored).toEqual(['compare.session', 'compare.identity.partner-room.q4-ceo', 'local.pair']);
    expect((await db.settings.orderBy('key').toArray()).map((s) => s.key)).toEqual(['accord.theme']);
    db.close();
  });

  it('Replace writes no session setting from the file either, and an export never carries one', async () => {
    const db = await laptop();
    await db.settings.put({ key: 'compare.session', value: '{"room":"mine"}' });
    await db.settings.put({ key: 'compare.identity.mine.q4-ceo', value: '{}' });
    const exported = await new BackupRepository(db).exportAll(new Date());
    expect(Object.keys(exported.backup.settings ?? {})).toEqual(['accord.theme']);

    const settings = { 'compare.session': '{"room":"partner-room","isHost":true}', 'accord.theme': 'light' };
    const r = await restoreFile(db, serializeBackup(buildBackup({ rounds: [here], settings, docs: [], now: new Date() })), 'replace');
    expect(r.ok).toBe(true);
    expect(await db.settings.orderBy('key').toArray()).toEqual([{ key: 'accord.theme', value: 'light' }]);
    db.close();
  });
});
