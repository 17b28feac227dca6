import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createProjector,
  createUndoManager,
  itemsOf,
  orderOf,
  readWorkspace,
  seedIfEmpty,
  workspaceIssues,
} from '../../../../renderer/sync/workspace-doc';
import { addItem, addMetricItem, moveItem, removeItem, setItemField, setMetricValueIn } from '../../../../renderer/sync/workspace-mutations';
import { applyTextDiff } from '../../../../renderer/sync/y-text-diff';
import { parseWorkspace } from '../../../../shared/workspace/validate';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { createMetric } from '../../../../shared/workspace/metrics';
import { createRow } from '../../../../shared/workspace/matrix';

const NOW = new Date(2025, 2, 10);

/** Exchanges all missing updates between two docs, in the given direction first. */
function sync(a: Y.Doc, b: Y.Doc, bFirst = false): void {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  if (bFirst) {
    Y.applyUpdate(a, ub, 'remote');
    Y.applyUpdate(b, ua, 'remote');
  } else {
    Y.applyUpdate(b, ua, 'remote');
    Y.applyUpdate(a, ub, 'remote');
  }
}

function seeded(now = NOW): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, now);
  return d;
}

describe('workspace doc', () => {
  it('seeds the Series A defaults and reads back a valid workspace', () => {
    const doc = seeded();
    const ws = readWorkspace(doc);
    const expected = defaultWorkspace(NOW);
    expect(parseWorkspace(ws).ok).toBe(true);
    expect(ws.matrix).toEqual(expected.matrix);
    expect(ws.ladder).toEqual(expected.ladder);
    expect(ws.cadence).toEqual(expected.cadence);
    expect(ws.metrics).toEqual(expected.metrics);
    expect(ws.riskBudgets).toEqual(expected.riskBudgets);
    expect(ws.linkedGaps?.matrix?.length).toBeGreaterThan(0);
    expect(workspaceIssues(ws)).toEqual([]);
  });

  it('two laptops seeding independently converge without duplicates, in either sync order', () => {
    for (const bFirst of [false, true]) {
      const a = seeded(new Date(2025, 2, 10));
      const b = seeded(new Date(2025, 3, 22));
      setItemField(a, 'matrix', 'row-product-bet', 'cadence', 'Weekly 1:1');
      sync(a, b, bFirst);
      const wa = readWorkspace(a);
      const wb = readWorkspace(b);
      expect(wa).toEqual(wb);
      expect(wa.matrix).toHaveLength(6);
      expect(wa.ladder).toHaveLength(10);
      expect(wa.cadence).toHaveLength(4);
      expect(orderOf(a, 'matrix').length).toBe(6);
      expect(itemsOf(a, 'matrix').size).toBe(6);
      expect(wa.matrix[0].cadence).toBe('Weekly 1:1');
      // Seeding again after the merge changes nothing.
      const before = Y.encodeStateVector(a);
      seedIfEmpty(a, NOW);
      expect(Y.encodeStateVector(a)).toEqual(before);
    }
  });

  it('concurrent typing in the same text cell keeps both insertions, in both exchange orders', () => {
    for (const bFirst of [false, true]) {
      const a = seeded();
      const b = new Y.Doc();
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      // Same cell, "Product bet and target segment": A types at the start, B at the end.
      setItemField(a, 'matrix', 'row-product-bet', 'decision', 'Big product bet and target segment');
      setItemField(b, 'matrix', 'row-product-bet', 'decision', 'Product bet and target segment (FY26)');
      sync(a, b, bFirst);
      const da = readWorkspace(a).matrix[0].decision;
      expect(da).toBe('Big product bet and target segment (FY26)');
      expect(readWorkspace(b).matrix[0].decision).toBe(da);
    }
  });

  it('concurrent edits to different fields of one row both survive', () => {
    const a = seeded();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setItemField(a, 'matrix', 'row-infra-spend', 'accountable', ['CTO']);
    setItemField(b, 'matrix', 'row-infra-spend', 'informed', ['Board', 'Investors']);
    setItemField(b, 'matrix', 'row-infra-spend', 'cadence', 'Monthly strategy');
    sync(a, b);
    const row = readWorkspace(a).matrix.find((r) => r.id === 'row-infra-spend')!;
    expect(row.accountable).toEqual(['CTO']);
    expect(row.informed).toEqual(['Board', 'Investors']);
    expect(row.cadence).toBe('Monthly strategy');
    expect(readWorkspace(b)).toEqual(readWorkspace(a));
  });

  it('concurrent moves of the same row do not duplicate it; metric values for different months merge', () => {
    const a = seeded();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveItem(a, 'matrix', 'row-incident-policy', 0);
    moveItem(b, 'matrix', 'row-incident-policy', 2);
    setMetricValueIn(a, 'metric-lead-time', '2025-01', 3);
    setMetricValueIn(b, 'metric-lead-time', '2025-02', 2.5);
    sync(a, b);
    const ids = readWorkspace(a).matrix.map((r) => r.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(readWorkspace(b).matrix.map((r) => r.id)).toEqual(ids);
    expect(readWorkspace(a).metrics[0].values).toEqual([
      { month: '2025-01', value: 3 },
      { month: '2025-02', value: 2.5 },
    ]);
  });

  it('readWorkspace validates: deleting a row drops it from meetings; invalid edits are reported', () => {
    const doc = seeded();
    removeItem(doc, 'matrix', 'row-product-bet');
    const ws = readWorkspace(doc);
    expect(ws.cadence.every((m) => !m.decisionTypes.includes('row-product-bet'))).toBe(true);
    expect(parseWorkspace(ws).ok).toBe(true);
    setItemField(doc, 'cadence', 'meeting-weekly-1on1', 'time', '25:00');
    const bad = readWorkspace(doc);
    expect(bad.cadence[0].time).toBe('25:00');
    expect(workspaceIssues(bad).join('\n')).toMatch(/time/);
  });

  it('undo restores and redo reapplies local edits only; remote edits are not undone', () => {
    const doc = seeded();
    const undo = createUndoManager(doc);
    addItem(doc, 'matrix', createRow({ id: 'row-x', decision: 'Pricing changes', accountable: ['CEO'], cadence: 'Monthly' }));
    undo.stopCapturing();
    setItemField(doc, 'matrix', 'row-x', 'accountable', ['CEO', 'Sales']);
    expect(readWorkspace(doc).matrix.at(-1)!.accountable).toEqual(['CEO', 'Sales']);
    undo.undo();
    expect(readWorkspace(doc).matrix.at(-1)!.accountable).toEqual(['CEO']);
    undo.undo();
    expect(readWorkspace(doc).matrix.map((r) => r.id)).not.toContain('row-x');
    undo.redo();
    expect(readWorkspace(doc).matrix.at(-1)!.decision).toBe('Pricing changes');
    // Seeding is never on the undo stack.
    while (undo.canUndo()) undo.undo();
    expect(readWorkspace(doc).matrix).toHaveLength(6);
  });

  it('metrics: a ninth is refused', () => {
    const doc = seeded();
    expect(addMetricItem(doc, createMetric({ name: 'Seven' })).ok).toBe(true);
    expect(addMetricItem(doc, createMetric({ name: 'Eight' })).ok).toBe(true);
    const r = addMetricItem(doc, createMetric({ name: 'Nine' }));
    expect(r.ok).toBe(false);
    expect(readWorkspace(doc).metrics).toHaveLength(8);
  });

  it('applyTextDiff turns a string change into a minimal edit', () => {
    const doc = new Y.Doc();
    const t = doc.getText('t');
    t.insert(0, 'hello world');
    const deltas: unknown[] = [];
    t.observe((e) => deltas.push(e.delta));
    applyTextDiff(t, 'hello brave world');
    expect(t.toString()).toBe('hello brave world');
    expect(deltas[0]).toEqual([{ retain: 6 }, { insert: 'brave ' }]);
    applyTextDiff(t, 'hi 😀 world');
    expect(t.toString()).toBe('hi 😀 world');
    applyTextDiff(t, 'hi 😁 world');
    expect(t.toString()).toBe('hi 😁 world');
  });

  it('the projector only rebuilds changed sections', () => {
    const doc = seeded();
    const p = createProjector(doc);
    const first = p.read();
    setItemField(doc, 'matrix', 'row-product-bet', 'cadence', 'Quarterly');
    const second = p.read();
    expect(second.matrix).not.toBe(first.matrix);
    expect(second.ladder).toBe(first.ladder);
    expect(second.log).toBe(first.log);
    expect(second).toEqual(readWorkspace(doc));
    p.dispose();
  });
});
