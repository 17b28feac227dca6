// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { orderOf, orderedIds, projectWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { seedGapFixes } from '../../../../renderer/sync/workspace-gap-fixes';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import {
  addItem,
  addLogEntries,
  moveItem,
  removeItem,
  setCriticalFlow,
  setItemField,
  setLinkedGaps,
  setMetricValueIn,
} from '../../../../renderer/sync/workspace-mutations';
import { restoreWorkspaceFromUpdate, restoreWorkspaceTo } from '../../../../renderer/sync/workspace-restore';
import { createLogEntry } from '../../../../shared/workspace/log';
import { ARTIFACT_KEYS } from '../../../../shared/workspace/types';

// Restoring touches only what differs: an unchanged workspace sends nothing, and a partner's
// concurrent work in the same list or row survives the restore.

const NOW = new Date(2025, 2, 10);

function laptop(clientID?: number): Y.Doc {
  const d = new Y.Doc();
  if (clientID !== undefined) d.clientID = clientID;
  seedIfEmpty(d, NOW);
  seedGapFixes(d);
  migrateListCells(d);
  return d;
}

const entry = (id: string, what = `Decision ${id}`) => createLogEntry({ kind: 'decision', what, date: '2025-03-01' }, { now: NOW, id });

/** A partner that starts from `mine` as it is now. */
function partnerOf(mine: Y.Doc, clientID: number): Y.Doc {
  const p = new Y.Doc();
  p.clientID = clientID;
  Y.applyUpdate(p, Y.encodeStateAsUpdate(mine));
  return p;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('restoring only what differs', () => {
  it('a version equal to now changes nothing: not one update goes to the partner', () => {
    const doc = laptop();
    const metric = orderedIds(doc, 'metrics')[0];
    setMetricValueIn(doc, metric, '2025-01', 10);
    addLogEntries(doc, [entry('log-a'), entry('log-b')]);
    setLinkedGaps(doc, ARTIFACT_KEYS[0], ['db-1']);
    doc.transact(() => {
      doc.getMap('captures').set('c0', { id: 'c0', kind: 'action', text: 'Ship it' });
      doc.getMap('agenda').set('blocks', '[{"id":"warm-up"}]');
    });
    expect(doc.getMap('gapFixes').size).toBeGreaterThan(0); // text cells, restored by diff
    const version = Y.encodeStateAsUpdate(doc);

    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    restoreWorkspaceFromUpdate(doc, version);
    expect(updates).toEqual([]);
  });

  it("a metric's renamed name and a critical flow come back", () => {
    const doc = laptop();
    const metric = orderedIds(doc, 'metrics')[0];
    const version = Y.encodeStateAsUpdate(doc);
    const before = projectWorkspace(doc);
    setItemField(doc, 'metrics', metric, 'name', 'Renamed metric');
    setCriticalFlow(doc, 1, 'A flow written after the version');
    restoreWorkspaceFromUpdate(doc, version);
    const after = projectWorkspace(doc);
    expect(after.metrics[0].name).toBe(before.metrics[0].name);
    expect(after.riskBudgets.criticalFlows).toEqual(before.riskBudgets.criticalFlows);
  });

  it("a record the partner edits while I restore keeps the partner's edit when the version had it unchanged", () => {
    const mine = laptop(2); // the higher client id: a rewrite of mine would win over the partner's edit
    mine.transact(() => {
      mine.getMap('captures').set('c0', { id: 'c0', kind: 'action', text: 'Ship it' });
      mine.getMap('captures').set('c1', { id: 'c1', kind: 'action', text: 'Hire' });
    });
    const version = Y.encodeStateAsUpdate(mine);
    mine.getMap('captures').set('c1', { id: 'c1', kind: 'action', text: 'Changed after the version' });
    const partner = partnerOf(mine, 1);
    partner.getMap('captures').set('c0', { id: 'c0', kind: 'action', text: 'Partner: ship it Friday' });
    setRiskOnPartner(partner);

    restoreWorkspaceFromUpdate(mine, version);
    exchange(mine, partner);
    expect(mine.getMap('captures').toJSON()).toEqual({
      c0: { id: 'c0', kind: 'action', text: 'Partner: ship it Friday' },
      c1: { id: 'c1', kind: 'action', text: 'Hire' },
    });
    expect(mine.getMap('riskBudgets').get('deliverySlipPercent')).toBe(33);
    expect(mine.getMap('riskBudgets').get('reliabilityMinutesPerQuarter')).toBe(44);
    expect(partner.getMap('captures').toJSON()).toEqual(mine.getMap('captures').toJSON());
  });

  it("a gap fix's text the partner types into while I restore keeps both: the cell is diffed, not replaced", () => {
    const mine = laptop(2);
    const key = [...mine.getMap('gapFixes').keys()][0];
    const cell = () => mine.getMap('gapFixes').get(key) as Y.Text;
    const original = cell().toString();
    const version = Y.encodeStateAsUpdate(mine);
    cell().insert(0, 'Mine, later: ');
    const partner = partnerOf(mine, 1);
    (partner.getMap('gapFixes').get(key) as Y.Text).insert(cell().length, ' (partner)');

    restoreWorkspaceFromUpdate(mine, version);
    exchange(mine, partner);
    expect(cell().toString()).toBe(`${original} (partner)`);
  });

  it('a nested type a peer put into a record map is neither restored nor fatal', () => {
    const doc = laptop();
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    version.transact(() => {
      const nested = new Y.Map<unknown>();
      version.getMap('captures').set('odd', nested);
      nested.set('text', 'not a plain record');
      version.getMap('captures').set('c0', { id: 'c0', kind: 'action', text: 'Ship it' });
    });
    restoreWorkspaceFromUpdate(doc, Y.encodeStateAsUpdate(version));
    expect(doc.getMap('captures').toJSON()).toEqual({ c0: { id: 'c0', kind: 'action', text: 'Ship it' } });
  });

  it('a target without gap links (an older workspace) empties the links now held', () => {
    const doc = laptop();
    setLinkedGaps(doc, ARTIFACT_KEYS[0], ['db-1']);
    const target = { ...projectWorkspace(doc), linkedGaps: undefined };
    restoreWorkspaceTo(doc, target);
    expect(projectWorkspace(doc).linkedGaps?.[ARTIFACT_KEYS[0]]).toEqual([]);
  });
});

function setRiskOnPartner(partner: Y.Doc): void {
  partner.transact(() => {
    partner.getMap('riskBudgets').set('deliverySlipPercent', 33);
    partner.getMap('riskBudgets').set('reliabilityMinutesPerQuarter', 44);
  });
}

describe("restoring a list's items and order next to the partner's concurrent work", () => {
  it("twenty missing entries go back in place: the partner's entry inserted meanwhile stays where it was put", () => {
    const mine = laptop(2);
    const ids = Array.from({ length: 45 }, (_, i) => `log-${String(i).padStart(2, '0')}`);
    addLogEntries(mine, ids.map((id) => entry(id)));
    const version = Y.encodeStateAsUpdate(mine);
    mine.transact(() => {
      for (const id of ids.slice(1, 21)) removeItem(mine, 'log', id);
    });
    const partner = partnerOf(mine, 1);
    addItem(partner, 'log', entry('partner-x'), 1); // between log-00 and log-21

    restoreWorkspaceFromUpdate(mine, version);
    expect(orderedIds(mine, 'log')).toEqual(ids);
    exchange(mine, partner);
    const order = orderedIds(mine, 'log');
    expect(order.filter((id) => id !== 'partner-x')).toEqual(ids);
    expect(order.indexOf('partner-x')).toBeGreaterThan(0);
    expect(order.indexOf('partner-x')).toBeLessThan(order.indexOf('log-21'));
    expect(orderedIds(partner, 'log')).toEqual(order);
  });

  it("moves only the rows out of place: the partner's concurrent move of another row stands", () => {
    const mine = laptop(2);
    const rows = orderedIds(mine, 'matrix');
    expect(rows.length).toBeGreaterThan(3);
    const version = Y.encodeStateAsUpdate(mine);
    moveItem(mine, 'matrix', rows[0], rows.length - 1);
    const partner = partnerOf(mine, 1);
    moveItem(partner, 'matrix', rows[2], rows.length - 1); // to the end

    restoreWorkspaceFromUpdate(mine, version);
    expect(orderedIds(mine, 'matrix')).toEqual(rows);
    exchange(mine, partner);
    expect(orderedIds(mine, 'matrix')).toEqual([...rows.filter((id) => id !== rows[2]), rows[2]]);
    expect(orderedIds(partner, 'matrix')).toEqual(orderedIds(mine, 'matrix'));
  });

  it('a wiped log restored in one pass is in the order list again, once: an entry added afterwards comes last', () => {
    const doc = laptop();
    const ids = Array.from({ length: 30 }, (_, i) => `log-${String(i).padStart(2, '0')}`); // they sort as they are ordered
    addLogEntries(doc, ids.map((id) => entry(id)));
    const version = Y.encodeStateAsUpdate(doc);
    doc.transact(() => {
      for (const id of ids.slice(0, 25)) removeItem(doc, 'log', id);
    });
    restoreWorkspaceFromUpdate(doc, version);
    expect(orderedIds(doc, 'log')).toEqual(ids);
    // The five entries that stayed are not listed twice (a doc that would grow with every restore).
    expect(orderOf(doc, 'log').toArray()).toEqual(ids);
    addLogEntries(doc, [entry('aaa-new')]);
    expect(orderedIds(doc, 'log')).toEqual([...ids, 'aaa-new']);
  });
});
