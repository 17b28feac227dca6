// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../renderer/data/settings-repository';
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup/format';
import { newInvite } from '../../../../shared/invite/invite-code';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * A backup restore while a comparison is live (a partner connected). Everything is real: the
 * compare store, its comparison session and workspace session (y-webrtc with no signaling:
 * Node has no RTCPeerConnection, so no partner ever connects), the open workspace and
 * IndexedDB (fake-indexeddb). The partner's change is put where the peer bridge puts it: into
 * the session's doc, with the peer origin (saved at once, see doc-persistence).
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const NOW = '2026-11-26T12:00:00.000Z';
const round = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', answers: [six(3), six(3), six(3), six(3)] });
const open: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  vi.restoreAllMocks();
});

/** A fresh app (modules re-imported: the stores keep state per page) with a comparison resumed from settings. */
async function liveComparison() {
  vi.resetModules();
  const db = new AccordDatabase(`accord-cmp-restore-${Math.random()}`);
  await db.open();
  const { provideServices } = await import('../../../../renderer/stores/services');
  provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  const { SharedDocSession } = await import('../../../../renderer/sync/session');
  const opened = vi.spyOn(SharedDocSession, 'open');
  const { useCompareStore } = await import('../../../../renderer/stores/compare-store');
  const { stopWritersForRestore } = await import('../../../../renderer/stores/restore-writers');
  const { getWorkspaceDoc } = await import('../../../../renderer/sync/workspace-owner');

  await new DexieRoundRepository(db).put(round);
  const invite = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
  const meta = { ...invite, signalingUrls: [], roundId: round.id, participantId: 'me', salt: 'ab'.repeat(32), isHost: false, createdAt: NOW };
  await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });
  await useCompareStore.getState().resume();
  expect(useCompareStore.getState().error).toBeUndefined();

  const sessions = await Promise.all(opened.mock.results.map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
  const comparison = sessions.find((s) => s.doc !== getWorkspaceDoc())!;
  open.push({ close: () => useCompareStore.getState().leave() });
  // The session's first save (its presence) is on disk.
  await vi.waitFor(async () => expect(await db.docs.get(invite.room)).toBeDefined());
  return { db, room: invite.room, comparison, useCompareStore, stopWritersForRestore };
}

function backupWith(docs: { id: string; update: Uint8Array }[]): Backup {
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [round], docs, now: NOW })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

function workspaceSaying(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('log').set('d1', text);
  return Y.encodeStateAsUpdate(doc);
}

async function storedMap(db: AccordDatabase, id: string, root: string): Promise<Record<string, unknown> | undefined> {
  const row = await db.docs.get(id);
  if (!row) return undefined;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.update);
  return doc.getMap(root).toJSON();
}

describe('a backup restore while a comparison is live', () => {
  it('Replace: neither a pending save nor a partner change arriving mid-restore writes the old comparison doc back', async () => {
    const { db, room, comparison, stopWritersForRestore } = await liveComparison();
    // A change of this laptop's, its save 150 ms away when the restore starts.
    comparison.doc.getMap('participants').set('note', 'pending');
    const backup = backupWith([{ id: 'workspace', update: workspaceSaying('From the backup') }]);
    const repo = new BackupRepository(db, {
      beforeWrite: async () => {
        expect(await stopWritersForRestore()).toEqual({ comparisonStopped: true });
        // The partner's change reaches the comparison doc as the restore's transaction starts.
        comparison.doc.transact(() => comparison.doc.getMap('participants').set('cto', { late: true }), PEER_ORIGIN);
      },
    });
    await repo.restore(backup, 'replace');
    await sleep(400); // the page reloads next; until then nothing may write

    expect(await db.docs.get(room)).toBeUndefined(); // the backup holds no comparison doc
    expect(await storedMap(db, 'workspace', 'log')).toEqual({ d1: 'From the backup' });
  });

  it('Merge: the merged comparison doc is not overwritten by the live session’s whole state', async () => {
    const { db, room, comparison, stopWritersForRestore } = await liveComparison();
    const fromBackup = new Y.Doc();
    fromBackup.getMap('commitments').set('cto', { commitment: 'from-the-backup' });
    const backup = backupWith([{ id: room, update: Y.encodeStateAsUpdate(fromBackup) }]);
    const repo = new BackupRepository(db, {
      beforeWrite: async () => {
        await stopWritersForRestore();
        comparison.doc.transact(() => comparison.doc.getMap('participants').set('cto', { late: true }), PEER_ORIGIN);
      },
    });
    await repo.restore(backup, 'merge');
    await sleep(400);

    expect(await storedMap(db, room, 'commitments')).toEqual({ cto: { commitment: 'from-the-backup' } });
    expect(Object.keys((await storedMap(db, room, 'participants'))!)).toContain('ceo'); // this laptop's presence kept
  });

  it('a restore that fails loses nothing: what was pending is stored, the rest exactly as it was; no session restarts until the reload', async () => {
    const { db, room, comparison, useCompareStore, stopWritersForRestore } = await liveComparison();
    // A stored doc the backup also holds, unreadable here: the merge fails inside the transaction.
    await db.docs.put({ id: 'damaged', update: new Uint8Array([255, 255, 255]), updatedAt: NOW });
    comparison.doc.transact(() => comparison.doc.getMap('participants').set('cto', { arrived: 'just before' }), PEER_ORIGIN);
    comparison.doc.getMap('participants').set('note', 'pending');
    const settingsBefore = await db.settings.orderBy('key').toArray();
    const roundsBefore = await db.rounds.orderBy('id').toArray();

    const backup = backupWith([{ id: 'damaged', update: workspaceSaying('x') }]);
    await expect(new BackupRepository(db, { beforeWrite: async () => void (await stopWritersForRestore()) }).restore(backup, 'merge')).rejects.toThrow('docs "damaged": could not be merged');
    await sleep(400);

    const participants = (await storedMap(db, room, 'participants'))!;
    expect(participants.cto).toEqual({ arrived: 'just before' });
    expect(participants.note).toBe('pending');
    expect(await db.settings.orderBy('key').toArray()).toEqual(settingsBefore);
    expect(await db.rounds.orderBy('id').toArray()).toEqual(roundsBefore);
    expect(Array.from((await db.docs.get('damaged'))!.update)).toEqual([255, 255, 255]);

    await useCompareStore.getState().resume();
    expect(useCompareStore.getState().error).toMatch(/backup is being restored/);
  });
});
