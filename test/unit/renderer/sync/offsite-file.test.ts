import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyImport } from '../../../../renderer/sync/offsite-file';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { readBets, readShared } from '../../../../renderer/sync/workspace-agreement';
import { readWorkspace, seedIfEmpty, createUndoManager } from '../../../../renderer/sync/workspace-doc';
import { buildOffsiteFile } from '../../../../shared/offsite/offsite-file';
import { planOffsiteImport } from '../../../../shared/offsite/offsite-merge';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { addItem } from '../../../../renderer/sync/workspace-mutations';

const META = { blockId: 'general', blockTitle: 'General', author: 'ceo' as const, authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' };
const CAPS: Capture[] = [
  { ...META, id: 'cap-d', kind: 'decision', text: 'Pilot ships in Q1', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' },
  { ...META, id: 'cap-r', kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CEO, CTO' },
  { ...META, id: 'cap-k', kind: 'risk', betId: 'bet-h', betName: 'Healthcare pilot', field: 'slipPercent', value: '15' },
  { ...META, id: 'cap-a', kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' },
];
const FILE = buildOffsiteFile(
  { captures: CAPS, actions: [{ id: 'action-cap-a', captureId: 'cap-a', blockId: 'general', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }], parked: [] },
  { shared: {}, local: Object.fromEntries(CAPS.map((c) => [captureKey(c.id), { ceo: captureHash(c) }])) },
  { role: 'ceo', name: 'Alex Kim' },
  new Date('2026-11-26T15:00:00.000Z'),
);

function importInto(doc: Y.Doc) {
  const here = readOffsite(doc);
  const r = planOffsiteImport(FILE, { captures: here.captures, parked: here.parked, shared: readShared(doc), myRole: 'cto' }, { workspace: readWorkspace(doc), bets: readBets(doc) });
  if (!r.ok) throw new Error(r.error);
  applyImport(doc, r.plan);
}

describe('applying an imported offsite file to the workspace doc', () => {
  it('writes the log entry, matrix cell, bet, action, records and confirmations in one transaction, outside undo', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    const undo = createUndoManager(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    importInto(doc);
    expect(updates).toBe(1);
    const ws = readWorkspace(doc);
    expect(ws.log.find((e) => e.id === 'log-cap-d')?.what).toBe('Pilot ships in Q1');
    expect(ws.matrix.find((r) => r.id === 'row-product-bet')?.accountable).toEqual(['CEO', 'CTO']);
    expect(readBets(doc)).toEqual([{ id: 'bet-h', name: 'Healthcare pilot', reliabilityMinutes: null, securityClasses: '', slipPercent: 15 }]);
    const rec = readOffsite(doc);
    expect(rec.actions.map((a) => a.text)).toEqual(['Publish the matrix']);
    expect(rec.dropped).toEqual([]);
    expect(rec.captures.every((c) => c.importedFrom?.name === 'Alex Kim')).toBe(true);
    expect(Object.keys(readShared(doc)).sort()).toEqual(['capture:cap-a|ceo', 'capture:cap-d|ceo', 'capture:cap-k|ceo', 'capture:cap-r|ceo']);
    // Ctrl+Z does not take back half of the partner's import.
    expect(undo.undoStack.length).toBe(0);
  });

  it('a second import of the same file writes nothing', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    importInto(doc);
    const before = Y.encodeStateAsUpdate(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    importInto(doc);
    expect(updates).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('a decision-log entry already here under the id a capture would write (log-<capture id>) is kept, not overwritten, and reported', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    // This laptop's own decision, under the id the file's capture "cap-d" maps to (its capture record is not here:
    // removed since, or a file naming the uuid of an entry it saw in the shared log).
    const mine = { id: 'log-cap-d', kind: 'decision' as const, what: 'Hire a VP Eng first', decidedBy: 'CTO', forum: 'Weekly', date: '2026-11-20', options: [], status: 'decided' as const };
    addItem(doc, 'log', mine);
    const here = readOffsite(doc);
    const r = planOffsiteImport(FILE, { captures: here.captures, parked: here.parked, shared: readShared(doc), myRole: 'cto' }, { workspace: readWorkspace(doc), bets: readBets(doc) });
    if (!r.ok) throw new Error(r.error);
    applyImport(doc, r.plan);
    expect(readWorkspace(doc).log.find((e) => e.id === 'log-cap-d')).toEqual(mine);
    expect(r.plan.report.skipped).toEqual([expect.stringMatching(/^Decision: Pilot ships in Q1.*: the decision log here already has an entry under its id/)]);
    // The other captures still arrive.
    expect(r.plan.report.addedCaptures).toBe(3);
  });
});

