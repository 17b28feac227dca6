// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { orderedIds } from '../../../../renderer/sync/workspace-doc';
import { setItemField } from '../../../../renderer/sync/workspace-mutations';
import { getWorkspaceDoc, openWorkspace, snapshotWorkspace, type SaveState } from '../../../../renderer/sync/workspace-owner';

// The owner of the open workspace doc: which doc is open, its autosave state (a real
// IndexedDB that closes under it and opens again), and versions when none is open.

const fresh = () => new AccordDatabase(`accord-owner-${Math.random()}`);

describe('the open workspace', () => {
  it('is the one doc getWorkspaceDoc answers with, from open until close; the clock defaults to now', async () => {
    expect(getWorkspaceDoc()).toBeUndefined();
    const db = fresh();
    const ws = await openWorkspace(new DexieDocStore(db));
    expect(getWorkspaceDoc()).toBe(ws.doc);
    expect(orderedIds(ws.doc, 'matrix').length).toBeGreaterThan(0); // seeded
    await ws.close();
    expect(getWorkspaceDoc()).toBeUndefined();
    db.close();
  });

  it('reports a failed save with its reason, then saved again once a later save succeeds; a listener can leave', async () => {
    const db = fresh();
    const ws = await openWorkspace(new DexieDocStore(db));
    await vi.waitFor(() => expect(ws.saveState()).toEqual({ state: 'saved' }));
    const seen: SaveState[] = [];
    const leave = ws.onSaveState((s) => seen.push(s.state));
    const row = orderedIds(ws.doc, 'matrix')[0];

    db.close(); // the storage goes away under the open workspace
    setItemField(ws.doc, 'matrix', row, 'decision', 'Written while storage is closed');
    await vi.waitFor(() => expect(ws.saveState().state).toBe('error'));
    expect(ws.saveState().error).toMatch(/closed/i);

    await db.open();
    setItemField(ws.doc, 'matrix', row, 'decision', 'Written again');
    await vi.waitFor(() => expect(ws.saveState()).toEqual({ state: 'saved' }));
    expect(seen).toEqual(['saving', 'error', 'saving', 'saved']);

    leave();
    setItemField(ws.doc, 'matrix', row, 'decision', 'Unheard');
    await vi.waitFor(() => expect(ws.saveState()).toEqual({ state: 'saved' }));
    expect(seen).toHaveLength(4);
    await ws.close();
    db.close();
  });

  it('restoring a version that is no longer kept fails with a clear message', async () => {
    const db = fresh();
    const ws = await openWorkspace(new DexieDocStore(db));
    await expect(ws.restoreVersion('no-such-version')).rejects.toThrow('That version is no longer kept.');
    await ws.close();
    db.close();
  });
});

describe('keeping a version with no workspace open', () => {
  it('keeps nothing when the store keeps no versions, or holds no workspace yet', async () => {
    const db = fresh();
    const store = new DexieDocStore(db);
    const ws = await openWorkspace(store);
    setItemField(ws.doc, 'matrix', orderedIds(ws.doc, 'matrix')[0], 'decision', 'Changed since the open version');
    await ws.close(); // stored now
    const withoutVersions = { load: (id: string) => store.load(id), save: (id: string, u: Uint8Array) => store.save(id, u) };
    expect(await snapshotWorkspace('before-backup-restore', withoutVersions)).toBe(false);
    expect(await snapshotWorkspace('before-backup-restore')).toBe(false);
    const empty = fresh();
    expect(await snapshotWorkspace('before-backup-restore', new DexieDocStore(empty))).toBe(false);
    expect(await empty.versions.count()).toBe(0);
    expect(await snapshotWorkspace('before-backup-restore', store)).toBe(true); // the same store with its versions does
    db.close();
    empty.close();
  });
});
