import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { itemToY, itemsOf, orderedIds, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { countRemoved, watchMassDeletes, type MassDelete } from '../../../../renderer/sync/workspace-mass-delete';
import { addItem, addLogEntries, removeItem, setItemField, setRiskField } from '../../../../renderer/sync/workspace-mutations';
import { createLogEntry } from '../../../../shared/workspace/log';

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

describe('what is not a removal', () => {
  it("entries the partner added and removed again (an offline spell merged into one update) count nothing", () => {
    const entries = Array.from({ length: 8 }, (_, i) => createLogEntry({ kind: 'decision', what: `Draft ${i}`, date: '2025-03-01' }, { now: new Date(2025, 2, 10), id: `draft-${i}` }));
    expect(
      countsOf(laptop(), (p) => {
        addLogEntries(p, entries);
        for (const e of entries) removeItem(p, 'log', e.id);
      }),
    ).toEqual({});
  });

  it('a row replaced by one holding as much, a record or a field replaced by another value, or an optional field dropped, counts nothing', () => {
    const mine = laptop();
    const row = readWorkspace(mine).matrix[0];
    expect(countsOf(mine, (p) => itemsOf(p, 'matrix').set(row.id, itemToY('matrix', { ...row, decision: `${row.decision} (reworded)` })))).toEqual({});
    // Both laptops seeded the same default row, and the other's map won the merge.
    expect(countsOf(laptop(), (p) => itemsOf(p, 'matrix').set(row.id, itemToY('matrix', row)))).toEqual({});
    const withRecord = laptop();
    withRecord.getMap('captures').set('c0', { id: 'c0', kind: 'action', text: 'Ship it' });
    expect(countsOf(withRecord, (p) => p.getMap('captures').set('c0', { id: 'c0', kind: 'action', text: 'Ship it Friday' }))).toEqual({});
    const withDeadline = laptop();
    addLogEntries(withDeadline, [createLogEntry({ kind: 'decision', what: 'Pricing', date: '2025-03-01', commitDeadline: '2025-03-20' }, { now: new Date(2025, 2, 10), id: 'debate-1' })]);
    expect(countsOf(withDeadline, (p) => setItemField(p, 'log', 'debate-1', 'commitDeadline', undefined))).toEqual({});
  });

  it('a row replaced by one holding less (one junk key, or a shorter text over a full row) is removed: it reads blank or cut on every screen', () => {
    const mine = laptop();
    const row = readWorkspace(mine).matrix[0];
    const junk = () => {
      const m = new Y.Map();
      m.set('x', 1);
      return m;
    };
    expect(countsOf(mine, (p) => itemsOf(p, 'matrix').set(row.id, junk() as never))).toEqual({ matrix: 1 });
    expect(countsOf(laptop(), (p) => itemsOf(p, 'matrix').set(row.id, itemToY('matrix', { ...row, decision: 'x', consulted: [] })))).toEqual({ matrix: 1 });
  });

  it('a row replaced by a heavier one that still reads blank — junk under a key no screen reads, or text typed and deleted in the same change by a page with gc off — is removed (review r16)', () => {
    const row = readWorkspace(laptop()).matrix[0];
    const heavyJunk = () => {
      const m = new Y.Map();
      m.set('zz', 'x'.repeat(2000));
      return m;
    };
    expect(countsOf(laptop(), (p) => itemsOf(p, 'matrix').set(row.id, heavyJunk() as never))).toEqual({ matrix: 1 });
    const gcOff = new Y.Doc({ gc: false });
    const mine = laptop();
    Y.applyUpdate(gcOff, Y.encodeStateAsUpdate(mine));
    const before = Y.encodeStateVector(gcOff);
    gcOff.transact(() => {
      const m = new Y.Map();
      const t = new Y.Text();
      m.set('decision', t);
      itemsOf(gcOff, 'matrix').set(row.id, m as never);
      t.insert(0, 'y'.repeat(2000));
      t.delete(0, 2000);
    });
    let counted: ReturnType<typeof countRemoved> | undefined;
    mine.on('afterTransaction', (tr: Y.Transaction) => (counted ??= countRemoved(mine, tr)));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(gcOff, before), PEER_ORIGIN);
    expect(readWorkspace(mine).matrix.find((r) => r.id === row.id)?.decision).toBe('');
    expect(counted?.counts).toEqual({ matrix: 1 });
  });

  it("a removed row counts once: the names in its cells go with it and are not counted too", () => {
    // A row written on an unseeded doc: a freshly seeded one still holds two cadence list
    // entries that its replicas have deleted (a seeding quirk outside the count), which a
    // partner's next update deletes and counts.
    const mine = new Y.Doc();
    const row = 'row-1';
    addItem(mine, 'matrix', { id: row, decision: 'Pricing', accountable: ['CEO', 'CTO'], jointAccountable: true, consulted: ['VP Sales', 'VP Eng', 'Board'], informed: [], cadence: 'Monthly' } as never);
    expect(countsOf(mine, (p) => removeItem(p, 'matrix', row))).toEqual({ matrix: 1 });
  });
});

describe('what the watch keeps for a restore', () => {
  /** Sends what the partner does to `mine` as one peer update. */
  const fromPartner = (mine: Y.Doc, change: (partner: Y.Doc) => void) => {
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
    const before = Y.encodeStateVector(partner);
    change(partner);
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner, before), PEER_ORIGIN);
  };
  const logOf = (n: number) => {
    const doc = laptop();
    addLogEntries(doc, Array.from({ length: n }, (_, i) => createLogEntry({ kind: 'decision', what: `Decision ${i}`, date: '2025-03-01' }, { now: new Date(2025, 2, 10), id: `log-${i}` })));
    return doc;
  };

  it('every log row replaced by a map with one junk key (each reads blank) is flagged, and one restore brings every entry back (review r15)', () => {
    const mine = logOf(40);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const before = readWorkspace(mine).log;
    fromPartner(mine, (p) =>
      p.transact(() => {
        for (const id of orderedIds(p, 'log')) {
          const junk = new Y.Map();
          junk.set('x', 1);
          itemsOf(p, 'log').set(id, junk as never);
        }
      }),
    );
    expect(readWorkspace(mine).log.every((e) => e.what === '')).toBe(true);
    expect(watch.current()?.removed).toBe(40);
    expect(watch.restore()).toBe(true);
    expect(readWorkspace(mine).log).toEqual(before);
  });

  it('a wipe paced a few rows per update is not one-click restorable but is reported as it adds up past the threshold; dismissing starts the tally over (review r15)', () => {
    const mine = logOf(40);
    const at = new Date(2025, 2, 10, 9, 15);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, now: () => at });
    const seen: (number | undefined)[] = [];
    watch.subscribePaced((p) => seen.push(p?.removed));
    const deleteFive = () =>
      fromPartner(mine, (p) =>
        p.transact(() => {
          for (const id of orderedIds(p, 'log').slice(0, 5)) removeItem(p, 'log', id);
        }),
      );
    deleteFive();
    expect(watch.paced()).toBeUndefined();
    for (let i = 0; i < 6; i++) deleteFive();
    expect(readWorkspace(mine).log).toHaveLength(5);
    expect(watch.current()).toBeUndefined();
    expect(watch.paced()).toEqual({ removed: 35, detail: '35 log entries', since: at.toISOString() });
    expect(seen).toEqual([10, 15, 20, 25, 30, 35]);
    watch.dismissPaced();
    expect(watch.paced()).toBeUndefined();
    deleteFive();
    expect(watch.paced()).toBeUndefined();
  });

  it('an honest partner rewording cells across many updates (each clearing a cell) is not a paced wipe', () => {
    const mine = logOf(10);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    for (const id of orderedIds(mine, 'log')) {
      fromPartner(mine, (p) => setItemField(p, 'log', id, 'what', ''));
      fromPartner(mine, (p) => setItemField(p, 'log', id, 'what', 'Reworded'));
    }
    expect(readWorkspace(mine).log.every((e) => e.what === 'Reworded')).toBe(true);
    expect(watch.paced()).toBeUndefined();
    expect(watch.current()).toBeUndefined();
  });

  it('every RACI row replaced by heavy junk that reads blank, in one change, is flagged and restored (review r16)', () => {
    const mine = laptop();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const before = readWorkspace(mine).matrix;
    fromPartner(mine, (p) =>
      p.transact(() => {
        for (const r of before) {
          const junk = new Y.Map();
          junk.set('zz', 'x'.repeat(2000));
          itemsOf(p, 'matrix').set(r.id, junk as never);
        }
      }),
    );
    expect(readWorkspace(mine).matrix.every((r) => r.decision === '')).toBe(true);
    expect(watch.current()?.removed).toBe(before.length);
    expect(watch.restore()).toBe(true);
    expect(readWorkspace(mine).matrix).toEqual(before);
  });

  it('my own removal of everything in one step is mine to undo, not flagged', () => {
    const mine = logOf(10);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    mine.transact(() => {
      for (const id of orderedIds(mine, 'log')) removeItem(mine, 'log', id);
    });
    expect(watch.current()).toBeUndefined();
    expect(watch.restore()).toBe(false);
  });

  it("a partner's additions and small removals are not restorable, alone or with a later flagged wipe", () => {
    const mine = logOf(12);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    fromPartner(mine, (p) => addLogEntries(p, [createLogEntry({ kind: 'risk', what: 'Added by the partner', date: '2025-03-02' }, { now: new Date(2025, 2, 10), id: 'log-new' })]));
    expect(watch.restore()).toBe(false);
    fromPartner(mine, (p) => ['log-0', 'log-1'].forEach((id) => removeItem(p, 'log', id)));
    expect(watch.current()).toBeUndefined();
    expect(watch.restore()).toBe(false);
    expect(orderedIds(mine, 'log')).not.toContain('log-0');

    fromPartner(mine, (p) => p.transact(() => orderedIds(p, 'log').slice(0, 8).forEach((id) => removeItem(p, 'log', id))));
    expect(watch.current()?.removed).toBe(8);
    expect(watch.restore()).toBe(true);
    const ids = orderedIds(mine, 'log');
    expect(ids).toHaveLength(11);
    expect(ids).not.toContain('log-0');
    expect(ids).not.toContain('log-1');
    expect(ids).toContain('log-new');
  });

  it('once destroyed, it flags nothing more and tells no one', () => {
    const mine = logOf(10);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const seen: unknown[] = [];
    watch.subscribe((f) => seen.push(f));
    watch.destroy();
    fromPartner(mine, (p) => p.transact(() => orderedIds(p, 'log').forEach((id) => removeItem(p, 'log', id))));
    expect(orderedIds(mine, 'log')).toEqual([]);
    expect(watch.current()).toBeUndefined();
    expect(seen).toEqual([]);
    expect(watch.restore()).toBe(false);
  });
});

describe('a wipe hidden behind a text attribute (hostile partner)', () => {
  it('is still flagged when the same update removes an attribute of a Y.Text', () => {
    const mine = new Y.Doc();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const peer = new Y.Doc();
    const log = peer.getMap('log');
    for (let i = 0; i < 10; i++) {
      const entry = new Y.Map();
      entry.set('title', `t${i}`);
      log.set(`id${i}`, entry);
    }
    peer.getText('dependencies.roadmapItem').setAttribute('x', 1);
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(peer), PEER_ORIGIN);
    const sv = Y.encodeStateVector(peer);
    peer.transact(() => {
      for (let i = 0; i < 10; i++) log.delete(`id${i}`);
      peer.getText('dependencies.roadmapItem').removeAttribute('x');
    });
    expect(() => Y.applyUpdate(mine, Y.encodeStateAsUpdate(peer, sv), PEER_ORIGIN)).not.toThrow();
    expect(mine.getMap('log').size).toBe(0);
    expect(watch.current()).toBeDefined();
  });
});
