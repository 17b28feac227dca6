import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { LIST_KEYS, createUndoManager, orderedIds, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { countRemoved, watchMassDeletes } from '../../../../renderer/sync/workspace-mass-delete';
import { addLogEntries, removeItem, setItemField, setRiskField } from '../../../../renderer/sync/workspace-mutations';
import { createLogEntry } from '../../../../shared/workspace/log';

const NOW = new Date(2025, 2, 10);

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, NOW);
  migrateListCells(d);
  return d;
}

/** The partner's doc, in sync with `doc`, and every update it makes from now on. */
function partnerOf(doc: Y.Doc): { doc: Y.Doc; updates: Uint8Array[] } {
  const p = new Y.Doc();
  Y.applyUpdate(p, Y.encodeStateAsUpdate(doc));
  const updates: Uint8Array[] = [];
  p.on('update', (u: Uint8Array) => updates.push(u));
  return { doc: p, updates };
}

const deliver = (to: Y.Doc, updates: Uint8Array[]) => Y.applyUpdate(to, Y.mergeUpdates(updates.splice(0)), PEER_ORIGIN);

function withLog(n: number): Y.Doc {
  const doc = laptop();
  addLogEntries(
    doc,
    Array.from({ length: n }, (_, i) => createLogEntry({ kind: 'decision', what: `Decision ${i}`, date: '2025-03-01', options: ['Yes', 'No'] }, { now: NOW, id: `log-${i}` })),
  );
  return doc;
}

describe('a partner deleting many items at once', () => {
  it('one delete-only update wiping 500 log entries and every artifact is applied, flagged, and restored in one click', () => {
    const mine = withLog(500);
    const undo = createUndoManager(mine);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, localUndo: undo });
    const before = readWorkspace(mine);
    const partner = partnerOf(mine);

    // The partner removes everything in one transaction: a delete-only update.
    partner.doc.transact(() => {
      for (const list of LIST_KEYS) for (const id of orderedIds(partner.doc, list)) removeItem(partner.doc, list, id);
      setRiskField(partner.doc, 'securityBlockingClasses', []);
    });
    const update = Y.mergeUpdates(partner.updates.splice(0));
    expect(Y.decodeUpdate(update).structs).toHaveLength(0);
    Y.applyUpdate(mine, update, PEER_ORIGIN);

    // Applied: the workspace is empty now ...
    expect(readWorkspace(mine).log).toHaveLength(0);
    expect(readWorkspace(mine).matrix).toHaveLength(0);
    // ... and flagged with what was removed.
    const flag = watch.current()!;
    const total = before.log.length + before.matrix.length + before.ladder.length + before.cadence.length + before.metrics.length + before.dependencies.dependencies.length;
    const classes = before.riskBudgets.securityBlockingClasses.length;
    expect(classes).toBeGreaterThan(0);
    expect(flag.removed).toBe(total + classes);
    expect(flag.detail).toBe(`500 log entries, 6 RACI rows, 10 ladder topics, 4 meetings, 6 metrics, ${classes} list items`);
    // The user's own undo never contained the partner's change.
    expect(undo.canUndo()).toBe(false);

    expect(watch.restore()).toBe(true);
    expect(watch.current()).toBeUndefined();
    expect(readWorkspace(mine)).toEqual(before);

    // The restore is an ordinary edit: it reaches the partner ...
    Y.applyUpdate(partner.doc, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(partner.doc)));
    expect(readWorkspace(partner.doc)).toEqual(before);
    // ... and the user can undo and redo it.
    expect(undo.canUndo()).toBe(true);
    undo.undo();
    expect(readWorkspace(mine).log).toHaveLength(0);
    undo.redo();
    expect(readWorkspace(mine).log).toHaveLength(500);
    watch.destroy();
  }, 60_000);

  it('a restore keeps what the partner added in the same change', () => {
    const mine = withLog(20);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const partner = partnerOf(mine);
    partner.doc.transact(() => {
      for (const id of orderedIds(partner.doc, 'log').slice(0, 10)) removeItem(partner.doc, 'log', id);
      addLogEntries(partner.doc, [createLogEntry({ kind: 'risk', what: 'Partner added this', date: '2025-03-02' }, { now: NOW, id: 'log-new' })]);
    });
    deliver(mine, partner.updates);
    expect(watch.current()!.removed).toBe(10);
    expect(watch.current()!.detail).toBe('10 log entries');
    watch.restore();
    const ids = readWorkspace(mine).log.map((e) => e.id);
    expect(ids).toHaveLength(21);
    expect(ids).toContain('log-new');
    expect(ids).toContain('log-0');
  });

  it('small removals, removed list names and local deletes are not flagged; many removed names are', () => {
    const mine = withLog(10);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const partner = partnerOf(mine);
    for (const id of orderedIds(partner.doc, 'log').slice(0, 5)) removeItem(partner.doc, 'log', id);
    deliver(mine, partner.updates);
    expect(readWorkspace(mine).log).toHaveLength(5);
    expect(watch.current()).toBeUndefined();

    // My own mass delete is mine to undo, not a partner's change.
    for (const id of orderedIds(mine, 'log')) removeItem(mine, 'log', id);
    expect(watch.current()).toBeUndefined();

    // Six names removed from RACI cells in one change.
    partner.updates.splice(0);
    Y.applyUpdate(partner.doc, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(partner.doc)));
    partner.doc.transact(() => {
      for (const row of readWorkspace(partner.doc).matrix.slice(0, 3)) {
        setItemField(partner.doc, 'matrix', row.id, 'consulted', []);
        setItemField(partner.doc, 'matrix', row.id, 'informed', []);
      }
    });
    deliver(mine, partner.updates);
    expect(watch.current()?.detail).toMatch(/^\d+ list items$/);
    expect(watch.current()!.removed).toBeGreaterThan(5);
    watch.dismiss();
    expect(watch.current()).toBeUndefined();
  });

  it('emptying a whole artifact is flagged even when it held few items', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const partner = partnerOf(mine);
    partner.doc.transact(() => {
      for (const id of orderedIds(partner.doc, 'cadence')) removeItem(partner.doc, 'cadence', id);
    });
    deliver(mine, partner.updates);
    expect(watch.current()!.detail).toBe('4 meetings');
    watch.restore();
    expect(readWorkspace(mine).cadence).toHaveLength(4);
  });

  it('counting reads only the change: the same count on a small and on a 5,000-entry workspace', () => {
    const counts: number[] = [];
    for (const size of [10, 5000]) {
      const mine = withLog(size);
      const partner = partnerOf(mine);
      for (const id of orderedIds(partner.doc, 'log').slice(0, 7)) removeItem(partner.doc, 'log', id);
      let seen = 0;
      mine.on('afterTransaction', (tr: Y.Transaction) => {
        if (tr.origin === PEER_ORIGIN) seen = countRemoved(mine, tr).total;
      });
      deliver(mine, partner.updates);
      counts.push(seen);
    }
    expect(counts).toEqual([7, 7]);
  }, 60_000);
});

describe('a partner deleting what the pair captured or agreed', () => {
  it('removing every offsite capture, action, parked item and confirmation is flagged and restored in one click', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    mine.transact(() => {
      for (let i = 0; i < 3; i++) {
        mine.getMap('captures').set(`c${i}`, { id: `c${i}`, kind: 'action', text: `Action ${i}` });
        mine.getMap('actions').set(`action-c${i}`, { id: `action-c${i}`, text: `Action ${i}` });
      }
      mine.getMap('parking').set('p1', { id: 'p1', text: 'Hiring plan' });
      mine.getMap('agreement').set('capture:c0|ceo', { role: 'ceo', hash: 'h' });
    });
    const before = mine.toJSON();
    const partner = partnerOf(mine);
    partner.doc.transact(() => {
      for (const root of ['captures', 'actions', 'parking', 'agreement']) for (const k of [...partner.doc.getMap(root).keys()]) partner.doc.getMap(root).delete(k);
    });
    deliver(mine, partner.updates);

    expect(mine.getMap('captures').size).toBe(0);
    const flag = watch.current()!;
    expect(flag.removed).toBe(8);
    expect(flag.detail).toBe('7 offsite items, 1 confirmation');

    expect(watch.restore()).toBe(true);
    expect(mine.toJSON()).toEqual(before);
    expect(watch.current()).toBeUndefined();
  });

  it('a partner removing a handful of records (a normal edit) is not flagged', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    mine.getMap('parking').set('p1', { id: 'p1', text: 'Hiring plan' });
    const partner = partnerOf(mine);
    partner.doc.getMap('parking').delete('p1');
    deliver(mine, partner.updates);
    expect(watch.current()).toBeUndefined();
  });
});
