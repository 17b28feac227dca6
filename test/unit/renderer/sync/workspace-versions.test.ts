// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { createUndoManager, orderedIds, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { addLogEntries, removeItem, setItemField, setMetricValueIn } from '../../../../renderer/sync/workspace-mutations';
import { restoreWorkspaceFromUpdate, workspaceOfUpdate } from '../../../../renderer/sync/workspace-restore';
import { MemoryVersionStore, keepVersions } from '../../../../renderer/sync/workspace-versions';
import { openWorkspace, snapshotWorkspace } from '../../../../renderer/sync/workspace-owner';
import { describeVersionDiff } from '../../../../shared/workspace/change-summary';
import { createLogEntry } from '../../../../shared/workspace/log';

const NOW = new Date(2025, 2, 10);

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, NOW);
  migrateListCells(d);
  return d;
}

const entries = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => createLogEntry({ kind: 'decision', what: `Decision ${from + i}`, date: '2025-03-01' }, { now: NOW, id: `log-${from + i}` }));

describe('workspace versions', () => {
  it('keeps a version per reason, skips an unchanged state, and stays within count and byte bounds', async () => {
    const doc = laptop();
    const store = new MemoryVersionStore();
    let t = NOW.getTime();
    const keeper = keepVersions(doc, store, 'workspace', { now: () => new Date((t += 1000)), limits: { maxCount: 4, maxBytes: 10_000_000, editingEveryMs: 1e12 } });
    expect(await keeper.snapshot('open')).toBe(true);
    expect(await keeper.snapshot('connect')).toBe(false); // nothing changed
    for (let i = 0; i < 6; i++) {
      addLogEntries(doc, entries(1, i));
      await keeper.snapshot('manual');
    }
    const list = await keeper.list();
    expect(list).toHaveLength(4);
    // Newest first; the oldest were dropped, but not the version kept when the workspace was opened.
    expect(list[0].at > list[1].at).toBe(true);
    expect(list.map((v) => v.reason)).toEqual(['manual', 'manual', 'manual', 'open']);
    const newest = await keeper.get(list[0].id);
    expect(workspaceOfUpdate(newest!.update).log).toHaveLength(6);

    // Byte budget: the newest is always kept, older ones go once the sum is over.
    const tight = new MemoryVersionStore();
    const k2 = keepVersions(doc, tight, 'workspace', { now: () => new Date((t += 1000)), limits: { maxBytes: newest!.bytes * 3, editingEveryMs: 1e12 } });
    for (let i = 0; i < 5; i++) {
      addLogEntries(doc, entries(1, 100 + i));
      await k2.snapshot('manual');
    }
    expect((await k2.list()).length).toBe(2);
    keeper.destroy();
    k2.destroy();
  });

  it('keeps the state from just before the first edit after a quiet spell', async () => {
    const doc = laptop();
    const store = new MemoryVersionStore();
    let t = NOW.getTime();
    const keeper = keepVersions(doc, store, 'workspace', { now: () => new Date(t), limits: { editingEveryMs: 5 * 60_000 } });
    await keeper.snapshot('open');
    setItemField(doc, 'matrix', 'row-product-bet', 'cadence', 'First');
    t += 60_000; // a minute later: no new version
    setItemField(doc, 'matrix', 'row-product-bet', 'cadence', 'Second');
    t += 10 * 60_000; // ten minutes later: the state before this edit is kept
    setItemField(doc, 'matrix', 'row-product-bet', 'cadence', 'Third');
    await new Promise((r) => setTimeout(r, 10));
    const list = await keeper.list();
    expect(list.map((v) => v.reason)).toEqual(['editing', 'open']);
    const kept = workspaceOfUpdate((await keeper.get(list[0].id))!.update);
    expect(kept.matrix[0].cadence).toBe('Second');
    keeper.destroy();
  });

  it('describes what changed in plain words', () => {
    const doc = laptop();
    const before = readWorkspace(doc);
    addLogEntries(doc, entries(12));
    for (const id of orderedIds(doc, 'matrix').slice(0, 3)) removeItem(doc, 'matrix', id);
    setItemField(doc, 'ladder', orderedIds(doc, 'ladder')[0], 'topic', 'Renamed');
    const text = describeVersionDiff(before, readWorkspace(doc));
    expect(text).toMatch(/^Compared with now: 12 log entries fewer; 3 RACI rows, \d+ list items more; \d+ fields differ\.$/);
    // The topic rename is one of the differing fields; an unchanged workspace says so.
    expect(describeVersionDiff(readWorkspace(doc), readWorkspace(doc))).toBe('Same content as now.');
    const renamedOnly = readWorkspace(doc);
    setItemField(doc, 'ladder', orderedIds(doc, 'ladder')[0], 'topic', 'Renamed again');
    expect(describeVersionDiff(renamedOnly, readWorkspace(doc))).toBe('Compared with now: 1 field differs.');
  });

  it('restoring is an edit on the live doc: it reaches the partner, merges with their work, and one Undo takes it back', () => {
    const mine = laptop();
    const undo = createUndoManager(mine);
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
    const version = Y.encodeStateAsUpdate(mine);
    const original = readWorkspace(mine);

    // Edits after the version: text, lists, metric values, removals, additions, order.
    setItemField(mine, 'matrix', 'row-product-bet', 'decision', 'Changed decision');
    setItemField(mine, 'matrix', 'row-product-bet', 'consulted', ['Nobody']);
    setMetricValueIn(mine, original.metrics[0].id, '2025-01', 42);
    removeItem(mine, 'ladder', original.ladder[0].id);
    addLogEntries(mine, entries(3));
    undo.stopCapturing();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(partner)));
    // The partner keeps working meanwhile.
    const partnerUpdates: Uint8Array[] = [];
    partner.on('update', (u: Uint8Array) => partnerUpdates.push(u));
    setItemField(partner, 'cadence', original.cadence[0].id, 'name', 'Partner renamed this');

    const docBefore = mine;
    restoreWorkspaceFromUpdate(mine, version);
    expect(mine).toBe(docBefore);
    expect(readWorkspace(mine)).toEqual(original);

    // Both exchange: the restore and the partner's concurrent rename both land on both.
    Y.applyUpdate(mine, Y.mergeUpdates(partnerUpdates));
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(partner)));
    const expected = { ...original, cadence: original.cadence.map((m, i) => (i === 0 ? { ...m, name: 'Partner renamed this' } : m)) };
    expect(readWorkspace(mine)).toEqual(expected);
    expect(readWorkspace(partner)).toEqual(expected);

    // One Undo takes the whole restore back.
    undo.undo();
    const undone = readWorkspace(mine);
    expect(undone.log).toHaveLength(3);
    expect(undone.matrix[0].decision).toBe('Changed decision');
    expect(undone.matrix[0].consulted).toEqual(['Nobody']);
  });

  it('restoring a wiped 300-entry log brings every entry back in order, in one transaction', () => {
    const doc = laptop();
    addLogEntries(doc, entries(300));
    const version = Y.encodeStateAsUpdate(doc);
    const original = readWorkspace(doc);
    doc.transact(() => {
      for (const id of orderedIds(doc, 'log')) removeItem(doc, 'log', id);
    });
    addLogEntries(doc, entries(2, 1000));
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    restoreWorkspaceFromUpdate(doc, version);
    expect(transactions).toBe(1);
    expect(readWorkspace(doc)).toEqual(original);
  });

  it('the owner keeps versions in IndexedDB; snapshotWorkspace and restoreVersion work end to end', async () => {
    const db = new AccordDatabase(`accord-versions-${Math.random()}`);
    const store = new DexieDocStore(db);
    const ws = await openWorkspace(store, () => NOW);
    await new Promise((r) => setTimeout(r, 20));
    const opened = await ws.versions!.list();
    expect(opened.map((v) => v.reason)).toEqual(['open']);
    const seeded = readWorkspace(ws.doc);
    for (const id of orderedIds(ws.doc, 'matrix')) removeItem(ws.doc, 'matrix', id);
    expect(await snapshotWorkspace('before-backup-restore')).toBe(true);
    expect(await snapshotWorkspace('before-backup-restore')).toBe(false); // unchanged: kept once
    setItemField(ws.doc, 'ladder', orderedIds(ws.doc, 'ladder')[0], 'topic', 'Renamed');
    await ws.restoreVersion(opened[0].id);
    expect(readWorkspace(ws.doc)).toEqual(seeded);
    const reasons = (await ws.versions!.list()).map((v) => v.reason);
    expect(reasons).toEqual(['before-restore', 'before-backup-restore', 'open']);
    expect(await db.versions.count()).toBe(3);
    await ws.close();
    // With nothing open, snapshotWorkspace reads the stored doc.
    expect(await snapshotWorkspace('before-backup-restore', store)).toBe(true);
    expect(await db.versions.count()).toBe(4);
    db.close();
  });
});

describe('restoring a version brings back what the pair captured and agreed', () => {
  it('captures, parked items, confirmations, the agenda, pins and gap-fix text deleted by a partner come back; later ones go', async () => {
    const { seedGapFixes, readGapFixes, setGapFixCell } = await import('../../../../renderer/sync/workspace-gap-fixes');
    const mine = laptop();
    seedGapFixes(mine);
    mine.transact(() => {
      for (let i = 0; i < 3; i++) mine.getMap('captures').set(`c${i}`, { id: `c${i}`, kind: 'action', text: `Action ${i}` });
      mine.getMap('parking').set('p1', { id: 'p1', text: 'Hiring plan' });
      mine.getMap('agreement').set('capture:c0|ceo', { role: 'ceo', hash: 'h0' });
      mine.getMap('agenda').set('blocks', '[{"id":"warm-up"}]');
      mine.getMap('gapPins').set('gap-pins:a|b', '["db-2"]');
    });
    setGapFixCell(mine, 'db-2', 'decisionAsk', 'Our own words for the ask');
    const version = Y.encodeStateAsUpdate(mine);
    const before = mine.toJSON();

    // The partner wipes them (fix cells included) and adds one of its own.
    const partner = new Y.Doc();
    Y.applyUpdate(partner, version);
    partner.transact(() => {
      for (const root of ['captures', 'parking', 'agreement', 'agenda', 'gapPins', 'gapFixes']) for (const k of [...partner.getMap(root).keys()]) partner.getMap(root).delete(k);
      partner.getMap('captures').set('evil', { id: 'evil', kind: 'decision', text: 'Not agreed' });
    });
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner, Y.encodeStateVector(mine)));
    expect(readGapFixes(mine)).toEqual({});

    restoreWorkspaceFromUpdate(mine, version);
    const after = mine.toJSON();
    // Every root as it was; roots the version never had are still empty.
    for (const [root, value] of Object.entries(before)) if (value !== undefined) expect(after[root], root).toEqual(value);
    for (const root of ['bets', 'policies', 'actions']) expect(after[root] ?? {}, root).toEqual(before[root] ?? {});
    expect(readGapFixes(mine)['db-2'].decisionAsk).toBe('Our own words for the ask');
    // The fix cells are editable again.
    setGapFixCell(mine, 'db-2', 'decisionAsk', 'Edited after the restore');
    expect(readGapFixes(mine)['db-2'].decisionAsk).toBe('Edited after the restore');
  });
});
