// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { orderedIds, projectWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { moveItem, setLinkedGaps, setMetricValueIn, setRiskField } from '../../../../renderer/sync/workspace-mutations';
import { restoreWorkspaceFromUpdate } from '../../../../renderer/sync/workspace-restore';
import { ARTIFACT_KEYS } from '../../../../shared/workspace/types';

// Restoring a version touches only what differs, so it merges with the partner's concurrent work.

const NOW = new Date(2025, 2, 10);

function laptop(clientID?: number): Y.Doc {
  const d = new Y.Doc();
  if (clientID !== undefined) d.clientID = clientID;
  seedIfEmpty(d, NOW);
  migrateListCells(d);
  return d;
}

describe('restoring a version', () => {
  it('brings back risk budgets, removed or added gap links and the order of a list', () => {
    const doc = laptop();
    const [gone, alsoGone] = ARTIFACT_KEYS;
    doc.getMap('linkedGaps').delete(gone);
    doc.getMap('linkedGaps').delete(alsoGone);
    const version = Y.encodeStateAsUpdate(doc);
    const before = projectWorkspace(doc);
    const order = orderedIds(doc, 'matrix');
    expect(order.length).toBeGreaterThan(2);

    setRiskField(doc, 'reliabilityMinutesPerQuarter', 999);
    setRiskField(doc, 'deliverySlipPercent', 77);
    setLinkedGaps(doc, gone, ['db-1']);
    moveItem(doc, 'matrix', order[0], order.length - 1);
    expect(orderedIds(doc, 'matrix')).not.toEqual(order);

    restoreWorkspaceFromUpdate(doc, version);
    const after = projectWorkspace(doc);
    expect(after.riskBudgets).toEqual(before.riskBudgets);
    expect(orderedIds(doc, 'matrix')).toEqual(order);
    // The link the version did not have is emptied; the one neither had stays absent.
    expect(after.linkedGaps?.[gone]).toEqual([]);
    expect(after.linkedGaps?.[alsoGone]).toBeUndefined();
    expect({ ...after, linkedGaps: undefined }).toEqual({ ...before, linkedGaps: undefined });
  });

  it("restores a metric's values month by month, leaving months that did not change to the partner", () => {
    const mine = laptop(2); // the higher client id: it would win any concurrent write to the same month
    const id = orderedIds(mine, 'metrics')[0];
    setMetricValueIn(mine, id, '2025-01', 10);
    setMetricValueIn(mine, id, '2025-02', 20);
    const version = Y.encodeStateAsUpdate(mine);
    const partner = new Y.Doc();
    partner.clientID = 1;
    Y.applyUpdate(partner, version);

    setMetricValueIn(mine, id, '2025-01', 11); // changed
    setMetricValueIn(mine, id, '2025-03', 10); // added, with the value another month should have
    setMetricValueIn(mine, id, '2025-02', undefined); // removed
    setMetricValueIn(mine, id, '2025-02', 20); // …and put back as it was
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(partner)));
    setMetricValueIn(partner, id, '2025-02', 25); // the partner's concurrent edit of an unchanged month

    restoreWorkspaceFromUpdate(mine, version);
    const values = (d: Y.Doc) => projectWorkspace(d).metrics.find((m) => m.id === id)!.values;
    expect(values(mine)).toEqual([{ month: '2025-01', value: 10 }, { month: '2025-02', value: 20 }]);
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner, Y.encodeStateVector(mine)));
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(partner)));
    expect(values(mine)).toEqual([{ month: '2025-01', value: 10 }, { month: '2025-02', value: 25 }]);
    expect(values(partner)).toEqual(values(mine));
  });
});
