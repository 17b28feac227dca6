// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProjector, projectWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { addDependencyItem, setItemField, setMetricValueIn, setLinkedGaps, setRiskField, setRoadmapItem } from '../../../../renderer/sync/workspace-mutations';
import { writeSharedPins } from '../../../../renderer/sync/workspace-pins';
import { ARTIFACT_KEYS } from '../../../../shared/workspace/types';

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, new Date(2025, 2, 10));
  migrateListCells(d);
  return d;
}

describe('the incremental projector', () => {
  it('re-reads each section an edit touched: risk budgets, critical flows, the roadmap item, gap links', () => {
    const doc = laptop();
    const p = createProjector(doc);
    p.read();
    setRiskField(doc, 'deliverySlipPercent', 42);
    expect(p.read().riskBudgets.deliverySlipPercent).toBe(42);
    setRoadmapItem(doc, 'Checkout v2');
    expect(p.read().dependencies.roadmapItem).toBe('Checkout v2');
    setLinkedGaps(doc, ARTIFACT_KEYS[0], ['db-3']);
    expect(p.read().linkedGaps?.[ARTIFACT_KEYS[0]]).toEqual(['db-3']);
    expect(p.read()).toEqual(projectWorkspace(doc));
    p.dispose();
  });
  it('keeps every section an edit did not touch, and the whole view when nothing changed', () => {
    const doc = laptop();
    const p = createProjector(doc);
    const first = p.read();
    expect(p.read()).toBe(first);
    const ladderId = first.ladder[0].id;
    setItemField(doc, 'ladder', ladderId, 'topic', 'Renamed topic');
    const second = p.read();
    expect(second.ladder[0].topic).toBe('Renamed topic');
    // Meetings cite decision types; with none dangling they keep their identity too.
    expect(first.cadence.some((m) => m.decisionTypes.length > 0)).toBe(true);
    expect(second.cadence).toBe(first.cadence);
    expect(second.matrix).toBe(first.matrix);
    p.dispose();
  });

  it('an edit outside the workspace sections (shared pins, meta) rebuilds nothing', () => {
    const doc = laptop();
    const p = createProjector(doc);
    const first = p.read();
    writeSharedPins(doc, 'gap-pins:a|b', ['db-1']);
    doc.getMap('meta').set('note', 1);
    expect(p.read()).toBe(first);
    expect(Object.keys(p.read()).sort()).toEqual(Object.keys(projectWorkspace(doc)).sort());
    p.dispose();
  });

  it('once disposed, it stops following the doc', () => {
    const doc = laptop();
    const p = createProjector(doc);
    const first = p.read();
    p.dispose();
    setRiskField(doc, 'deliverySlipPercent', 77);
    expect(p.read()).toBe(first);
    expect(projectWorkspace(doc).riskBudgets.deliverySlipPercent).toBe(77);
  });
});

describe('projecting the workspace', () => {
  it('a meeting citing a decision type that no longer exists (a concurrent delete) shows only the ones that do', () => {
    const doc = laptop();
    const meetings = projectWorkspace(doc).cadence;
    const cited = meetings.find((m) => m.decisionTypes.length > 0)!;
    // As a partner's merge can leave it: the cell names a row the matrix no longer holds.
    setItemField(doc, 'cadence', cited.id, 'decisionTypes', ['row-deleted-elsewhere', ...cited.decisionTypes]);
    const after = projectWorkspace(doc);
    expect(after.cadence.find((m) => m.id === cited.id)!.decisionTypes).toEqual(cited.decisionTypes);
    expect(after.cadence).toEqual(meetings);
    expect(after.matrix).toEqual(projectWorkspace(laptop()).matrix);
  });

  it("a metric's values are shown by month, whatever order they were entered in", () => {
    const doc = laptop();
    const id = projectWorkspace(doc).metrics[0].id;
    for (const month of ['2025-03', '2025-01', '2025-02']) setMetricValueIn(doc, id, month, Number(month.slice(5)));
    expect(projectWorkspace(doc).metrics[0].values.map((v) => v.month)).toEqual(['2025-01', '2025-02', '2025-03']);
  });

  it('a string field holding a list reads empty (every reader calls string methods on it)', () => {
    const doc = laptop();
    expect(addDependencyItem(doc, { id: 'dep-x', name: 'API', status: 'green', owner: '', note: '' })).toEqual({ ok: true });
    setItemField(doc, 'dependencies', 'dep-x', 'status', ['yellow']);
    expect(projectWorkspace(doc).dependencies.dependencies.find((d) => d.id === 'dep-x')!.status).toBe('');
  });
});
