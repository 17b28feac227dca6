import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { rowWeight } from '../../../../renderer/sync/row-weight';
import { itemToY } from '../../../../renderer/sync/workspace-items';
import { createLogEntry } from '../../../../shared/workspace/log';

/** The row's weight live, and as read inside the transaction that deletes it. */
function weighLiveAndDeleted(build: () => Y.Map<unknown>, edit?: (row: Y.Map<unknown>) => void): { live: number; deleted: number } {
  const doc = new Y.Doc();
  const items = doc.getMap<Y.Map<unknown>>('rows');
  items.set('r', build());
  edit?.(items.get('r')!);
  let live = 0;
  let deleted = -1;
  doc.transact(() => (live = rowWeight(items.get('r')!, { deleteSet: Y.createDeleteSet() } as unknown as Y.Transaction)));
  const row = items.get('r')!;
  doc.on('afterTransaction', (tr: Y.Transaction) => (deleted = rowWeight(row, tr)));
  items.delete('r');
  return { live, deleted };
}

describe('rowWeight', () => {
  it('counts characters, list elements and numbers; a deleted row weighs, inside its transaction, what it held', () => {
    const entry = createLogEntry({ kind: 'decision', what: 'Adopt Postgres', date: '2025-03-01', options: ['Yes', 'No'] }, { now: new Date(2025, 2, 10), id: 'log-1' });
    const { live, deleted } = weighLiveAndDeleted(() => itemToY('log', entry) as Y.Map<unknown>);
    expect(live).toBeGreaterThanOrEqual('Adopt Postgres'.length + 'Yes'.length + 'No'.length);
    expect(deleted).toBe(live);
  });

  it('text typed and deleted before (edits long done) is not counted as the row’s', () => {
    const { live, deleted } = weighLiveAndDeleted(
      () => {
        const m = new Y.Map<unknown>();
        m.set('what', new Y.Text('Adopt Postgres for billing'));
        return m;
      },
      (row) => (row.get('what') as Y.Text).delete(5, 21),
    );
    expect(live).toBe('Adopt'.length);
    expect(deleted).toBe(live);
  });

  it('for any row of texts and lists, live and deleted weights agree and equal what it reads as', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 5 }), fc.integer())), (fields) => {
        const build = () => {
          const m = new Y.Map<unknown>();
          for (const [k, v] of Object.entries(fields)) m.set(k, typeof v === 'string' ? new Y.Text(v) : Array.isArray(v) ? Y.Array.from(v) : v);
          return m;
        };
        const expected = Object.values(fields).reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : Array.isArray(v) ? v.reduce((a, x) => a + x.length, 0) : 1), 0);
        const { live, deleted } = weighLiveAndDeleted(build);
        expect(live).toBe(expected);
        expect(deleted).toBe(expected);
      }),
    );
  });
});
