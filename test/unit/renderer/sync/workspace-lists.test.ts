import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, readWorkspace, seedIfEmpty, seedUpdate } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { applyListDiff, readListCell } from '../../../../renderer/sync/workspace-lists';
import { removeItem, setItemField, setLinkedGaps, setRiskField } from '../../../../renderer/sync/workspace-mutations';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { parseWorkspace } from '../../../../shared/workspace/validate';
import { sync } from './y-sync';

const NOW = new Date(2025, 2, 10);
const ROW = 'row-product-bet';


/** A laptop as the app opens it: seed, then convert list cells. */
function laptop(now = NOW): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, now);
  migrateListCells(d);
  return d;
}

const consulted = (d: Y.Doc) => readWorkspace(d).matrix.find((r) => r.id === ROW)!.consulted;

describe('list cells merge item by item', () => {
  it('concurrent adds to the same Consulted cell from both laptops all survive, in both exchange orders', () => {
    for (const bFirst of [false, true]) {
      const a = laptop(new Date(2025, 2, 10));
      const b = laptop(new Date(2025, 3, 1));
      sync(a, b);
      const before = consulted(a);
      setItemField(a, 'matrix', ROW, 'consulted', [...before, 'Legal']);
      setItemField(b, 'matrix', ROW, 'consulted', ['Finance', ...before]);
      setItemField(b, 'matrix', ROW, 'consulted', ['Finance', ...before, 'Design']);
      if (bFirst) sync(b, a);
      else sync(a, b);
      const merged = consulted(a);
      expect(merged.slice(0, before.length + 1)).toEqual(['Finance', ...before]);
      expect(merged.slice(before.length + 1).sort()).toEqual(['Design', 'Legal']);
      expect(consulted(b)).toEqual(consulted(a));
    }
  });

  it('a remove on one laptop and an add on the other both apply; the same name added twice shows once', () => {
    const a = laptop();
    const b = laptop();
    sync(a, b);
    const before = consulted(a);
    expect(before.length).toBeGreaterThan(0);
    setItemField(a, 'matrix', ROW, 'consulted', before.slice(1));
    setItemField(b, 'matrix', ROW, 'consulted', [...before, 'Legal']);
    setItemField(a, 'matrix', ROW, 'informed', ['Board', 'Sales']);
    setItemField(b, 'matrix', ROW, 'informed', ['Board', 'Sales']);
    sync(a, b);
    expect(consulted(a)).toEqual([...before.slice(1), 'Legal']);
    expect(consulted(b)).toEqual(consulted(a));
    expect(readWorkspace(a).matrix[0].informed).toEqual(['Board', 'Sales']);
    // Removing a name removes every copy.
    setItemField(a, 'matrix', ROW, 'informed', ['Board']);
    sync(a, b);
    expect(readWorkspace(b).matrix[0].informed).toEqual(['Board']);
  });

  it('every list-valued cell is a Y.Array after open: log options, checklists, risk classes, gap links', () => {
    const a = laptop();
    const b = laptop();
    sync(a, b);
    setRiskField(a, 'securityBlockingClasses', [...readWorkspace(a).riskBudgets.securityBlockingClasses, 'Supply chain']);
    setRiskField(b, 'securityBlockingClasses', ['Secrets in repo', ...readWorkspace(b).riskBudgets.securityBlockingClasses]);
    setLinkedGaps(a, 'log', [...readWorkspace(a).linkedGaps!.log!, 'sa-1']);
    setLinkedGaps(b, 'log', [...readWorkspace(b).linkedGaps!.log!, 'sa-2']);
    const meeting = readWorkspace(a).cadence[0];
    setItemField(a, 'cadence', meeting.id, 'prereadChecklist', [...meeting.prereadChecklist, 'Budget sheet']);
    setItemField(b, 'cadence', meeting.id, 'prereadChecklist', [...meeting.prereadChecklist, 'Hiring plan']);
    sync(a, b);
    const wa = readWorkspace(a);
    expect(wa.riskBudgets.securityBlockingClasses).toContain('Supply chain');
    expect(wa.riskBudgets.securityBlockingClasses[0]).toBe('Secrets in repo');
    expect(wa.linkedGaps!.log).toEqual(expect.arrayContaining(['sa-1', 'sa-2']));
    expect(wa.cadence[0].prereadChecklist).toEqual(expect.arrayContaining(['Budget sheet', 'Hiring plan']));
    expect(readWorkspace(b)).toEqual(wa);
    expect(parseWorkspace(wa).ok).toBe(true);
  });

  it('deleting a decision row removes it from meetings through the list, concurrently with an add', () => {
    const a = laptop();
    const b = laptop();
    sync(a, b);
    const m = readWorkspace(a).cadence.find((x) => x.decisionTypes.includes(ROW))!;
    removeItem(a, 'matrix', ROW);
    setItemField(b, 'cadence', m.id, 'decisionTypes', [...m.decisionTypes, 'row-infra-spend'].filter((x, i, all) => all.indexOf(x) === i));
    sync(a, b);
    const after = readWorkspace(a).cadence.find((x) => x.id === m.id)!;
    expect(after.decisionTypes).not.toContain(ROW);
    expect(readWorkspace(b)).toEqual(readWorkspace(a));
  });
});

describe('migration of older list cells', () => {
  it('converts plain arrays and text cells on open; the workspace reads the same before and after', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, NOW);
    // An older build stored lists as plain values; some hand-made docs hold text.
    const row = itemsOf(doc, 'matrix').get(ROW)!;
    doc.transact(() => {
      row.set('informed', 'Board, Investors');
      const t = new Y.Text();
      t.insert(0, 'Finance\nPeople');
      itemsOf(doc, 'matrix').get('row-infra-spend')!.set('consulted', t);
    });
    const before = readWorkspace(doc);
    expect(before.matrix[0].informed).toEqual(['Board', 'Investors']);
    expect(migrateListCells(doc)).toBeGreaterThan(10);
    expect(row.get('informed')).toBeInstanceOf(Y.Array);
    expect(row.get('consulted')).toBeInstanceOf(Y.Array);
    expect(itemsOf(doc, 'matrix').get('row-infra-spend')!.get('consulted')).toBeInstanceOf(Y.Array);
    expect(doc.getMap('riskBudgets').get('securityBlockingClasses')).toBeInstanceOf(Y.Array);
    expect(doc.getMap('linkedGaps').get('matrix')).toBeInstanceOf(Y.Array);
    expect(readWorkspace(doc)).toEqual(before);
    expect(readWorkspace(doc).matrix.find((r) => r.id === 'row-infra-spend')!.consulted).toEqual(['Finance', 'People']);
    // Runs once.
    expect(migrateListCells(doc)).toBe(0);
  });

  it('two laptops converting the same old cells write identical operations: no competing lists, edits kept', () => {
    const a = new Y.Doc();
    seedIfEmpty(a, new Date(2025, 2, 10));
    const b = new Y.Doc();
    seedIfEmpty(b, new Date(2025, 5, 1)); // different meeting dates: not part of the conversion
    migrateListCells(a);
    migrateListCells(b);
    setItemField(a, 'matrix', ROW, 'consulted', [...consulted(a), 'Sales']);
    sync(a, b);
    expect(consulted(b)).toContain('Sales');
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    expect(readWorkspace(a).matrix).toEqual(readWorkspace(b).matrix);
  });

  it('the seed update keeps its bytes (plain arrays), so older and newer laptops seed identically', () => {
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, seedUpdate());
    expect(Array.isArray(itemsOf(fresh, 'matrix').get(ROW)!.get('consulted'))).toBe(true);
    expect(readWorkspace(laptop()).matrix).toEqual(defaultWorkspace(NOW).matrix);
  });
});

describe('applyListDiff / readListCell', () => {
  it('touches only the items that changed', () => {
    const doc = new Y.Doc();
    const arr = doc.getArray<string>('a');
    arr.push(['A', 'B', 'C', 'D']);
    const deltas: unknown[] = [];
    arr.observe((e) => deltas.push(e.changes.delta));
    applyListDiff(arr, ['A', 'C', 'D', 'E']);
    expect(arr.toArray()).toEqual(['A', 'C', 'D', 'E']);
    expect(deltas).toEqual([[{ retain: 1 }, { delete: 1 }], [{ retain: 3 }, { insert: ['E'] }]]);
    applyListDiff(arr, ['Z', 'A', 'C', 'D', 'E']);
    expect(arr.toArray()).toEqual(['Z', 'A', 'C', 'D', 'E']);
    applyListDiff(arr, []);
    expect(arr.length).toBe(0);
  });

  it("removing the last item leaves the others untouched: the partner's concurrent removal of the first holds", () => {
    const a = new Y.Doc();
    a.getArray<string>('a').push(['A', 'B', 'C']);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyListDiff(a.getArray<string>('a'), ['A', 'B']);
    applyListDiff(b.getArray<string>('a'), ['B', 'C']);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(a.getArray<string>('a').toArray()).toEqual(['B']);
    expect(b.getArray<string>('a').toArray()).toEqual(['B']);
  });

  it('reads every older shape, trimmed and without repeats', () => {
    expect(readListCell([' CEO', 'CTO', 'CEO', 7, ''])).toEqual(['CEO', 'CTO']);
    expect(readListCell('Board,  Investors\nSales,')).toEqual(['Board', 'Investors', 'Sales']);
    expect(readListCell(undefined)).toEqual([]);
    expect(readListCell(42)).toEqual([]);
  });
});
