import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parkItem, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { WORKSPACE_ROOTS } from '../../../../renderer/sync/workspace-roots';
import { createUndoManager, readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { putBet, readBets } from '../../../../renderer/sync/workspace-agreement';
import { mergeKeepingLocal } from '../../../../renderer/data/merge-doc';
import { capture, meta, seeded } from './offsite-fixtures';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
};

describe('offsite captures in the workspace doc', () => {
  it('the peer guard admits the three offsite roots', () => {
    for (const root of ['captures', 'actions', 'parking']) expect(WORKSPACE_ROOTS).toContain(root);
  });

  it('each capture changes the workspace and is recorded, in one transaction', () => {
    const doc = seeded();
    putBet(doc, { id: 'bet-h', name: 'Healthcare pilot', reliabilityMinutes: 60, securityClasses: '', slipPercent: 20 });
    // One update per capture: the partner never receives the log entry without its capture record.
    let transactions = 0;
    doc.on('update', () => transactions++);
    capture(doc, { kind: 'decision', text: 'Pilot in Q1', options: ['Q1', 'Q2'], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' }, meta('c1'));
    expect(transactions).toBe(1);
    capture(doc, { kind: 'raci', rowId: 'row-infra-spend', rowLabel: '', cell: 'informed', value: 'Board, Finance' }, meta('c2', '2026-11-26T10:01:00.000Z'));
    capture(doc, { kind: 'risk', betId: 'bet-h', betName: '', field: 'slipPercent', value: '10' }, meta('c3', '2026-11-26T10:02:00.000Z'));
    capture(doc, { kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' }, meta('c4', '2026-11-26T10:03:00.000Z'));
    parkItem(doc, { id: 'p1', text: 'Hiring freeze?', blockId: 'gap-db-1', blockTitle: 'Gap 1', authorName: 'Alex Kim', createdAt: '2026-11-26T10:04:00.000Z' });
    expect(transactions).toBe(5);

    const ws = readWorkspace(doc);
    expect(ws.log.find((e) => e.id === 'log-c1')).toMatchObject({ what: 'Pilot in Q1', status: 'decided', options: ['Q1', 'Q2'] });
    expect(ws.matrix.find((r) => r.id === 'row-infra-spend')!.informed).toEqual(['Board', 'Finance']);
    expect(readBets(doc)[0].slipPercent).toBe(10);
    const rec = readOffsite(doc);
    expect(rec.captures.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(rec.actions).toEqual([{ id: 'action-c4', captureId: 'c4', blockId: 'gap-db-1', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' }]);
    expect(rec.parked.map((p) => p.text)).toEqual(['Hiring freeze?']);
    expect(rec.dropped).toEqual([]);
  });

  it('editing a decision capture rewrites the same log entry', () => {
    const doc = seeded();
    const before = readWorkspace(doc).log.length;
    capture(doc, { kind: 'decision', text: 'Pilot in Q1', options: [], forum: 'F', decidedOn: '2026-11-26', owner: 'CEO' }, meta('c1'));
    capture(doc, { kind: 'decision', text: 'Pilot in Q2', options: [], forum: 'F', decidedOn: '2026-11-26', owner: 'CEO' }, { ...meta('c1'), editedAt: '2026-11-26T11:00:00.000Z' });
    const log = readWorkspace(doc).log;
    expect(log.length).toBe(before + 1);
    expect(log.find((e) => e.id === 'log-c1')!.what).toBe('Pilot in Q2');
    expect(readOffsite(doc).captures[0]).toMatchObject({ text: 'Pilot in Q2', editedAt: '2026-11-26T11:00:00.000Z' });
  });

  it('the partner sees the captures after a sync; Undo in the workspace does not take half a capture back', () => {
    const a = seeded();
    const b = seeded();
    const undo = createUndoManager(a);
    capture(a, { kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' }, meta('c1'));
    capture(a, { kind: 'decision', text: 'Pilot', options: [], forum: 'F', decidedOn: '2026-11-26', owner: 'CEO' }, meta('c2', '2026-11-26T10:05:00.000Z'));
    expect(undo.canUndo()).toBe(false);
    sync(a, b);
    expect(readOffsite(b).captures.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(readWorkspace(b).log.some((e) => e.id === 'log-c2')).toBe(true);
  });

  it('drops a malformed or orphaned record a partner wrote, and says where', () => {
    const doc = seeded();
    doc.getMap('captures').set('x', { id: 'x', kind: 'decision' });
    doc.getMap('actions').set('action-y', { id: 'action-y', captureId: 'y', blockId: 'b', text: 'Fake', owner: 'CEO', due: '2026-11-30' });
    const rec = readOffsite(doc);
    expect(rec.captures).toEqual([]);
    expect(rec.actions).toEqual([]);
    expect(rec.dropped.some((l) => l.startsWith('captures["x"].'))).toBe(true);
  });

  it('a backup merged into this laptop brings its captures and parked items along, keeping the local ones', () => {
    const here = seeded();
    const backup = seeded();
    capture(here, { kind: 'action', text: 'Local action', owner: 'CTO', due: '2026-11-30' }, meta('local'));
    capture(backup, { kind: 'action', text: 'Backed-up action', owner: 'CEO', due: '2026-12-01' }, meta('backed'));
    parkItem(backup, { id: 'p1', text: 'Parked in the backup', blockId: 'b', blockTitle: 'General', authorName: '', createdAt: '2026-11-26T10:00:00.000Z' });
    const merged = new Y.Doc();
    Y.applyUpdate(merged, mergeKeepingLocal(Y.encodeStateAsUpdate(here), Y.encodeStateAsUpdate(backup)).update);
    const rec = readOffsite(merged);
    expect(rec.captures.map((c) => c.id).sort()).toEqual(['backed', 'local']);
    expect(rec.actions.map((a) => a.text).sort()).toEqual(['Backed-up action', 'Local action']);
    expect(rec.parked.map((p) => p.text)).toEqual(['Parked in the backup']);
  });

  it('shows an action as its capture says, even when a partner rewrote the actions mirror', () => {
    const doc = seeded();
    capture(doc, { kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' }, meta('c1'));
    doc.getMap('actions').set('action-c1', { id: 'action-c1', captureId: 'c1', blockId: 'gap-db-1', text: 'CEO approves all hires', owner: 'CEO', due: '2026-11-30' });
    const rec = readOffsite(doc);
    expect(rec.actions.map((a) => [a.text, a.owner])).toEqual([['Draft the matrix', 'CTO']]);
    expect(rec.dropped).toEqual(['actions["action-c1"]: differs from its capture; the capture is shown']);
  });
});
