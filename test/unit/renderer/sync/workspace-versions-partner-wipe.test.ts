// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { orderedIds, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { addLogEntries, removeItem } from '../../../../renderer/sync/workspace-mutations';
import { restoreWorkspaceFromUpdate } from '../../../../renderer/sync/workspace-restore';
import { MemoryVersionStore, VERSION_LIMITS, keepVersions } from '../../../../renderer/sync/workspace-versions';
import { MAX_WORKSPACE_DOC_BYTES } from '../../../../shared/schema/limits';
import { createLogEntry } from '../../../../shared/workspace/log';

// A hostile partner wipes the decision log in small steps, pads the workspace past the
// versions' byte budget and disconnects: the version kept on connect must survive, or
// the wipe cannot be undone.

const NOW = new Date(2025, 2, 10);

const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => createLogEntry({ kind: 'decision', what: `Decision ${i}`, date: '2025-03-01' }, { now: NOW, id: `log-${i}` }));

/**
 * Opens a workspace, writes a 200-entry log, connects; the partner deletes it 5 rows per
 * update (40 updates), adds `padding` bytes in chunks of at most `chunk`, and the session
 * ends. Returns the doc, the keeper and the log as it was on connect.
 */
async function wipeAndPad(padding: number, chunk: number, limits?: Partial<typeof VERSION_LIMITS>) {
  const mine = new Y.Doc();
  seedIfEmpty(mine, NOW);
  migrateListCells(mine);
  let t = NOW.getTime();
  const store = new MemoryVersionStore();
  const clock = () => new Date((t += 1000));
  const keeper = keepVersions(mine, store, 'workspace', { now: clock, limits: { editingEveryMs: Infinity, ...limits } });
  expect(await keeper.snapshot('open')).toBe(true);
  addLogEntries(mine, entries(200));
  expect(await keeper.snapshot('connect')).toBe(true);
  const logOnConnect = readWorkspace(mine).log;

  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
  const send = (change: () => void) => {
    const sv = Y.encodeStateVector(partner);
    change();
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner, sv), PEER_ORIGIN);
  };
  for (let u = 0; u < 40; u++) send(() => partner.transact(() => orderedIds(partner, 'log').slice(0, 5).forEach((id) => removeItem(partner, 'log', id))));
  for (let sent = 0, i = 0; sent < padding; sent += chunk, i++) {
    const n = Math.min(chunk, padding - sent);
    send(() => partner.getMap('padding').set(`p${i}`, 'x'.repeat(n)));
  }
  expect(readWorkspace(mine).log).toHaveLength(0);
  expect(await keeper.snapshot('disconnect')).toBe(true);
  return { mine, keeper, logOnConnect, store, clock, send };
}

async function restoreConnectVersion(mine: Y.Doc, keeper: ReturnType<typeof keepVersions>) {
  const connect = (await keeper.list()).find((v) => v.reason === 'connect');
  expect(connect).toBeDefined();
  restoreWorkspaceFromUpdate(mine, (await keeper.get(connect!.id))!.update);
}

describe('a partner padding the workspace past the versions budget after a wipe', () => {
  it('(small limits) keeps the connect and open versions though the newest alone is over the budget; restoring connect brings the whole log back', async () => {
    const { mine, keeper, logOnConnect } = await wipeAndPad(30_000, 8_000, { maxBytes: 20_000 });
    const list = await keeper.list();
    expect(list[0].reason).toBe('disconnect');
    expect(list[0].bytes).toBeGreaterThan(20_000);
    expect(list.map((v) => v.reason)).toEqual(['disconnect', 'connect', 'open']);
    await restoreConnectVersion(mine, keeper);
    expect(readWorkspace(mine).log).toEqual(logOnConnect);
    expect(logOnConnect).toHaveLength(200);
    keeper.destroy();
  });

  it('(real limits) a 25 MB padded workspace — within what a session accepts — leaves the connect version restorable', async () => {
    const { mine, keeper, logOnConnect } = await wipeAndPad(25_000_000, 8_000_000);
    const list = await keeper.list();
    expect(list[0].bytes).toBeGreaterThan(25_000_000);
    expect(list.map((v) => v.reason)).toEqual(['disconnect', 'connect', 'open']);
    await restoreConnectVersion(mine, keeper);
    expect(readWorkspace(mine).log).toEqual(logOnConnect);
    // What a live session accepts fits in the budget at least twice over.
    expect(VERSION_LIMITS.maxBytes).toBeGreaterThanOrEqual(2 * MAX_WORKSPACE_DOC_BYTES);
    keeper.destroy();
  }, 30_000);

  it('neither count nor bytes prune the newest connect, before-* and opened versions; other old ones go', async () => {
    const doc = new Y.Doc();
    let t = NOW.getTime();
    const store = new MemoryVersionStore();
    const keeper = keepVersions(doc, store, 'ws', { now: () => new Date((t += 1000)), limits: { maxCount: 6, maxBytes: 1, editingEveryMs: Infinity } });
    const kept: string[] = [];
    const step = async (reason: Parameters<typeof keeper.snapshot>[0]) => {
      doc.getMap('n').set('i', kept.length);
      doc.getText('big').insert(0, 'y'.repeat(100));
      expect(await keeper.snapshot(reason)).toBe(true);
      kept.push(reason);
    };
    for (const reason of ['open', 'manual', 'before-import', 'connect', 'before-restore', 'before-backup-restore', 'connect'] as const) await step(reason);
    for (let i = 0; i < 10; i++) await step('manual');
    // Over the byte budget from the first: only the newest and the protected ones are left.
    expect((await keeper.list()).map((v) => v.reason)).toEqual(['manual', 'connect', 'before-backup-restore', 'before-restore', 'connect', 'before-import', 'open']);
    keeper.destroy();
  });

  it("an opened state equal to the newest version protects that one as the session's baseline", async () => {
    const doc = new Y.Doc();
    let t = NOW.getTime();
    const store = new MemoryVersionStore();
    const first = keepVersions(doc, store, 'ws', { now: () => new Date((t += 1000)), limits: { maxCount: 2, editingEveryMs: Infinity } });
    doc.getMap('n').set('i', 0);
    await first.snapshot('disconnect');
    first.destroy();
    // The app opens again on the same state: no new version, the disconnect one is the baseline.
    const keeper = keepVersions(doc, store, 'ws', { now: () => new Date((t += 1000)), limits: { maxCount: 2, editingEveryMs: Infinity } });
    expect(await keeper.snapshot('open')).toBe(false);
    for (let i = 1; i < 5; i++) {
      doc.getMap('n').set('i', i);
      await keeper.snapshot('manual');
    }
    expect((await keeper.list()).map((v) => v.reason)).toEqual(['manual', 'disconnect']);
    keeper.destroy();
  });

  it('(review r12) the state from before a session outlives two restarts on the wiped state', async () => {
    // The log is there when the app opens; "connect" equals "open" and is not written, so
    // only the opened version holds the state from before the session.
    const mine = new Y.Doc();
    seedIfEmpty(mine, NOW);
    migrateListCells(mine);
    addLogEntries(mine, entries(200));
    const logBefore = readWorkspace(mine).log;
    let t = NOW.getTime();
    const store = new MemoryVersionStore();
    const opts = { now: () => new Date((t += 1000)), limits: { maxBytes: 20_000, editingEveryMs: Infinity } };
    const session = keepVersions(mine, store, 'workspace', opts);
    expect(await session.snapshot('open')).toBe(true);
    expect(await session.snapshot('connect')).toBe(false);
    // The partner wipes the log and pads the workspace past the byte budget; the link drops.
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
    partner.transact(() => orderedIds(partner, 'log').forEach((id) => removeItem(partner, 'log', id)));
    partner.getMap('padding').set('p', 'x'.repeat(25_000));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner), PEER_ORIGIN);
    expect(await session.snapshot('disconnect')).toBe(true);
    session.destroy();
    // Two restarts, each after an edit to the wiped workspace: each writes its own "open".
    for (const edit of ['a', 'b']) {
      mine.getMap('padding').set('tail', edit);
      const restart = keepVersions(mine, store, 'workspace', opts);
      expect(await restart.snapshot('open')).toBe(true);
      restart.destroy();
    }
    const versions = await store.list('workspace');
    const before = [];
    for (const v of versions) {
      const probe = new Y.Doc();
      Y.applyUpdate(probe, (await store.get(v.id))!.update);
      if (readWorkspace(probe).log.length === 200) before.push(v);
    }
    expect(before.map((v) => v.reason)).toEqual(['open']);
    restoreWorkspaceFromUpdate(mine, (await store.get(before[0].id))!.update);
    expect(readWorkspace(mine).log).toEqual(logBefore);
  });

  it('(review r13) five restarts after a wipe, the partner touching one cell in each session, leave the state from before it; after 14 days only the newest starts are kept', async () => {
    const mine = new Y.Doc();
    seedIfEmpty(mine, NOW);
    migrateListCells(mine);
    addLogEntries(mine, entries(200));
    let t = NOW.getTime();
    const store = new MemoryVersionStore();
    const opts = { now: () => new Date((t += 60_000)), limits: { maxBytes: 20_000, editingEveryMs: Infinity } };
    const first = keepVersions(mine, store, 'workspace', opts);
    expect(await first.snapshot('open')).toBe(true);
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
    partner.transact(() => orderedIds(partner, 'log').forEach((id) => removeItem(partner, 'log', id)));
    partner.getMap('padding').set('p', 'x'.repeat(25_000));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner), PEER_ORIGIN);
    first.destroy();
    const holdsLog = async () => {
      const found: string[] = [];
      for (const v of await store.list('workspace')) {
        const probe = new Y.Doc();
        Y.applyUpdate(probe, (await store.get(v.id))!.update);
        if (readWorkspace(probe).log.length === 200) found.push(v.reason);
      }
      return found;
    };
    for (let day = 1; day <= 5; day++) {
      t += 86_400_000; // a day later
      partner.getMap('padding').set('tail', `day ${day}`);
      Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner), PEER_ORIGIN);
      const restart = keepVersions(mine, store, 'workspace', opts);
      expect(await restart.snapshot('open')).toBe(true);
      restart.destroy();
    }
    expect(await holdsLog()).toEqual(['open']);
    // Two weeks on, a start beyond the newest three is no longer kept over the budget.
    t += 15 * 86_400_000;
    partner.getMap('padding').set('tail', 'later');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner), PEER_ORIGIN);
    const late = keepVersions(mine, store, 'workspace', opts);
    expect(await late.snapshot('open')).toBe(true);
    late.destroy();
    expect(await holdsLog()).toEqual([]);
    expect((await store.list('workspace')).map((v) => v.reason)).toEqual(['open', 'open', 'open']);
  });
});
