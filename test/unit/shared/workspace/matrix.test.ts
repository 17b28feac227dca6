import { describe, expect, it } from 'vitest';
import {
  accountableLabel,
  addRow,
  checkMatrix,
  checkMatrixRow,
  createRow,
  isJointCeoCto,
  isMatrixValid,
  moveRow,
  removeRow,
  updateRow,
} from '../../../../shared/workspace/matrix';
import { DEFAULT_MATRIX } from '../../../../shared/framework/workspace-defaults';
import type { DecisionRow } from '../../../../shared/workspace/types';

const row = (p: Partial<DecisionRow>): DecisionRow =>
  createRow({ id: 'r1', decision: 'Pricing change', accountable: ['CEO'], cadence: 'Monthly strategy', ...p });

describe('checkMatrixRow', () => {
  it('accepts a single accountable owner', () => {
    expect(checkMatrixRow(row({}))).toEqual([]);
  });

  it('accepts CEO + CTO as a joint decision, with or without the flag', () => {
    expect(checkMatrixRow(row({ accountable: ['CEO', 'CTO'] }))).toEqual([]);
    expect(checkMatrixRow(row({ accountable: ['cto', ' ceo '], jointAccountable: true }))).toEqual([]);
  });

  it('rejects no accountable party', () => {
    const issues = checkMatrixRow(row({ accountable: [' ', ''] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rowId: 'r1', field: 'accountable' });
    expect(issues[0].message).toContain('"Pricing change"');
  });

  it('rejects two accountable parties that are not CEO + CTO', () => {
    const issues = checkMatrixRow(row({ accountable: ['CEO', 'Head of Product'] }));
    expect(issues.map((i) => i.field)).toEqual(['accountable']);
    expect(issues[0].message).toContain('Head of Product');
  });

  it('rejects three parties even when CEO and CTO are among them', () => {
    expect(checkMatrixRow(row({ accountable: ['CEO', 'CTO', 'CFO'] }))).toHaveLength(1);
  });

  it('treats a duplicated role as one owner', () => {
    expect(checkMatrixRow(row({ accountable: ['CTO', 'cto'] }))).toEqual([]);
  });

  it('flags a joint flag without both leaders, and both leaders marked not joint', () => {
    expect(checkMatrixRow(row({ accountable: ['CTO'], jointAccountable: true }))[0].message).toContain('marked joint');
    expect(checkMatrixRow(row({ accountable: ['CEO', 'CTO'], jointAccountable: false }))).toHaveLength(1);
  });

  it('flags an empty decision and an empty cadence, naming the row id', () => {
    const issues = checkMatrixRow(row({ decision: '  ', cadence: '' }));
    expect(issues.map((i) => i.field)).toEqual(['decision', 'cadence']);
    expect(issues[0].message).toContain('row r1');
  });
});

describe('checkMatrix', () => {
  it('finds the Series A defaults valid', () => {
    expect(checkMatrix(DEFAULT_MATRIX)).toEqual([]);
    expect(isMatrixValid(DEFAULT_MATRIX)).toBe(true);
  });

  it('an empty matrix is not "written"', () => {
    expect(isMatrixValid([])).toBe(false);
  });

  it('reports duplicate ids and duplicate decisions', () => {
    const issues = checkMatrix([row({}), row({ decision: 'pricing change ' })]);
    expect(issues.map((i) => i.field).sort()).toEqual(['decision', 'id']);
  });
});

describe('labels', () => {
  it('labels joint, single and other owners', () => {
    expect(accountableLabel(row({ accountable: ['cto', 'CEO'] }))).toBe('CEO + CTO');
    expect(accountableLabel(row({ accountable: ['cto'] }))).toBe('CTO');
    expect(accountableLabel(row({ accountable: ['Finance'] }))).toBe('Finance');
    expect(isJointCeoCto(row({ accountable: ['CEO'] }))).toBe(false);
  });
});

describe('row helpers', () => {
  const a = row({ id: 'a' });
  const b = row({ id: 'b', decision: 'B' });
  const c = row({ id: 'c', decision: 'C' });

  it('adds at the end or at an index, without mutating', () => {
    const base = [a, b];
    expect(addRow(base, c).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(addRow(base, c, 0).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(base.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('removes and updates by id', () => {
    expect(removeRow([a, b, c], 'b').map((r) => r.id)).toEqual(['a', 'c']);
    expect(updateRow([a, b], 'b', { cadence: 'Weekly' })[1].cadence).toBe('Weekly');
  });

  it('moves a row, clamping the target index', () => {
    expect(moveRow([a, b, c], 'a', 2).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(moveRow([a, b, c], 'c', -5).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(moveRow([a, b, c], 'zz', 0).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('creates rows with fresh ids', () => {
    const x = createRow();
    const y = createRow();
    expect(x.id).not.toBe(y.id);
    expect(x.id.startsWith('row-')).toBe(true);
  });
});
