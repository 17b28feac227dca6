// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createUndoManager,
  itemToY,
  itemsOf,
  local,
  orderedIds,
  projectWorkspace,
  seedIfEmpty,
  seedUpdate,
} from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { addItem, setCriticalFlow, setItemField, setLinkedGaps, setMetricValueIn, setRiskField, setRoadmapItem } from '../../../../renderer/sync/workspace-mutations';
import { WORKSPACE_ROOTS } from '../../../../renderer/sync/workspace-roots';
import { createMetric } from '../../../../shared/workspace/metrics';
import { createRow } from '../../../../shared/workspace/matrix';
import { sync } from './y-sync';

// The workspace doc's shapes at their edges: items added after the seed, fields left out,
// values of an unexpected shape from the partner, the seed's bytes, and what undo covers.

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, new Date(2025, 2, 10));
  migrateListCells(d);
  return d;
}


describe('items added after the seed', () => {
  it('merge cell by cell: both leaders typing in one text and adding to one list keep their edits', () => {
    const a = laptop();
    const b = laptop();
    addItem(a, 'matrix', createRow({ id: 'row-new', decision: 'Pricing', accountable: ['CEO'], consulted: ['CTO'], cadence: '' }));
    sync(a, b);
    setItemField(a, 'matrix', 'row-new', 'decision', 'Pricing changes');
    setItemField(b, 'matrix', 'row-new', 'decision', 'Big Pricing');
    setItemField(a, 'matrix', 'row-new', 'consulted', ['CTO', 'Sales']);
    setItemField(b, 'matrix', 'row-new', 'consulted', ['CTO', 'Board']);
    sync(a, b);
    const row = projectWorkspace(a).matrix.find((r) => r.id === 'row-new')!;
    expect(row.decision).toBe('Big Pricing changes');
    expect([...row.consulted].sort()).toEqual(['Board', 'CTO', 'Sales']);
    expect(projectWorkspace(b)).toEqual(projectWorkspace(a));
  });

  it("a metric's values merge month by month and read back sorted", () => {
    const a = laptop();
    const b = laptop();
    const metric = createMetric({ id: 'metric-new', name: 'Churn', values: [{ month: '2025-02', value: 2 }, { month: '2025-01', value: 1 }] });
    addItem(a, 'metrics', metric);
    sync(a, b);
    expect(projectWorkspace(b).metrics.find((m) => m.id === 'metric-new')!.values).toEqual([
      { month: '2025-01', value: 1 },
      { month: '2025-02', value: 2 },
    ]);
    setMetricValueIn(a, 'metric-new', '2025-03', 3);
    setMetricValueIn(b, 'metric-new', '2025-04', 4);
    sync(a, b);
    expect(projectWorkspace(a).metrics.find((m) => m.id === 'metric-new')!.values.map((v) => v.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
  });

  it('fields left out (undefined) are not written at all', () => {
    const doc = laptop();
    addItem(doc, 'matrix', { ...createRow({ id: 'row-u', decision: 'D', accountable: ['CEO'] }), jointAccountable: undefined });
    addItem(doc, 'ladder', { id: 'lad-u', topic: 'T', workItem: '', systemEffect: '', customerEffect: '', businessEffect: '', decisionAsk: '', askKind: undefined });
    expect(itemsOf(doc, 'matrix').get('row-u')!.has('jointAccountable')).toBe(false);
    expect(itemsOf(doc, 'ladder').get('lad-u')!.has('askKind')).toBe(false);
    expect('askKind' in projectWorkspace(doc).ladder.find((l) => l.id === 'lad-u')!).toBe(false);
  });

  it('the same item with its fields in another order is written as the same operations', () => {
    const row = createRow({ id: 'row-o', decision: 'D', accountable: ['CEO'], consulted: ['CTO'], cadence: 'Weekly' });
    const reversed = Object.fromEntries(Object.entries(row).reverse()) as typeof row;
    const bytes = (item: typeof row) => {
      const d = new Y.Doc();
      d.clientID = 7;
      d.getMap('matrix').set(item.id, itemToY('matrix', item, true));
      return Y.encodeStateAsUpdate(d);
    };
    expect(bytes(reversed)).toEqual(bytes(row));
  });
});

describe("values of an unexpected shape (the partner's modified page)", () => {
  it('a nested map where a plain field belongs is not shown as that field', () => {
    const doc = laptop();
    const id = orderedIds(doc, 'dependencies')[0] ?? 'dep-x';
    if (!itemsOf(doc, 'dependencies').has(id)) addItem(doc, 'dependencies', { id, name: 'API', status: 'green', owner: '', note: '' });
    itemsOf(doc, 'dependencies').get(id)!.set('status', new Y.Map());
    // Read as empty (a string, as every reader expects), so validation names it.
    expect(projectWorkspace(doc).dependencies.dependencies.find((d) => d.id === id)!.status).toBe('');
  });

  it("a nested map is read as month values only under a metric's values", () => {
    const doc = laptop();
    const metricId = orderedIds(doc, 'metrics')[0];
    const rowId = orderedIds(doc, 'matrix')[0];
    const odd = () => {
      const m = new Y.Map<number>();
      m.set('2025-01', 1);
      return m;
    };
    itemsOf(doc, 'metrics').get(metricId)!.set('owner', odd());
    itemsOf(doc, 'matrix').get(rowId)!.set('values', odd());
    const ws = projectWorkspace(doc);
    expect(ws.metrics.find((m) => m.id === metricId)!.owner).toBe('');
    expect('values' in ws.matrix.find((r) => r.id === rowId)!).toBe(false);
  });

  it('gap links under a name that is no artifact are not shown', () => {
    const doc = laptop();
    doc.getMap('linkedGaps').set('not-an-artifact', ['db-1']);
    expect(Object.keys(projectWorkspace(doc).linkedGaps ?? {})).not.toContain('not-an-artifact');
  });

  it('a list held in a plain field is read as a copy: changing what was read changes nothing stored', () => {
    const doc = laptop();
    const id = orderedIds(doc, 'cadence')[0];
    // A declared list field held as a plain array (an older shape).
    itemsOf(doc, 'cadence').get(id)!.set('prereadChecklist', ['Numbers']);
    const read = projectWorkspace(doc).cadence.find((m) => m.id === id)!.prereadChecklist;
    read.push('Injected');
    expect(projectWorkspace(doc).cadence.find((m) => m.id === id)!.prereadChecklist).toEqual(['Numbers']);
    // A field no version declares is not read at all (workspace-items.ts readRowFields): nothing
    // read can share it with the store, and no reader meets the partner's value.
    itemsOf(doc, 'cadence').get(id)!.set('extra', [30]);
    expect('extra' in projectWorkspace(doc).cadence.find((m) => m.id === id)!).toBe(false);
  });

  it('a list held in a number field reads as NaN (not set), never as the list', () => {
    const doc = laptop();
    const id = orderedIds(doc, 'cadence')[0];
    itemsOf(doc, 'cadence').get(id)!.set('durationMinutes', [30]);
    expect(projectWorkspace(doc).cadence.find((m) => m.id === id)!.durationMinutes).toBeNaN();
  });

  it('orphans (items without an order entry) show after the ordered ones, by id', () => {
    const doc = laptop();
    const ids = orderedIds(doc, 'matrix');
    for (const id of ['row-zz', 'row-aa', 'row-mm']) itemsOf(doc, 'matrix').set(id, itemToY('matrix', createRow({ id, accountable: ['CEO'] })));
    expect(orderedIds(doc, 'matrix')).toEqual([...ids, 'row-aa', 'row-mm', 'row-zz']);
  });
});

describe('the seed', () => {
  it('keeps the bytes every earlier version wrote (the same defaults under the same client id)', () => {
    // If this fails, the seed changed: laptops still on the earlier version hold the old seed,
    // and different operations under its (client, clock) pairs would corrupt both docs. Change
    // the defaults only with a new client id (the content hash does that) and update this pin.
    const update = seedUpdate();
    expect(Y.decodeUpdate(update).structs[0].id.client).toBe(578579924);
    expect(createHash('sha256').update(update).digest('hex')).toBe('408a29fcc19bdcdb1dfe6c40a73118c57f590c2f773a78f8a1364e1a6625ed03');
  });

  it('a doc an earlier version already seeded gets no second copy of the defaults', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      doc.getMap('meta').set('seeded', 1);
      doc.getMap('matrix').set('row-old', itemToY('matrix', createRow({ id: 'row-old', decision: 'Old default', accountable: ['CEO'] }), true));
      doc.getArray('matrix.order').push(['row-old']);
    });
    seedIfEmpty(doc, new Date(2025, 2, 10));
    expect(orderedIds(doc, 'matrix')).toEqual(['row-old']);
  });
});

describe('undo', () => {
  it('covers the critical flows, the roadmap item, the risk budgets, gap links and gap fixes', () => {
    const doc = laptop();
    const undo = createUndoManager(doc);
    const before = projectWorkspace(doc);
    setCriticalFlow(doc, 0, 'Login');
    setCriticalFlow(doc, 1, 'Checkout');
    setCriticalFlow(doc, 2, 'Core API');
    setRoadmapItem(doc, 'Checkout v2');
    setRiskField(doc, 'deliverySlipPercent', 33);
    setLinkedGaps(doc, 'matrix', ['db-1']);
    local(doc, () => doc.getMap('gapFixes').set('db-1.topic', new Y.Text('Fix')));
    while (undo.canUndo()) undo.undo();
    expect(projectWorkspace(doc)).toEqual(before);
    expect(doc.getMap('gapFixes').size).toBe(0);
  });

  it('adds no root outside the workspace names (a peer would be refused for one)', () => {
    const doc = laptop();
    createUndoManager(doc);
    for (const name of doc.share.keys()) expect(WORKSPACE_ROOTS).toContain(name);
  });
});
