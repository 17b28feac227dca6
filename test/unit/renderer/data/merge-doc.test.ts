// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { insertsOnly, mergeKeepingLocal } from '../../../../renderer/data/merge-doc';
import { itemsOf, orderedIds, projectWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { addItem, removeItem, setItemField } from '../../../../renderer/sync/workspace-mutations';

const NOW = new Date('2026-10-01T09:00:00Z');

function laptop(): Y.Doc {
  const doc = new Y.Doc();
  seedIfEmpty(doc, NOW);
  return doc;
}

function load(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

const state = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);
const row = (id: string, decision: string) => ({ id, decision, accountable: ['CEO' as const], consulted: [], informed: [], cadence: 'Weekly' });

describe('mergeKeepingLocal: a Merge restore never deletes or replaces what is here', () => {
  it('keeps every seeded artifact when the backup deleted them all (a delete-only history)', () => {
    const here = laptop();
    const seeded = projectWorkspace(here);
    expect(seeded.matrix.length).toBeGreaterThan(0);
    const there = laptop();
    for (const id of orderedIds(there, 'matrix')) removeItem(there, 'matrix', id);
    for (const id of orderedIds(there, 'log')) removeItem(there, 'log', id);
    expect(projectWorkspace(there).matrix).toEqual([]);

    // The plain Yjs merge is what erased them before.
    expect(projectWorkspace(load(Y.mergeUpdates([state(here), state(there)]))).matrix).toEqual([]);

    const merged = projectWorkspace(load(mergeKeepingLocal(state(here), state(there)).update));
    expect(merged.matrix).toEqual(seeded.matrix);
    expect(merged.log).toEqual(seeded.log);
  });

  it('adds what the backup has on top, and keeps the local additions', () => {
    const here = laptop();
    addItem(here, 'matrix', row('local-row', 'Hiring plan for the platform team'));
    const there = laptop();
    addItem(there, 'matrix', row('backup-row', 'Pricing changes for enterprise plans'));
    removeItem(there, 'matrix', orderedIds(there, 'matrix')[0]);

    const merged = load(mergeKeepingLocal(state(here), state(there)).update);
    const decisions = projectWorkspace(merged).matrix.map((r) => r.decision);
    expect(decisions).toContain('Hiring plan for the platform team');
    expect(decisions).toContain('Pricing changes for enterprise plans');
    expect(decisions).toHaveLength(projectWorkspace(here).matrix.length + 1);
  });

  it('keeps the local value of a field the backup changed later (local wins), and says so', () => {
    const here = laptop();
    const id = orderedIds(here, 'matrix')[0];
    setItemField(here, 'matrix', id, 'accountable', ['CEO']);
    const there = load(state(here)); // shared history, then the backup laptop edits on
    setItemField(there, 'matrix', id, 'accountable', ['CTO']);
    setItemField(there, 'matrix', id, 'consulted', ['Finance']);

    const consulted = projectWorkspace(here).matrix.find((x) => x.id === id)!.consulted;
    const result = mergeKeepingLocal(state(here), state(there));
    expect(result.keptLocal).toBe(2);
    const r = projectWorkspace(load(result.update)).matrix.find((x) => x.id === id)!;
    expect(r.accountable).toEqual(['CEO']);
    expect(r.consulted).toEqual(consulted);
  });

  it('keeps a root text exactly as it is here when the backup edited it, and says so', () => {
    const here = new Y.Doc();
    here.getText('riskBudgets.flow0').insert(0, 'Checkout and billing');
    const there = load(state(here));
    const t = there.getText('riskBudgets.flow0');
    t.delete(0, 'Checkout and '.length);
    t.insert(t.length, ' sync');
    const result = mergeKeepingLocal(state(here), state(there));
    expect(load(result.update).getText('riskBudgets.flow0').toString()).toBe('Checkout and billing');
    expect(result.keptLocal).toBe(1);
  });

  it('keeps a row’s text field as it is here when the backup reworded it', () => {
    const here = laptop();
    const id = orderedIds(here, 'matrix')[0];
    setItemField(here, 'matrix', id, 'decision', 'Hiring plan for the platform team');
    const there = load(state(here));
    setItemField(there, 'matrix', id, 'decision', 'Hiring freeze');
    const result = mergeKeepingLocal(state(here), state(there));
    expect(projectWorkspace(load(result.update)).matrix.find((r) => r.id === id)!.decision).toBe('Hiring plan for the platform team');
    expect(result.keptLocal).toBe(1);
  });

  it('an empty text here takes what the backup typed: nothing here is replaced', () => {
    const here = new Y.Doc();
    here.getText('riskBudgets.flow1').insert(0, 'x');
    here.getText('riskBudgets.flow1').delete(0, 1);
    const there = load(state(here));
    there.getText('riskBudgets.flow1').insert(0, 'Sign-up');
    const result = mergeKeepingLocal(state(here), state(there));
    expect(load(result.update).getText('riskBudgets.flow1').toString()).toBe('Sign-up');
    expect(result.keptLocal).toBe(0);
  });

  it('keeps the local order of a list; only rows new here are added, after the local ones', () => {
    const here = laptop();
    const local = orderedIds(here, 'matrix');
    const there = load(state(here));
    // The backup moved the last row to the top and added one of its own at the top.
    const order = there.getArray<string>('matrix.order');
    there.transact(() => {
      order.delete(order.length - 1, 1);
      order.insert(0, [local.at(-1)!]);
    });
    addItem(there, 'matrix', row('backup-row', 'Pricing changes for enterprise plans'));
    there.transact(() => {
      const ids = order.toArray();
      order.delete(ids.indexOf('backup-row'), 1);
      order.insert(0, ['backup-row']);
    });
    expect(orderedIds(there, 'matrix').slice(0, 2)).toEqual(['backup-row', local.at(-1)]);

    const result = mergeKeepingLocal(state(here), state(there));
    const merged = load(result.update);
    expect(orderedIds(merged, 'matrix')).toEqual([...local, 'backup-row']);
    expect(merged.getArray('matrix.order').toArray()).toEqual([...local, 'backup-row']);
    expect(result.keptLocal).toBe(1);
    // Stable: the same backup again changes nothing.
    const again = mergeKeepingLocal(result.update, state(there));
    expect(orderedIds(load(again.update), 'matrix')).toEqual([...local, 'backup-row']);
    expect(again.keptLocal).toBe(0);
  });

  it('brings back an item deleted here that the backup still has (union)', () => {
    const here = laptop();
    const there = load(state(here));
    const gone = orderedIds(here, 'ladder')[0];
    const before = itemsOf(here, 'ladder').get(gone)!.toJSON();
    removeItem(here, 'ladder', gone);
    const merged = load(mergeKeepingLocal(state(here), state(there)).update);
    expect(itemsOf(merged, 'ladder').get(gone)?.toJSON()).toEqual(before);
    expect(orderedIds(merged, 'ladder')).toContain(gone);
  });

  it('does not bring back what the backup itself deleted, even when this laptop never saw it', () => {
    const here = laptop();
    const there = laptop();
    const undo = new Y.UndoManager(itemsOf(there, 'matrix'), { trackedOrigins: new Set(['workspace-local']) });
    addItem(there, 'matrix', row('short-lived', 'Created then deleted'));
    removeItem(there, 'matrix', 'short-lived');
    undo.destroy();
    const merged = load(mergeKeepingLocal(state(here), state(there)).update);
    expect(itemsOf(merged, 'matrix').has('short-lived')).toBe(false);
  });

  it('is stable: merging the same backup twice changes nothing more', () => {
    const here = laptop();
    const there = laptop();
    addItem(there, 'matrix', row('backup-row', 'From the backup'));
    const once = mergeKeepingLocal(state(here), state(there)).update;
    const twice = mergeKeepingLocal(once, state(there));
    expect(projectWorkspace(load(twice.update))).toEqual(projectWorkspace(load(once)));
    expect(twice.keptLocal + twice.copiedIn).toBe(0);
  });

  it('insertsOnly drops the delete set and everything the target already has', () => {
    const here = laptop();
    const there = load(state(here));
    removeItem(there, 'matrix', orderedIds(there, 'matrix')[0]);
    const inserts = insertsOnly(state(there), Y.encodeStateVector(here));
    expect(Y.decodeUpdate(inserts).ds.clients.size).toBe(0);
    expect(Y.decodeUpdate(state(there)).ds.clients.size).toBeGreaterThan(0);
  });
});
