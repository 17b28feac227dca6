// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup/format';
import { itemsOf, orderedIds, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { dump } from './db-dump';

/*
 * Review r23. A live session refuses a partner's update that puts more than 10,000 entries in one row
 * or list cell (WORKSPACE_LIMITS), so no read of the workspace freezes on it. A backup is the same
 * partner's bytes: a matrix row of 1,000,000 keys is 17 MB, under the size cap, and every read of
 * the workspace then took ~2 s. Restore holds each document, and a merge's result, to the same limits.
 */
const PER_TYPE = WORKSPACE_LIMITS.maxEntriesPerType!;
const NOW = new Date('2026-11-20T09:00:00Z');

/** This laptop: the seeded workspace (`seed`, as both laptops share it after a live sync), with `junk` keys in its first matrix row. */
async function laptop(junk = 0) {
  const db = new AccordDatabase(`accord-entry-limits-${Math.random()}`);
  await db.open();
  const seed = new Y.Doc();
  seedIfEmpty(seed, NOW);
  const rowId = orderedIds(seed, 'matrix')[0];
  const here = new Y.Doc();
  Y.applyUpdate(here, Y.encodeStateAsUpdate(seed));
  pad(here, rowId, 'here', junk);
  await db.docs.put({ id: 'workspace', update: Y.encodeStateAsUpdate(here), updatedAt: NOW.toISOString() });
  return { db, seed, rowId };
}

function pad(doc: Y.Doc, rowId: string, prefix: string, n: number) {
  const row = itemsOf(doc, 'matrix').get(rowId)!;
  doc.transact(() => {
    for (let i = 0; i < n; i++) row.set(`${prefix}-${i}`, 0);
  });
}

/** The partner's copy of the seed with `junk` keys in that row, and a setting a Merge would add. */
function theirBackup(seed: Y.Doc, rowId: string, junk: number): Backup {
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(seed));
  pad(theirs, rowId, 'theirs', junk);
  const built = buildBackup({ rounds: [], settings: { theme: 'dark' }, docs: [{ id: 'workspace', update: Y.encodeStateAsUpdate(theirs) }], now: NOW });
  const parsed = parseBackup(serializeBackup(built));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

describe('a backup’s documents are held to the entry limits a live session holds the partner to', () => {
  it('a row with more entries than a live session accepts in one is refused, naming the document, the row and the limit; nothing changes (Merge and Replace)', async () => {
    for (const mode of ['merge', 'replace'] as const) {
      const { db, seed, rowId } = await laptop();
      const before = await dump(db);
      const backup = theirBackup(seed, rowId, PER_TYPE);
      const held = itemsOf(seed, 'matrix').get(rowId)!.size + PER_TYPE;
      await expect(new BackupRepository(db).restore(backup, mode)).rejects.toThrow(
        `docs "workspace": matrix.${rowId}: ${held} entries in one nested map or list, over the ${PER_TYPE}-entry limit — more than a live session accepts from the partner`,
      );
      expect(await dump(db)).toBe(before);
      db.close();
    }
  });

  it('a merge whose two sides are each within the limit but add up to more in one row is refused, suggesting Replace as the byte limit does, and nothing changes', async () => {
    const half = PER_TYPE / 2 + 100;
    const { db, seed, rowId } = await laptop(half);
    const before = await dump(db);
    const backup = theirBackup(seed, rowId, half);
    await expect(new BackupRepository(db).restore(backup, 'merge')).rejects.toThrow(
      new RegExp(
        `^docs "workspace", merged with this laptop's: matrix\\.${rowId}: \\d+ entries in one nested map or list, over the ${PER_TYPE}-entry limit — more than a live session accepts from the partner; use Replace, or restore on a laptop with less here$`,
      ),
    );
    expect(await dump(db)).toBe(before);
    db.close();
  });

  it('a workspace within the limits restores as before', async () => {
    const { db, seed, rowId } = await laptop(10);
    const { plan } = await new BackupRepository(db).restore(theirBackup(seed, rowId, 10), 'merge');
    expect(plan.docs.merge.map((d) => d.id)).toEqual(['workspace']);
    const after = new Y.Doc();
    Y.applyUpdate(after, (await db.docs.get('workspace'))!.update);
    expect(itemsOf(after, 'matrix').get(rowId)!.has('theirs-9')).toBe(true);
    db.close();
  });
});
