// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { buildBackup, parseBackup, serializeBackup } from '../../../../shared/backup/format';
import { closeWorkspace, openWorkspace } from '../../../../renderer/sync/workspace-owner';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('restoring while the workspace is open (the History page, a partner connected)', () => {
  it('an edit still waiting to be saved is not written over the restored workspace afterwards', async () => {
    const db = new AccordDatabase(`accord-open-ws-${Math.random()}`);
    await db.open();
    const ws = await openWorkspace(new DexieDocStore(db));
    await sleep(300);
    const fromBackup = new Y.Doc();
    fromBackup.getMap('log').set('d1', 'From the backup');
    const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [], docs: [{ id: 'workspace', update: Y.encodeStateAsUpdate(fromBackup) }], now: '2026-11-26T12:00:00.000Z' })));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));

    // A partner's edit arrives (or the user typed) just before: its save is scheduled 150 ms later.
    ws.doc.getMap('meta').set('touched', 'now');
    // The hook the History page passes (BackupPanel): the open workspace stops saving before the restore writes.
    await new BackupRepository(db, { beforeWrite: closeWorkspace }).restore(parsed.value, 'replace');
    // The page reloads next; until it does, nothing may write the old workspace back.
    await sleep(400);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await db.docs.get('workspace'))!.update);
    expect(stored.getMap('log').get('d1')).toBe('From the backup');
  });
});
