// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, orderedIds, projectWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import {
  addDependencyItem,
  addMetricItem,
  moveItem,
  removeItem,
  setCriticalFlow,
  setItemField,
  setMetricValueIn,
} from '../../../../renderer/sync/workspace-mutations';
import { MAX_DEPENDENCIES } from '../../../../shared/workspace/dependencies';
import { MAX_METRICS, createMetric } from '../../../../shared/workspace/metrics';

// Edits of the workspace doc at their edges: moving to the end, cells written in an older
// shape (a plain value where a Y type now lives), values of the wrong kind, the dependency cap.

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, new Date(2025, 2, 10));
  migrateListCells(d);
  return d;
}

describe('workspace mutations at their edges', () => {
  it('moving an item to the end (or past it) puts it last, once', () => {
    const doc = laptop();
    const ids = orderedIds(doc, 'matrix');
    // Moved in the reverse of id order, so an item merely dropped from the order (shown after
    // the ordered ones, by id) would not pass.
    const [first, second] = [ids[0], ids[1]].sort().reverse();
    const rest = ids.filter((id) => id !== first && id !== second);
    moveItem(doc, 'matrix', first, ids.length - 1);
    expect(orderedIds(doc, 'matrix')).toEqual([...ids.filter((id) => id !== first), first]);
    moveItem(doc, 'matrix', second, 99);
    expect(orderedIds(doc, 'matrix')).toEqual([...rest, first, second]);
  });

  it('a text cell holding a plain value is turned into text; clearing it gives an empty text', () => {
    const doc = laptop();
    const id = orderedIds(doc, 'matrix')[0];
    itemsOf(doc, 'matrix').get(id)!.set('decision', 'old plain value');
    setItemField(doc, 'matrix', id, 'decision', 'New decision');
    expect(itemsOf(doc, 'matrix').get(id)!.get('decision')).toBeInstanceOf(Y.Text);
    expect(projectWorkspace(doc).matrix[0].decision).toBe('New decision');
    setItemField(doc, 'matrix', id, 'decision', undefined);
    expect(projectWorkspace(doc).matrix[0].decision).toBe('');
  });

  it('a list cell keeps only strings, and something that is not a list clears it', () => {
    const doc = laptop();
    const id = orderedIds(doc, 'matrix')[0];
    setItemField(doc, 'matrix', id, 'consulted', ['Dana', 7, 'Alex']);
    expect(projectWorkspace(doc).matrix[0].consulted).toEqual(['Dana', 'Alex']);
    // Nothing but the strings reaches the shared cell (the partner's validator would refuse a number).
    expect((itemsOf(doc, 'matrix').get(id)!.get('consulted') as Y.Array<unknown>).toArray()).toEqual(['Dana', 'Alex']);
    setItemField(doc, 'matrix', id, 'consulted', 'Dana');
    expect(projectWorkspace(doc).matrix[0].consulted).toEqual([]);
  });

  it('a plain field set to a list keeps its own copy of it', () => {
    const doc = laptop();
    const id = orderedIds(doc, 'dependencies')[0] ?? (addDependencyItem(doc, { id: 'd1', name: 'API', status: 'green', owner: '', note: '' }), 'd1');
    const value = ['yellow'];
    setItemField(doc, 'dependencies', id, 'status', value);
    value.push('changed afterwards');
    expect(itemsOf(doc, 'dependencies').get(id)!.get('status')).toEqual(['yellow']);
  });

  it("a metric whose values are not a map gets one on the first value", () => {
    const doc = laptop();
    const id = orderedIds(doc, 'metrics')[0];
    itemsOf(doc, 'metrics').get(id)!.delete('values');
    setMetricValueIn(doc, id, '2025-01', 5);
    expect(itemsOf(doc, 'metrics').get(id)!.get('values')).toBeInstanceOf(Y.Map);
    expect(projectWorkspace(doc).metrics[0].values).toEqual([{ month: '2025-01', value: 5 }]);
  });

  it(`dependencies stop at ${MAX_DEPENDENCIES}, refused with the count and the limit`, () => {
    const doc = laptop();
    const start = orderedIds(doc, 'dependencies').length;
    for (let i = start; i < MAX_DEPENDENCIES; i++) {
      expect(addDependencyItem(doc, { id: `dep-${i}`, name: `Dep ${i}`, status: 'green', owner: '', note: '' })).toEqual({ ok: true });
    }
    expect(orderedIds(doc, 'dependencies')).toHaveLength(MAX_DEPENDENCIES);
    expect(addDependencyItem(doc, { id: 'one-more', name: 'One more', status: 'red', owner: '', note: '' })).toEqual({
      ok: false,
      error: `Already ${MAX_DEPENDENCIES} dependencies; drop the least important first (at most ${MAX_DEPENDENCIES}).`,
    });
    expect(orderedIds(doc, 'dependencies')).not.toContain('one-more');
  });

  it('clearing a plain field removes it from the item (no key left holding nothing)', () => {
    const doc = laptop();
    const id = orderedIds(doc, 'matrix')[0];
    setItemField(doc, 'matrix', id, 'jointAccountable', true);
    expect(projectWorkspace(doc).matrix[0].jointAccountable).toBe(true);
    setItemField(doc, 'matrix', id, 'jointAccountable', undefined);
    expect(itemsOf(doc, 'matrix').get(id)!.has('jointAccountable')).toBe(false);
    expect('jointAccountable' in projectWorkspace(doc).matrix[0]).toBe(false);
  });

  it('an edit to an item or metric the partner just deleted changes nothing and does not throw', () => {
    const doc = laptop();
    const [rowId] = orderedIds(doc, 'matrix');
    const [metricId] = orderedIds(doc, 'metrics');
    removeItem(doc, 'matrix', rowId);
    removeItem(doc, 'metrics', metricId);
    const before = Y.encodeStateVector(doc);
    setItemField(doc, 'matrix', rowId, 'cadence', 'Weekly');
    setMetricValueIn(doc, metricId, '2025-01', 4);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(itemsOf(doc, 'matrix').has(rowId)).toBe(false);
    expect(itemsOf(doc, 'metrics').has(metricId)).toBe(false);
  });

  it('a critical flow is set by its index, the others stay', () => {
    const doc = laptop();
    setCriticalFlow(doc, 1, 'Checkout');
    expect(projectWorkspace(doc).riskBudgets.criticalFlows).toEqual(['', 'Checkout', '']);
    setCriticalFlow(doc, 1, 'Checkout and refunds');
    setCriticalFlow(doc, 2, 'Core API');
    expect(projectWorkspace(doc).riskBudgets.criticalFlows).toEqual(['', 'Checkout and refunds', 'Core API']);
  });

  it(`metrics stop at ${MAX_METRICS}, refused with the count and the limit`, () => {
    const doc = laptop();
    for (let i = orderedIds(doc, 'metrics').length; i < MAX_METRICS; i++) expect(addMetricItem(doc, createMetric({ name: `M${i}` }))).toEqual({ ok: true });
    expect(addMetricItem(doc, createMetric({ name: 'One more' }))).toEqual({
      ok: false,
      error: `Already ${MAX_METRICS} metrics; remove one before adding another (at most ${MAX_METRICS}).`,
    });
    expect(orderedIds(doc, 'metrics')).toHaveLength(MAX_METRICS);
  });
});
