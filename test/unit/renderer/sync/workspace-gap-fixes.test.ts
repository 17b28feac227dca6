import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { GAP_FIXES, cellKey, gapFixSeedUpdate, readGapFixes, seedGapFixes, setGapFixCell } from '../../../../renderer/sync/workspace-gap-fixes';
import { inspectUpdate } from '../../../../renderer/sync/update-inspector';
import { GAP_PINS, readSharedPins, writeSharedPins } from '../../../../renderer/sync/workspace-pins';
import { WORKSPACE_ROOTS } from '../../../../renderer/sync/workspace-roots';
import { templateFix } from '../../../../shared/plan/statement-fixes';
import { allStatements } from '../../../../shared/framework/content';
import { pinKey } from '../../../../shared/assessment/pins';
import { sync } from './y-sync';

const NOW = new Date(2026, 0, 10);

function fresh(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, NOW);
  seedGapFixes(d);
  return d;
}


describe('gap fixes in the workspace doc', () => {
  // First in the file: the seed is built once per module, so this test is the one that builds it here.
  it('the seed writes only roots the peer guard admits (the partner takes it)', () => {
    const seen = inspectUpdate(new Y.Doc(), gapFixSeedUpdate(), false);
    expect(seen.ok).toBe(true);
    const roots = new Set(seen.ok ? seen.inserts.flatMap((i) => (i.root ? [i.root] : [])) : []); // text inside a cell has no root of its own
    expect([...roots].sort()).toEqual([GAP_FIXES, 'meta']);
    for (const r of roots) expect(WORKSPACE_ROOTS).toContain(r);
  });

  it('seeds every statement with its template fix', () => {
    const fixes = readGapFixes(fresh());
    expect(Object.keys(fixes).sort()).toEqual(allStatements().map((s) => s.id).sort());
    expect(fixes['db-2']).toEqual(templateFix('db-2').ladder);
  });

  it('two laptops seeding on their own merge into one copy of each cell', () => {
    const a = fresh();
    const b = fresh();
    sync(a, b);
    expect(readGapFixes(a)).toEqual(readGapFixes(b));
    expect(readGapFixes(a)['cr-3'].workItem).toBe(templateFix('cr-3').ladder.workItem);
  });

  it('keeps both leaders’ concurrent typing in one cell, and the partner sees it', () => {
    const a = fresh();
    const b = fresh();
    sync(a, b);
    const base = templateFix('db-2').ladder.decisionAsk;
    setGapFixCell(a, 'db-2', 'decisionAsk', `Dana: ${base}`);
    setGapFixCell(b, 'db-2', 'decisionAsk', `${base} Sam agrees.`);
    sync(a, b);
    for (const d of [a, b]) expect(readGapFixes(d)['db-2'].decisionAsk).toBe(`Dana: ${base} Sam agrees.`);
  });

  it('an edit is undoable with the workspace undo', () => {
    const d = fresh();
    const undo = createUndoManager(d);
    setGapFixCell(d, 'sa-1', 'workItem', 'Our own words');
    expect(readGapFixes(d)['sa-1'].workItem).toBe('Our own words');
    undo.undo();
    expect(readGapFixes(d)['sa-1'].workItem).toBe(templateFix('sa-1').ladder.workItem);
  });

  it('leaves out a statement whose cell a peer replaced or removed; the user’s next edit creates the cell again', () => {
    const d = fresh();
    d.getMap(GAP_FIXES).set(cellKey('db-1', 'workItem'), 'plain string');
    d.getMap(GAP_FIXES).delete(cellKey('db-2', 'decisionAsk'));
    expect(readGapFixes(d)['db-1']).toBeUndefined();
    expect(readGapFixes(d)['db-2']).toBeUndefined();
    setGapFixCell(d, 'db-1', 'workItem', 'Our work item');
    setGapFixCell(d, 'db-2', 'decisionAsk', 'Our ask');
    expect(readGapFixes(d)['db-1'].workItem).toBe('Our work item');
    expect(readGapFixes(d)['db-2'].decisionAsk).toBe('Our ask');
  });

  it('an older workspace without fixes gets them seeded once', () => {
    const d = new Y.Doc();
    seedIfEmpty(d, NOW);
    expect(readGapFixes(d)).toEqual({});
    seedGapFixes(d);
    setGapFixCell(d, 'db-1', 'workItem', 'Edited');
    seedGapFixes(d);
    expect(readGapFixes(d)['db-1'].workItem).toBe('Edited');
  });

  it('seeding a doc that holds the fixes already starts no transaction', () => {
    const d = fresh();
    let transactions = 0;
    d.on('afterTransaction', () => transactions++);
    seedGapFixes(d);
    expect(transactions).toBe(0);
  });

  it('the peer guard admits the new roots', () => {
    expect(WORKSPACE_ROOTS).toContain(GAP_FIXES);
    expect(WORKSPACE_ROOTS).toContain(GAP_PINS);
  });
});

describe('shared gap pins', () => {
  const key = pinKey({ sealedAt: '2026-01-01T00:00:00.000Z' }, { sealedAt: '2026-01-02T00:00:00.000Z' });

  it('is undefined until the pair pins, then the same on both laptops', () => {
    const a = fresh();
    const b = fresh();
    expect(readSharedPins(a, key)).toBeUndefined();
    writeSharedPins(a, key, ['cq-3', 'db-1']);
    sync(a, b);
    expect(readSharedPins(b, key)).toEqual(['cq-3', 'db-1']);
    writeSharedPins(b, key, []);
    sync(a, b);
    expect(readSharedPins(a, key)).toEqual([]);
  });

  it('drops unknown ids and malformed values from a peer', () => {
    const d = fresh();
    d.getMap(GAP_PINS).set(key, JSON.stringify(['nope', 'db-1', 'db-1']));
    expect(readSharedPins(d, key)).toEqual(['db-1']);
    d.getMap(GAP_PINS).set(key, '{not json');
    expect(readSharedPins(d, key)).toEqual([]);
  });
});
