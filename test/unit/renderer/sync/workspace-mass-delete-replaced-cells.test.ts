import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { LIST_FIELDS, LIST_KEYS, TEXT_FIELDS, createUndoManager, itemsOf, orderedIds, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { watchMassDeletes } from '../../../../renderer/sync/workspace-mass-delete';
import { addLogEntries, setItemField, setMetricValueIn } from '../../../../renderer/sync/workspace-mutations';
import { readGapFixes, seedGapFixes } from '../../../../renderer/sync/workspace-gap-fixes';
import { createLogEntry } from '../../../../shared/workspace/log';
import { receiveFromPartner } from './partner-update';

// A dishonest partner (plain yjs, through the peer guard) wipes the workspace without deleting a
// single row: it replaces every cell's Y.Text or Y.Array with a new empty one (or a plain '', or
// removes the cell's key). Every row still exists, so no row was "removed"; the old texts and lists
// are deleted whole, so no text was "cleared in place" either. Before: nothing was counted, nothing
// flagged, no restore offered — every decision, name and ladder rung read blank. Now each emptied
// cell counts as a cleared text or as its list lines, like clearing it in place.

const NOW = new Date(2025, 2, 10);

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, NOW);
  migrateListCells(d);
  seedGapFixes(d);
  addLogEntries(d, [createLogEntry({ kind: 'decision', what: 'Pricing moves to annual', date: '2025-03-01', options: ['Yes', 'No'] }, { now: NOW, id: 'log-1' })]);
  return d;
}

describe('a partner emptying every cell by replacing it, not editing it', () => {
  it('every text and list cell replaced by an empty one is flagged, and one restore brings the workspace back', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, localUndo: createUndoManager(mine) });
    const before = readWorkspace(mine);

    receiveFromPartner(mine, (p) => {
      for (const list of LIST_KEYS) {
        for (const id of orderedIds(p, list)) {
          const row = itemsOf(p, list).get(id)!;
          for (const f of TEXT_FIELDS[list]) row.set(f, new Y.Text());
          for (const f of LIST_FIELDS[list]) row.set(f, new Y.Array());
        }
      }
    });

    // The rows are all there, and every one reads blank.
    expect(readWorkspace(mine).matrix.every((r) => r.decision === '' && r.accountable.length === 0)).toBe(true);
    expect(readWorkspace(mine).log[0].what).toBe('');
    const flag = watch.current();
    expect(flag?.detail).toMatch(/text fields/);
    expect(flag?.detail).toMatch(/list items/);
    expect(watch.restore()).toBe(true);
    expect(readWorkspace(mine)).toEqual(before);
    watch.destroy();
  });

  it('text cells set to a plain empty string, or their keys removed, are flagged too', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    receiveFromPartner(mine, (p) => {
      for (const id of orderedIds(p, 'matrix')) itemsOf(p, 'matrix').get(id)!.set('decision', '');
      for (const id of orderedIds(p, 'ladder')) itemsOf(p, 'ladder').get(id)!.delete('topic');
    });
    expect(readWorkspace(mine).ladder.every((e) => e.topic === '')).toBe(true);
    expect(watch.current()?.removed).toBe(readWorkspace(mine).matrix.length + readWorkspace(mine).ladder.length);
    watch.destroy();
  });

  it("the pair's gap fixes, an artifact's gap links and a metric's measurements emptied the same way are flagged", () => {
    const mine = laptop();
    const metric = orderedIds(mine, 'metrics')[0];
    for (const month of ['2025-01', '2025-02', '2025-03']) setMetricValueIn(mine, metric, month, 5);
    const fixes = Object.keys(readGapFixes(mine)).length;
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    receiveFromPartner(mine, (p) => {
      for (const k of [...p.getMap('gapFixes').keys()]) p.getMap('gapFixes').set(k, new Y.Text());
      p.getMap('linkedGaps').set('matrix', new Y.Array());
      const values = itemsOf(p, 'metrics').get(metric)!.get('values') as Y.Map<number>;
      values.delete('2025-01');
      values.set('2025-02', 'n/a' as never);
    });
    expect(Object.values(readGapFixes(mine)).every((l) => Object.values(l).every((t) => t === ''))).toBe(true);
    const flag = watch.current();
    expect(flag).toBeDefined();
    // Every rung of every fix, the links, and two months.
    expect(flag!.removed).toBeGreaterThanOrEqual(fixes + 1 + 2);
    watch.destroy();
  });
});

describe('a list emptied that held a deeply nested element', () => {
  it('is counted by its names, without weighing the nested value (no stack overflow while the change lands)', () => {
    const mine = laptop();
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = [deep];
    receiveFromPartner(mine, (p) => (p.getMap('linkedGaps').get('matrix') as Y.Array<unknown>).push([deep]));
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    expect(() => receiveFromPartner(mine, (p) => p.getMap('linkedGaps').set('matrix', new Y.Array()))).not.toThrow();
    expect(watch.paced()).toBeUndefined();
    watch.destroy();
  });
});

describe('what is still not a removal', () => {
  it('a cell replaced by one holding something, or an older plain list turned into a Y.Array with the same names, counts nothing', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    receiveFromPartner(mine, (p) => {
      for (const id of orderedIds(p, 'matrix')) {
        const row = itemsOf(p, 'matrix').get(id)!;
        row.set('decision', new Y.Text('Reworded'));
        row.set('consulted', Y.Array.from(['Board']));
      }
    });
    expect(watch.current()).toBeUndefined();
    expect(watch.paced()).toBeUndefined();
    // My own clearing of a cell is mine to undo, not flagged.
    setItemField(mine, 'matrix', orderedIds(mine, 'matrix')[0], 'decision', '');
    expect(watch.current()).toBeUndefined();
    watch.destroy();
  });
});
