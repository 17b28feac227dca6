// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { BackupRepository } from '../../../../renderer/data/backup-repository';
import { mergeKeepingLocal } from '../../../../renderer/data/merge-doc';
import { withoutDeepTypes } from '../../../../renderer/data/deep-types';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup/format';
import { addItem } from '../../../../renderer/sync/workspace-mutations';
import { orderedIds, projectWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { openWorkspace } from '../../../../renderer/sync/workspace-owner';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';

/*
 * Before the guard refused types nested more than four deep (530f81d), a partner's
 * 20,000-deep map was taken in and saved with the workspace. Such a document — in
 * IndexedDB or in a backup made from it — must still merge: the too-deep subtree is
 * left out and named, and everything legitimate stays.
 */

const NOW = new Date('2026-10-01T09:00:00Z');
const LEVELS = 20_000;
const row = (id: string, decision: string) => ({ id, decision, accountable: ['CEO' as const], consulted: [], informed: [], cadence: 'Weekly' });

/** `levels` maps one inside the other, the outermost at `parent[key]`, all in one (peer) transaction. */
function flood(doc: Y.Doc, parent: Y.Map<unknown>, key: string, levels = LEVELS): void {
  doc.transact(() => {
    let at = new Y.Map<unknown>();
    parent.set(key, at);
    for (let i = 1; i < levels; i++) {
      const inner = new Y.Map<unknown>();
      at.set('k', inner);
      at = inner;
    }
  }, PEER_ORIGIN);
}

/** A seeded workspace with one matrix row of its own. */
function laptop(rowId: string, decision: string): Y.Doc {
  const doc = new Y.Doc();
  seedIfEmpty(doc, NOW);
  addItem(doc, 'matrix', row(rowId, decision) as never);
  return doc;
}

/** A workspace as an old laptop stored it: its own row, then the partner's flood (no guard then). */
function floodedState(): Uint8Array {
  const doc = laptop('here-1', 'Kept from this laptop');
  flood(doc, doc.getMap('matrix'), 'flood');
  return Y.encodeStateAsUpdate(doc);
}

function load(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

/** How many maps deep the chain under matrix["flood"] goes now, counted without recursion. */
function floodDepth(doc: Y.Doc): number {
  let depth = 0;
  for (let at: unknown = doc.getMap('matrix').get('flood'); at instanceof Y.Map; at = (at as Y.Map<unknown>).get('k')) depth++;
  return depth;
}

const decisions = (doc: Y.Doc) => projectWorkspace(doc).matrix.map((r) => r.decision);
const FLOOD_PATH = 'matrix["flood"]["k"]["k"]["k"]["k"]';

describe('merging a document that holds a 20,000-deep shared type (stored before the guard)', () => {
  it('merges a backup into a flooded laptop: every row kept, the subtree below depth 4 dropped and named', () => {
    const fresh = new Y.Doc();
    seedIfEmpty(fresh, NOW);
    const seeded = orderedIds(fresh, 'matrix');
    expect(seeded.length).toBeGreaterThan(0);
    const backup = laptop('backup-1', 'Only in the backup');
    const merged = mergeKeepingLocal(floodedState(), Y.encodeStateAsUpdate(backup));

    expect(merged.dropped).toEqual({ here: [{ path: FLOOD_PATH, types: LEVELS - 4 }], backup: [] });
    const result = load(merged.update);
    expect(floodDepth(result)).toBe(4);
    expect(decisions(result)).toEqual(expect.arrayContaining(['Kept from this laptop', 'Only in the backup']));
    expect(orderedIds(result, 'matrix')).toEqual(expect.arrayContaining(seeded));
    // The result reads whole, and merges again.
    expect(() => result.toJSON()).not.toThrow();
    expect(() => mergeKeepingLocal(merged.update, Y.encodeStateAsUpdate(backup))).not.toThrow();
  });

  it('merges a flooded backup into a clean laptop: the backup’s rows come in, its subtree does not', () => {
    const here = laptop('here-2', 'Written here');
    const merged = mergeKeepingLocal(Y.encodeStateAsUpdate(here), floodedState());

    expect(merged.dropped).toEqual({ here: [], backup: [{ path: FLOOD_PATH, types: LEVELS - 4 }] });
    const result = load(merged.update);
    expect(floodDepth(result)).toBe(4);
    expect(decisions(result)).toEqual(expect.arrayContaining(['Written here', 'Kept from this laptop']));
  });
});

describe('withoutDeepTypes', () => {
  it('leaves a document with nothing too deep byte for byte as it was (four deep is allowed)', () => {
    const doc = laptop('a', 'A');
    flood(doc, doc.getMap('meta'), 'four', 4);
    const update = Y.encodeStateAsUpdate(doc);
    expect(withoutDeepTypes(update)).toEqual({ update, dropped: [] });
  });

  it('names a list position on the way, and drops deep types hanging in lists too', () => {
    const doc = new Y.Doc();
    const list = doc.getArray<unknown>('notes');
    list.push(['plain', 'plain']);
    const holder = new Y.Map<unknown>();
    list.push([holder]);
    const inner = new Y.Array<unknown>();
    holder.set('cells', inner);
    const deeper = new Y.Map<unknown>();
    inner.push([deeper]);
    flood(doc, deeper, 'x', 50);
    const cleaned = withoutDeepTypes(Y.encodeStateAsUpdate(doc));
    expect(cleaned.dropped).toEqual([{ path: 'notes[2]["cells"][0]["x"]["k"]', types: 49 }]);
    const result = load(cleaned.update).getArray('notes').toJSON();
    expect(result).toEqual(['plain', 'plain', { cells: [{ x: {} }] }]);
  });
});

describe('a backup Merge or Replace on a laptop that once took in the flood (IndexedDB)', () => {
  /** The old laptop's path: the open workspace took the partner's update unguarded and saved it. */
  async function floodedLaptop() {
    const db = new AccordDatabase(`accord-deep-${Math.random()}`);
    await db.open();
    const ws = await openWorkspace(new DexieDocStore(db), () => NOW);
    addItem(ws.doc, 'matrix', row('here-3', 'Decided on this laptop') as never);
    flood(ws.doc, ws.doc.getMap('matrix'), 'flood');
    await ws.close();
    return db;
  }

  function backupOf(doc: Y.Doc): Backup {
    const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [], docs: [{ id: 'workspace', update: Y.encodeStateAsUpdate(doc) }], now: NOW })));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.value;
  }

  const stored = async (db: AccordDatabase) => load((await db.docs.get('workspace'))!.update);

  it('Merge succeeds: both sides’ rows stored, the flood left out and reported with where', async () => {
    const db = await floodedLaptop();
    expect(floodDepth(await stored(db))).toBe(LEVELS);
    const result = await new BackupRepository(db).restore(backupOf(laptop('backup-3', 'From the backup file')), 'merge');

    expect(result.dropped).toEqual([expect.stringContaining(`docs "workspace" (this laptop): ${FLOOD_PATH} — ${LEVELS - 4} shared types nested deeper than 4 levels`)]);
    const after = await stored(db);
    expect(floodDepth(after)).toBe(4);
    expect(decisions(after)).toEqual(expect.arrayContaining(['Decided on this laptop', 'From the backup file']));
    db.close();
  });

  it('a backup exported from that laptop restores with Replace and with Merge, without the flood', async () => {
    const old = await floodedLaptop();
    const { backup } = await new BackupRepository(old).exportAll(NOW);
    const parsed = parseBackup(serializeBackup(backup));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    old.close();

    for (const mode of ['replace', 'merge'] as const) {
      const db = new AccordDatabase(`accord-deep-${Math.random()}`);
      await db.open();
      await db.docs.put({ id: 'workspace', update: Y.encodeStateAsUpdate(laptop('new-1', 'On the new laptop')), updatedAt: NOW.toISOString() });
      const result = await new BackupRepository(db).restore(parsed.value, mode);
      expect(result.dropped).toEqual([expect.stringContaining(`docs "workspace" (the backup): ${FLOOD_PATH}`)]);
      const after = await stored(db);
      expect(floodDepth(after)).toBe(4);
      expect(decisions(after)).toContain('Decided on this laptop');
      if (mode === 'merge') expect(decisions(after)).toContain('On the new laptop');
      db.close();
    }
  });
});
