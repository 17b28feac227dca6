import { describe, expect, it } from 'vitest';
import { parkItem, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { setItemField } from '../../../../renderer/sync/workspace-mutations';
import { capture, meta, seeded } from './offsite-fixtures';

// The offsite record as shown: in the order things happened, actions by due date, a partner's
// rewrite of any one field of the actions mirror reported, and an edited decision rewritten whole.

describe('reading the offsite record', () => {
  it('captures and parked items come in the order they were made, whatever order they arrived in', () => {
    const doc = seeded();
    capture(doc, { kind: 'action', text: 'Later', owner: 'CTO', due: '2026-12-01' }, meta('a-late', '2026-11-26T11:00:00.000Z'));
    capture(doc, { kind: 'action', text: 'Earlier', owner: 'CTO', due: '2026-12-01' }, meta('z-early', '2026-11-26T10:00:00.000Z'));
    parkItem(doc, { id: 'p-late', text: 'Later', blockId: 'gap-db-1', blockTitle: 'Gap 1', authorName: 'Alex', createdAt: '2026-11-26T11:00:00.000Z' });
    parkItem(doc, { id: 'p-early', text: 'Earlier', blockId: 'gap-db-1', blockTitle: 'Gap 1', authorName: 'Alex', createdAt: '2026-11-26T10:00:00.000Z' });
    const rec = readOffsite(doc);
    expect(rec.captures.map((c) => c.id)).toEqual(['z-early', 'a-late']);
    expect(rec.parked.map((p) => p.id)).toEqual(['p-early', 'p-late']);
  });

  it('actions are listed by due date, then by id', () => {
    const doc = seeded();
    const at = (m: number) => `2026-11-26T10:0${m}:00.000Z`;
    capture(doc, { kind: 'action', text: 'C', owner: 'CTO', due: '2026-12-02' }, meta('c3', at(1)));
    capture(doc, { kind: 'action', text: 'B', owner: 'CTO', due: '2026-12-01' }, meta('c2', at(2)));
    capture(doc, { kind: 'action', text: 'A', owner: 'CTO', due: '2026-12-01' }, meta('c1', at(3)));
    capture(doc, { kind: 'action', text: 'D', owner: 'CTO', due: '2026-11-30' }, meta('c4', at(4)));
    expect(readOffsite(doc).actions.map((a) => a.text)).toEqual(['D', 'A', 'B', 'C']);
    // Made in order of due date, too.
    const other = seeded();
    capture(other, { kind: 'action', text: 'D', owner: 'CTO', due: '2026-11-30' }, meta('c4', at(1)));
    capture(other, { kind: 'action', text: 'A', owner: 'CTO', due: '2026-12-01' }, meta('c1', at(2)));
    capture(other, { kind: 'action', text: 'C', owner: 'CTO', due: '2026-12-02' }, meta('c3', at(3)));
    expect(readOffsite(other).actions.map((a) => a.text)).toEqual(['D', 'A', 'C']);
    // Same due date, made in id order.
    const tie = seeded();
    capture(tie, { kind: 'action', text: 'A', owner: 'CTO', due: '2026-12-01' }, meta('c1', at(1)));
    capture(tie, { kind: 'action', text: 'B', owner: 'CTO', due: '2026-12-01' }, meta('c2', at(2)));
    expect(readOffsite(tie).actions.map((a) => a.text)).toEqual(['A', 'B']);
  });

  it("a partner's rewrite of any one field of an action's mirror is reported, naming the action (cut to 40 characters)", () => {
    const id = `c-${'x'.repeat(50)}`;
    for (const field of ['text', 'owner', 'due', 'captureId'] as const) {
      const doc = seeded();
      capture(doc, { kind: 'action', text: 'Draft', owner: 'CTO', due: '2026-11-30' }, meta(id, '2026-11-26T10:00:00.000Z'));
      const mirror = doc.getMap('actions');
      const key = [...mirror.keys()][0];
      const entry = mirror.get(key) as Record<string, string>;
      mirror.set(key, { ...entry, [field]: field === 'due' ? '2026-12-31' : `${entry[field]}-changed` });
      const rec = readOffsite(doc);
      expect(rec.dropped, field).toEqual([`actions[${JSON.stringify(key.slice(0, 40))}]: differs from its capture; the capture is shown`]);
      expect(rec.actions[0].text, field).toBe('Draft');
    }
  });
});

describe('applying captures', () => {
  it('an edited decision capture rewrites every field of its log entry', () => {
    const doc = seeded();
    const m = meta('c1', '2026-11-26T10:00:00.000Z');
    capture(doc, { kind: 'decision', text: 'Pilot in Q1', options: ['Q1', 'Q2'], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' }, m);
    setItemField(doc, 'log', 'log-c1', 'status', 'revisited');
    capture(doc, { kind: 'decision', text: 'Pilot in Q2', options: ['Q2', 'Q3'], forum: 'Weekly sync', decidedOn: '2026-11-27', owner: 'CTO' }, m);
    const entries = readWorkspace(doc).log.filter((e) => e.id === 'log-c1');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ what: 'Pilot in Q2', decidedBy: 'CTO', forum: 'Weekly sync', date: '2026-11-27', options: ['Q2', 'Q3'], status: 'decided' });
  });

  it('an edited decision capture keeps what the pair added to its log entry since, and its place in the log', () => {
    const doc = seeded();
    const m = meta('c1', '2026-11-26T10:00:00.000Z');
    capture(doc, { kind: 'decision', text: 'Pilot in Q1', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' }, m);
    capture(doc, { kind: 'decision', text: 'Hire a VP Sales', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' }, meta('c2', '2026-11-26T10:01:00.000Z'));
    setItemField(doc, 'log', 'log-c1', 'commitDeadline', '2026-12-05');
    capture(doc, { kind: 'decision', text: 'Pilot in Q2', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' }, m);
    const log = readWorkspace(doc).log;
    expect(log.map((e) => e.id).slice(-2)).toEqual(['log-c1', 'log-c2']);
    expect(log.find((e) => e.id === 'log-c1')).toMatchObject({ what: 'Pilot in Q2', commitDeadline: '2026-12-05' });
  });

  it('capturing who is accountable also records whether both leaders are; another cell leaves that alone', () => {
    const doc = seeded();
    const row = readWorkspace(doc).matrix[0].id;
    capture(doc, { kind: 'raci', rowId: row, rowLabel: '', cell: 'accountable', value: 'CEO, CTO' }, meta('c1', '2026-11-26T10:00:00.000Z'));
    expect(readWorkspace(doc).matrix[0]).toMatchObject({ accountable: ['CEO', 'CTO'], jointAccountable: true });
    capture(doc, { kind: 'raci', rowId: row, rowLabel: '', cell: 'informed', value: 'Board' }, meta('c2', '2026-11-26T10:01:00.000Z'));
    expect(readWorkspace(doc).matrix[0]).toMatchObject({ informed: ['Board'], jointAccountable: true });
  });
});
