import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { orderedIds, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { countRemoved, watchMassDeletes, type MassDelete } from '../../../../renderer/sync/workspace-mass-delete';
import { removeItem, setItemField, setRiskField } from '../../../../renderer/sync/workspace-mutations';

// What counts as removed (risk settings, cleared text cells) and a restore of two flagged
// changes in one step, with real partner updates.

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, new Date(2025, 2, 10));
  migrateListCells(d);
  return d;
}

/** Counts of one change the partner makes, as this laptop reads them when it arrives. */
function countsOf(mine: Y.Doc, change: (partner: Y.Doc) => void) {
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
  const before = Y.encodeStateVector(partner);
  change(partner);
  let counted: ReturnType<typeof countRemoved> | undefined;
  const onAfter = (tr: Y.Transaction) => (counted = countRemoved(mine, tr));
  mine.on('afterTransaction', onAfter);
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner, before), PEER_ORIGIN);
  mine.off('afterTransaction', onAfter);
  return counted!.counts;
}

describe('counting removals', () => {
  it('a risk budget setting removed counts as a setting; one replaced does not', () => {
    expect(countsOf(laptop(), (p) => p.getMap('riskBudgets').delete('reliabilityMinutesPerQuarter'))).toEqual({ settings: 1 });
    expect(countsOf(laptop(), (p) => setRiskField(p, 'reliabilityMinutesPerQuarter', 5))).toEqual({});
  });

  it('a text cell cleared counts; one edited does not', () => {
    const mine = laptop();
    const id = orderedIds(mine, 'matrix')[0];
    expect(countsOf(mine, (p) => setItemField(p, 'matrix', id, 'decision', ''))).toEqual({ texts: 1 });
    expect(countsOf(laptop(), (p) => setItemField(p, 'matrix', orderedIds(p, 'matrix')[0], 'decision', 'Edited'))).toEqual({});
    // An emptied list cell counts its names, not a text.
    expect(countsOf(laptop(), (p) => setItemField(p, 'matrix', orderedIds(p, 'matrix')[0], 'accountable', []))).toEqual({ listItems: 1 });
    // Cleared and its row removed in one change: the row counts, not its text.
    const other = laptop();
    const row = orderedIds(other, 'matrix')[0];
    const both = countsOf(other, (p) => p.transact(() => (setItemField(p, 'matrix', row, 'decision', ''), removeItem(p, 'matrix', row))));
    expect(both).toMatchObject({ matrix: 1 });
    expect(both).not.toHaveProperty('texts');
    // The same within one transaction of this laptop, where the text changes before its row goes.
    const local = laptop();
    const localRow = orderedIds(local, 'matrix')[0];
    let counted: ReturnType<typeof countRemoved> | undefined;
    local.on('afterTransaction', (tr: Y.Transaction) => (counted = countRemoved(local, tr)));
    local.transact(() => {
      setItemField(local, 'matrix', localRow, 'decision', '');
      removeItem(local, 'matrix', localRow);
    });
    expect(counted!.counts).toMatchObject({ matrix: 1 });
    expect(counted!.counts).not.toHaveProperty('texts');
  });
});

describe('the mass-delete watch', () => {
  it('tells its subscribers, merges two flagged changes into one restore, and a subscriber can leave', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, now: () => new Date('2026-01-01T00:00:00.000Z') });
    const seen: (MassDelete | undefined)[] = [];
    const leave = watch.subscribe((f) => seen.push(f));
    const before = readWorkspace(mine);
    for (const list of ['cadence', 'ladder'] as const) {
      const partner = new Y.Doc();
      Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
      const sv = Y.encodeStateVector(partner);
      partner.transact(() => {
        for (const id of orderedIds(partner, list)) removeItem(partner, list, id);
      });
      Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner, sv), PEER_ORIGIN);
    }
    expect(readWorkspace(mine).cadence).toEqual([]);
    expect(readWorkspace(mine).ladder).toEqual([]);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(watch.current());
    expect(watch.restore()).toBe(true);
    expect(readWorkspace(mine).cadence).toEqual(before.cadence);
    expect(readWorkspace(mine).ladder).toEqual(before.ladder);
    expect(seen.at(-1)).toBeUndefined();
    expect(watch.restore()).toBe(false);
    leave();
    const n = seen.length;
    watch.dismiss();
    expect(seen).toHaveLength(n);
    watch.destroy();
  });
});
