import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MIGRATION_ORIGIN, migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { readListCell } from '../../../../renderer/sync/workspace-lists';
import { sync } from './y-sync';

/**
 * Old-shape list cells (plain arrays) written by two partners on an older build, reaching
 * the two laptops in different orders; each laptop converts on open, before they meet.
 * The conversion must come out as the same operations on both, or one laptop's converted
 * list loses to the other's and takes the edits made in it with it.
 */


/** An update written by an older build (fixed client id): one matrix row with plain-array cells. */
function oldRow(client: number, id: string, consulted: string[]): Uint8Array {
  const d = new Y.Doc();
  d.clientID = client;
  const row = new Y.Map<unknown>();
  d.getMap<Y.Map<unknown>>('matrix').set(id, row);
  row.set('consulted', consulted);
  return Y.encodeStateAsUpdate(d);
}

function oldGap(client: number, key: string, gaps: string[]): Uint8Array {
  const d = new Y.Doc();
  d.clientID = client;
  d.getMap('linkedGaps').set(key, gaps);
  return Y.encodeStateAsUpdate(d);
}

function laptop(updates: Uint8Array[]): Y.Doc {
  const d = new Y.Doc();
  for (const u of updates) Y.applyUpdate(d, u);
  return d;
}

const cell = (d: Y.Doc, id: string) => readListCell(d.getMap<Y.Map<unknown>>('matrix').get(id)?.get('consulted'));
const gapCell = (d: Y.Doc, key: string) => readListCell(d.getMap('linkedGaps').get(key));

function push(arr: unknown, item: string): void {
  expect(arr).toBeInstanceOf(Y.Array);
  (arr as Y.Array<string>).push([item]);
}

describe('converting old list cells on two laptops that never met', () => {
  it('rows received in different orders convert identically: both leaders\' edits right after survive the merge', () => {
    const u1 = oldRow(11, 'row-a', ['CEO']);
    const u2 = oldRow(22, 'row-b', ['CTO']);
    const a = laptop([u1, u2]);
    const b = laptop([u2, u1]);
    expect([...a.getMap('matrix').keys()]).not.toEqual([...b.getMap('matrix').keys()]);
    expect(migrateListCells(a)).toBe(2);
    expect(migrateListCells(b)).toBe(2);
    push(a.getMap<Y.Map<unknown>>('matrix').get('row-a')!.get('consulted'), 'Legal');
    push(b.getMap<Y.Map<unknown>>('matrix').get('row-a')!.get('consulted'), 'Finance');
    sync(a, b);
    for (const d of [a, b]) {
      expect(cell(d, 'row-a').sort()).toEqual(['CEO', 'Finance', 'Legal']);
      expect(cell(d, 'row-b')).toEqual(['CTO']);
    }
  });

  it('gap links received in different orders convert identically: both leaders\' edits right after survive the merge', () => {
    const u1 = oldGap(11, 'matrix', ['db-1']);
    const u2 = oldGap(22, 'ladder', ['cq-1']);
    const a = laptop([u1, u2]);
    const b = laptop([u2, u1]);
    expect([...a.getMap('linkedGaps').keys()]).not.toEqual([...b.getMap('linkedGaps').keys()]);
    expect(migrateListCells(a)).toBe(2);
    expect(migrateListCells(b)).toBe(2);
    push(a.getMap('linkedGaps').get('matrix'), 'db-2');
    push(b.getMap('linkedGaps').get('matrix'), 'db-3');
    sync(a, b);
    for (const d of [a, b]) {
      expect(gapCell(d, 'matrix').sort()).toEqual(['db-1', 'db-2', 'db-3']);
      expect(gapCell(d, 'ladder')).toEqual(['cq-1']);
    }
  });

  it('the same list written twice (by each partner) converts on each laptop without breaking the merge', () => {
    // Same row, same items, but different values replaced: the two conversions are
    // different operations and must not share ids.
    const base = laptop([oldRow(11, 'row-a', ['CEO'])]);
    const a = laptop([Y.encodeStateAsUpdate(base)]);
    const b = laptop([Y.encodeStateAsUpdate(base)]);
    const rewrite = (d: Y.Doc, client: number) => {
      const w = laptop([Y.encodeStateAsUpdate(d)]);
      w.clientID = client;
      w.getMap<Y.Map<unknown>>('matrix').get('row-a')!.set('consulted', ['CEO', 'CTO']);
      Y.applyUpdate(d, Y.encodeStateAsUpdate(w, Y.encodeStateVector(d)));
    };
    rewrite(a, 33);
    rewrite(b, 44);
    expect(migrateListCells(a)).toBe(1);
    expect(migrateListCells(b)).toBe(1);
    sync(a, b);
    expect(a.getMap('matrix').toJSON()).toEqual(b.getMap('matrix').toJSON());
    expect(cell(a, 'row-a')).toEqual(['CEO', 'CTO']);
    expect(a.getMap<Y.Map<unknown>>('matrix').get('row-a')!.get('consulted')).toBeInstanceOf(Y.Array);
  });
});

describe('what the conversion touches', () => {
  it('a missing cell stays missing (nothing to convert), and a current doc sees no transaction at all', () => {
    const d = new Y.Doc();
    const row = new Y.Map<unknown>();
    d.getMap<Y.Map<unknown>>('matrix').set('row-a', row);
    row.set('accountable', Y.Array.from(['CEO']));
    let transactions = 0;
    d.on('afterTransaction', () => transactions++);
    expect(migrateListCells(d)).toBe(0);
    expect(transactions).toBe(0);
    expect([...row.keys()]).toEqual(['accountable']);
    expect(d.getMap('riskBudgets').has('securityBlockingClasses')).toBe(false);
  });

  it('a writer whose client id equals the conversion\'s hash keeps writing: the conversion then uses a fresh id', () => {
    const old = oldRow(11, 'row-a', ['CEO']);
    // Learn the hash: convert a copy and see which new writer appears.
    const probe = laptop([old]);
    const before = Y.decodeStateVector(Y.encodeStateVector(probe));
    migrateListCells(probe);
    const hash = [...Y.decodeStateVector(Y.encodeStateVector(probe)).keys()].find((c) => !before.has(c))!;
    expect(hash).toBeGreaterThan(0);
    // A partner whose laptop happens to write with exactly that id.
    const partner = laptop([old]);
    partner.clientID = hash;
    partner.getMap('meta').set('note', 'first');
    const mine = laptop([Y.encodeStateAsUpdate(partner)]);
    mine.clientID = 7;
    const origins: unknown[] = [];
    mine.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin));
    expect(migrateListCells(mine)).toBe(1);
    expect(origins).toEqual([MIGRATION_ORIGIN]); // one transaction
    const writers = Y.decodeStateVector(Y.encodeStateVector(mine));
    expect(writers.get(hash)).toBe(1);
    const converter = [...writers.keys()].filter((c) => c !== hash && c !== 11 && c !== 7);
    expect(converter).toHaveLength(1); // a fresh id, written once
    // The partner goes on writing with its id; nothing of either side is lost.
    partner.getMap('meta').set('note', 'second');
    sync(mine, partner);
    for (const d of [mine, partner]) {
      expect(d.getMap('meta').get('note')).toBe('second');
      expect(cell(d, 'row-a')).toEqual(['CEO']);
    }
    expect(partner.getMap('matrix').toJSON()).toEqual(mine.getMap('matrix').toJSON());
  });
});
