import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { rowWeight } from '../../../../renderer/sync/row-weight';
import { itemToY } from '../../../../renderer/sync/workspace-items';
import { createLogEntry } from '../../../../shared/workspace/log';
import type { LogEntry } from '../../../../shared/workspace/types';

/** The row's weight as it stands, and as read inside the transaction that deletes it. */
function weighNowAndDeleted(row: () => Y.Map<unknown>, edit?: (row: Y.Map<unknown>) => void): { now: number; deleted: number } {
  const doc = new Y.Doc();
  const rows = doc.getMap<Y.Map<unknown>>('log');
  rows.set('r', row());
  edit?.(rows.get('r')!);
  let now = -1;
  let deleted = -1;
  const live = rows.get('r')!;
  const onAfter = (tr: Y.Transaction) => {
    if (tr.deleteSet.clients.size) deleted = rowWeight('log', live, tr, 'before');
    else now = rowWeight('log', live, tr, 'now');
  };
  doc.on('afterTransaction', onAfter);
  doc.transact(() => live.set('touch', 1)); // a change that deletes nothing, to read it 'now'
  rows.delete('r');
  return { now, deleted };
}

const entry = (e: Partial<LogEntry>) => createLogEntry({ kind: 'decision', what: 'Adopt Postgres', date: '2025-03-01', options: ['Yes', 'No'], ...e }, { now: new Date(2025, 2, 10), id: 'log-1' });
/** What a log entry holds over the fields a log row is read by (readRowFields). */
const expected = (e: LogEntry) => e.what.length + e.decidedBy.length + e.forum.length + e.date.length + e.kind.length + e.status.length + (e.commitDeadline?.length ?? 0) + e.options.join('').length;

describe('rowWeight', () => {
  it('weighs what the row reads as; a deleted row weighs, inside its transaction, what it held', () => {
    const e = entry({});
    const { now, deleted } = weighNowAndDeleted(() => itemToY('log', e) as Y.Map<unknown>);
    expect(now).toBe(expected(e));
    expect(deleted).toBe(now);
  });

  it('keys no screen reads weigh nothing, however long (review r16)', () => {
    const junk = () => {
      const m = itemToY('log', entry({ what: '' })) as Y.Map<unknown>;
      m.set('zz', 'x'.repeat(2000));
      m.set('status', 'y'.repeat(500)); // not a status: reads as not set
      return m;
    };
    expect(weighNowAndDeleted(junk).now).toBe(expected(entry({ what: '' })) - entry({}).status.length);
  });

  it('text typed and deleted before (edits long done) is not counted as the row’s, now or as it was', () => {
    const { now, deleted } = weighNowAndDeleted(
      () => itemToY('log', entry({ what: 'Adopt Postgres for billing' })) as Y.Map<unknown>,
      (row) => (row.get('what') as Y.Text).delete(5, 21),
    );
    expect(now).toBe(expected(entry({ what: 'Adopt' })));
    expect(deleted).toBe(now);
  });

  it('for any log entry, the weight now and as deleted agree and equal what it reads as', () => {
    const text = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(text, text, text, fc.array(text, { maxLength: 4 }), fc.constantFrom('open', 'decided', 'revisited', '') , (what, decidedBy, forum, options, status) => {
        const e = entry({ what, decidedBy, forum, options, status: status as LogEntry['status'] });
        const read = { ...e, options: [...new Set(options.map((o) => o.trim()).filter(Boolean))] };
        const { now, deleted } = weighNowAndDeleted(() => itemToY('log', e) as Y.Map<unknown>);
        expect(now).toBe(expected(read));
        expect(deleted).toBe(now);
      }),
    );
  });
});
