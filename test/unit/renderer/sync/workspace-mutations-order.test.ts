// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemToY, itemsOf, orderOf, orderedIds, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { readListCell } from '../../../../renderer/sync/workspace-lists';
import { addItem, addLogEntries, moveItem, removeItem } from '../../../../renderer/sync/workspace-mutations';
import { createRow } from '../../../../shared/workspace/matrix';
import type { LadderEntry, LogEntry } from '../../../../shared/workspace/types';

// Where items land in the shown order when added at a position, moved, or removed — including
// with "orphans" (items a restore or a partner's merge left without an order entry, shown last by id).

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, new Date(2025, 2, 10));
  migrateListCells(d);
  return d;
}

const row = (id: string) => createRow({ id, decision: `Decision ${id}`, accountable: ['CEO'], cadence: '' });

/** A matrix row present in the items but in no order entry (as a batch restore or a merge can leave it). */
function addOrphan(doc: Y.Doc, id: string): void {
  itemsOf(doc, 'matrix').set(id, itemToY('matrix', row(id)));
}

function ladder(id: string): LadderEntry {
  return { id, topic: id, workItem: '', systemEffect: '', customerEffect: '', businessEffect: '', decisionAsk: '', askKind: 'scope' };
}

function logEntry(id: string): LogEntry {
  return { id, kind: 'decision', what: `Entry ${id}`, decidedBy: 'CEO', forum: 'Weekly', date: '2025-03-01', options: [], status: 'open' };
}

describe('adding an item at a position', () => {
  it('goes before the item shown there: first, in the middle, or first for a negative index', () => {
    const doc = laptop();
    const ids = orderedIds(doc, 'matrix');
    addItem(doc, 'matrix', row('x0'), 0);
    expect(orderedIds(doc, 'matrix')).toEqual(['x0', ...ids]);
    addItem(doc, 'matrix', row('x2'), 2);
    expect(orderedIds(doc, 'matrix')).toEqual(['x0', ids[0], 'x2', ...ids.slice(1)]);
    addItem(doc, 'matrix', row('xn'), -3);
    expect(orderedIds(doc, 'matrix')[0]).toBe('xn');
  });

  it('without an index, or past the end, goes last', () => {
    const doc = laptop();
    const ids = orderedIds(doc, 'matrix');
    addItem(doc, 'matrix', row('a-last'));
    addItem(doc, 'matrix', row('b-past'), 99);
    expect(orderedIds(doc, 'matrix')).toEqual([...ids, 'a-last', 'b-past']);
    expect(orderOf(doc, 'matrix').toArray()).toEqual([...ids, 'a-last', 'b-past']);
  });

  it('at the place of an orphan goes after every ordered item (the orphans stay last)', () => {
    const doc = laptop();
    const ids = orderedIds(doc, 'matrix');
    addOrphan(doc, 'zz-orphan');
    expect(orderedIds(doc, 'matrix')).toEqual([...ids, 'zz-orphan']);
    addItem(doc, 'matrix', row('new'), ids.length);
    expect(orderedIds(doc, 'matrix')).toEqual([...ids, 'new', 'zz-orphan']);
    expect(orderOf(doc, 'matrix').toArray()).toEqual([...ids, 'new']);
  });
});

describe('moving an item', () => {
  it('to the top, one down, one up and into the middle', () => {
    const doc = laptop();
    const [a, b, c, d, ...more] = orderedIds(doc, 'matrix');
    moveItem(doc, 'matrix', c, 0);
    expect(orderedIds(doc, 'matrix')).toEqual([c, a, b, d, ...more]);
    moveItem(doc, 'matrix', c, 1); // the ↓ button
    expect(orderedIds(doc, 'matrix')).toEqual([a, c, b, d, ...more]);
    moveItem(doc, 'matrix', b, 1); // the ↑ button
    expect(orderedIds(doc, 'matrix')).toEqual([a, b, c, d, ...more]);
    moveItem(doc, 'matrix', a, 2);
    expect(orderedIds(doc, 'matrix')).toEqual([b, c, a, d, ...more]);
    moveItem(doc, 'matrix', d, -1);
    expect(orderedIds(doc, 'matrix')).toEqual([d, b, c, a, ...more]);
    // Every move keeps one order entry per item.
    expect(orderOf(doc, 'matrix').toArray()).toEqual([d, b, c, a, ...more]);
  });

  it('to the place of an orphan puts it after every ordered item', () => {
    const doc = laptop();
    const [first, ...rest] = orderedIds(doc, 'matrix');
    addOrphan(doc, 'zz-orphan');
    moveItem(doc, 'matrix', first, rest.length);
    expect(orderedIds(doc, 'matrix')).toEqual([...rest, first, 'zz-orphan']);
  });

  it('an orphan moved into place gets an order entry there', () => {
    const doc = laptop();
    const ids = orderedIds(doc, 'matrix');
    addOrphan(doc, 'zz-orphan');
    moveItem(doc, 'matrix', 'zz-orphan', 1);
    expect(orderedIds(doc, 'matrix')).toEqual([ids[0], 'zz-orphan', ...ids.slice(1)]);
  });

  it('an id that is not in the list (deleted by the partner meanwhile) changes nothing', () => {
    const doc = laptop();
    const before = Y.encodeStateVector(doc);
    moveItem(doc, 'matrix', 'row-deleted-elsewhere', 0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(orderOf(doc, 'matrix').toArray()).not.toContain('row-deleted-elsewhere');
  });
});

describe('removing an item', () => {
  it('a decision type: every meeting citing it stops citing it, the others keep theirs', () => {
    const doc = laptop();
    const cell = (meetingId: string) => readListCell(itemsOf(doc, 'cadence').get(meetingId)!.get('decisionTypes'));
    const meetings = [...itemsOf(doc, 'cadence').keys()];
    const citing = meetings.filter((m) => cell(m).length > 1);
    expect(citing.length).toBeGreaterThan(0);
    const gone = cell(citing[0])[0];
    const before = new Map(meetings.map((m) => [m, cell(m)]));
    removeItem(doc, 'matrix', gone);
    for (const m of meetings) expect(cell(m)).toEqual(before.get(m)!.filter((t) => t !== gone));
    expect(cell(citing[0]).length).toBeGreaterThan(0);
    expect(orderedIds(doc, 'matrix')).not.toContain(gone);
    expect(orderOf(doc, 'matrix').toArray()).not.toContain(gone);
  });

  it('a meeting not citing the removed row keeps its cell untouched (an older plain list stays as it is)', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2025, 2, 10)); // not migrated: cells are plain arrays
    const meetings = itemsOf(doc, 'cadence');
    const extra = row('row-extra');
    addItem(doc, 'matrix', extra);
    const m = [...meetings.keys()][0];
    const cellBefore = meetings.get(m)!.get('decisionTypes');
    expect(Array.isArray(cellBefore)).toBe(true);
    removeItem(doc, 'matrix', extra.id);
    expect(meetings.get(m)!.get('decisionTypes')).toBe(cellBefore);
  });

  it("of another list never touches the meetings, even when the partner gave it a decision type's id", () => {
    const doc = laptop();
    const cell = (meetingId: string) => readListCell(itemsOf(doc, 'cadence').get(meetingId)!.get('decisionTypes'));
    const meeting = [...itemsOf(doc, 'cadence').keys()].find((m) => cell(m).length > 0)!;
    const cited = cell(meeting);
    addItem(doc, 'ladder', ladder(cited[0]));
    removeItem(doc, 'ladder', cited[0]);
    expect(cell(meeting)).toEqual(cited);
    expect(orderedIds(doc, 'ladder')).not.toContain(cited[0]);
  });

  it('every order entry of it goes (concurrent moves can leave two)', () => {
    const doc = laptop();
    const ids = orderedIds(doc, 'matrix');
    orderOf(doc, 'matrix').push([ids[0]]);
    removeItem(doc, 'matrix', ids[0]);
    expect(orderOf(doc, 'matrix').toArray()).toEqual(ids.slice(1));
  });
});

describe('adding many log entries', () => {
  it('keeps them in the order given, in the log order', () => {
    const doc = laptop();
    const before = orderedIds(doc, 'log');
    addLogEntries(doc, ['log-c', 'log-a', 'log-b'].map(logEntry));
    expect(orderedIds(doc, 'log')).toEqual([...before, 'log-c', 'log-a', 'log-b']);
    expect(orderOf(doc, 'log').toArray()).toEqual([...before, 'log-c', 'log-a', 'log-b']);
  });
});
