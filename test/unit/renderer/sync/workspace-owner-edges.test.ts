// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import type { DocStore } from '../../../../renderer/sync/doc-persistence';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { orderedIds, readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { removeItem, setItemField } from '../../../../renderer/sync/workspace-mutations';
import { getWorkspaceDoc, openWorkspace, type SaveState } from '../../../../renderer/sync/workspace-owner';

// The owner's edges: a failed open, reopening what was stored, the autosave state while a
// save is still being written, a store that keeps no versions, a partner's wipe, a stale handle.

const NOW = new Date(Date.UTC(2025, 2, 10, 9));

// A failed test must not leave its workspace open for the next one.
afterEach(async () => {
  if (getWorkspaceDoc()) await (await openWorkspace(new MemoryDocStore())).close();
});

/** Writes only when the test lets each save finish: an edit can land while one is in flight. */
class HeldStore implements DocStore {
  readonly held: (() => void)[] = [];
  readonly saved = new Map<string, Uint8Array>();
  async load(id: string) {
    return this.saved.get(id);
  }
  save(id: string, update: Uint8Array) {
    return new Promise<void>((resolve) =>
      this.held.push(() => {
        this.saved.set(id, update);
        resolve();
      }),
    );
  }
  release() {
    this.held.shift()!();
  }
}

describe('opening the workspace', () => {
  it('a store that cannot load fails the open with its reason; the next open starts afresh', async () => {
    const broken: DocStore = { load: () => Promise.reject(new Error('disk gone')), save: async () => undefined };
    await expect(openWorkspace(broken)).rejects.toThrow('disk gone');
    expect(getWorkspaceDoc()).toBeUndefined();
    const ws = await openWorkspace(new MemoryDocStore());
    expect(getWorkspaceDoc()).toBe(ws.doc);
    await ws.close();
  });

  it('reopening reads what was stored, and an unchanged reopened workspace reads as saved at once', async () => {
    const store = new MemoryDocStore();
    const first = await openWorkspace(store);
    const row = orderedIds(first.doc, 'matrix')[0];
    setItemField(first.doc, 'matrix', row, 'decision', 'Kept across runs');
    await first.close();

    const again = await openWorkspace(store);
    expect(again.saveState()).toEqual({ state: 'saved' });
    expect(readWorkspace(again.doc).matrix.find((r) => r.id === row)?.decision).toBe('Kept across runs');
    await again.close();
  });

  it('stays "saving" while an edit made during a save is unwritten; one "saved" once all is written', async () => {
    const store = new HeldStore();
    const ws = await openWorkspace(store);
    expect(ws.saveState().state).toBe('saving'); // the seed is not written yet
    await vi.waitFor(() => expect(store.held).toHaveLength(1));
    const seen: SaveState[] = [];
    ws.onSaveState((s) => seen.push(s.state));

    const row = orderedIds(ws.doc, 'matrix')[0];
    setItemField(ws.doc, 'matrix', row, 'decision', 'Typed while the seed was being written');
    setItemField(ws.doc, 'matrix', row, 'decision', 'Typed again');
    store.release(); // the seed is written; the edits are not
    await vi.waitFor(() => expect(store.held).toHaveLength(1));
    expect(ws.saveState().state).toBe('saving');
    expect(seen).toEqual([]);

    store.release();
    await vi.waitFor(() => expect(ws.saveState()).toEqual({ state: 'saved' }));
    expect(seen).toEqual(['saved']);
    const written = new Y.Doc();
    Y.applyUpdate(written, store.saved.get('workspace')!);
    expect(readWorkspace(written).matrix.find((r) => r.id === row)?.decision).toBe('Typed again');
    await ws.close();
  });

  it('keeps its "open" version stamped by the given clock', async () => {
    const ws = await openWorkspace(new MemoryDocStore(), () => NOW);
    await vi.waitFor(async () => expect(await ws.versions!.list()).toHaveLength(1));
    const [open] = await ws.versions!.list();
    expect(open).toMatchObject({ reason: 'open', at: NOW.toISOString() });
    await ws.close();
  });

  it('works with a store that keeps no versions: restoring one fails clearly, closing still works', async () => {
    const memory = new MemoryDocStore();
    const noVersions: DocStore = { load: (id) => memory.load(id), save: (id, u) => memory.save(id, u) };
    const ws = await openWorkspace(noVersions);
    expect(ws.versions).toBeUndefined();
    await expect(ws.restoreVersion('any')).rejects.toThrow('That version is no longer kept.');
    await ws.close();
    expect(getWorkspaceDoc()).toBeUndefined();
  });
});

describe("a partner's wipe of the open workspace", () => {
  it('is flagged, restored in one step, and that restore is one of my own undoable edits', async () => {
    const ws = await openWorkspace(new MemoryDocStore());
    const rows = orderedIds(ws.doc, 'matrix');
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(ws.doc));
    const before = Y.encodeStateVector(partner);
    for (const id of rows) removeItem(partner, 'matrix', id);
    Y.applyUpdate(ws.doc, Y.encodeStateAsUpdate(partner, before), PEER_ORIGIN);
    expect(orderedIds(ws.doc, 'matrix')).toEqual([]);
    expect(ws.massDeletes.current()?.removed).toBeGreaterThanOrEqual(rows.length);

    expect(ws.massDeletes.restore()).toBe(true);
    expect(orderedIds(ws.doc, 'matrix')).toEqual(rows);
    ws.undo.undo();
    expect(orderedIds(ws.doc, 'matrix')).toEqual([]);
    await ws.close();
  });
});

describe('a stale handle', () => {
  it('closed again after a new open leaves the workspace open now alone', async () => {
    const store = new MemoryDocStore();
    const old = await openWorkspace(store);
    await old.close();
    const now = await openWorkspace(store);
    await old.close();
    expect(getWorkspaceDoc()).toBe(now.doc);
    expect(await openWorkspace(store)).toBe(now); // not a second doc for the same store
    await now.close();
    expect(getWorkspaceDoc()).toBeUndefined();
  });
});
