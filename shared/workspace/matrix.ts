/**
 * Decision authority matrix rules. The one rule that matters most: every
 * decision has exactly one accountable owner, except the CEO+CTO pairs the two
 * leaders have explicitly agreed to own jointly.
 */
import type { DecisionRow } from './types';
import { newId } from './id';

export interface MatrixIssue {
  rowId: string;
  field: 'decision' | 'accountable' | 'cadence' | 'id';
  message: string;
}

/** Accountable parties as escalation labels. Other roles keep their own spelling. */
export type AccountableLabel = 'CEO' | 'CTO' | 'CEO + CTO' | string;

const norm = (role: string): string => role.trim().toUpperCase();

/** Trimmed, de-duplicated (case-insensitive) accountable list. */
function accountableSet(row: DecisionRow): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of row.accountable) {
    const t = r.trim();
    if (t && !seen.has(norm(t))) {
      seen.add(norm(t));
      out.push(t);
    }
  }
  return out;
}

/** True when the accountable parties are exactly the CEO and the CTO. */
export function isJointCeoCto(row: DecisionRow): boolean {
  const set = accountableSet(row).map(norm).sort();
  return set.length === 2 && set[0] === 'CEO' && set[1] === 'CTO';
}

/** Who ultimately closes this decision, for escalation paths and labels. */
export function accountableLabel(row: DecisionRow): AccountableLabel {
  if (isJointCeoCto(row)) return 'CEO + CTO';
  const set = accountableSet(row);
  if (set.length !== 1) return set.join(' + ');
  const only = set[0];
  return norm(only) === 'CEO' || norm(only) === 'CTO' ? norm(only) : only;
}

export function checkMatrixRow(row: DecisionRow): MatrixIssue[] {
  const issues: MatrixIssue[] = [];
  const where = row.decision.trim() ? `"${row.decision.trim()}"` : `row ${row.id}`;
  const add = (field: MatrixIssue['field'], message: string) =>
    issues.push({ rowId: row.id, field, message });

  if (!row.decision.trim()) add('decision', `${where}: the decision type is empty.`);

  const acc = accountableSet(row);
  const joint = isJointCeoCto(row);
  if (acc.length === 0) {
    add('accountable', `${where}: nobody is accountable; name exactly one owner.`);
  } else if (acc.length > 1 && !joint) {
    // Shared ownership outside the CEO+CTO pair is how veto power creeps in.
    add('accountable', `${where}: ${acc.join(', ')} are all accountable; name one owner, or make it a joint CEO + CTO decision.`);
  } else if (joint && row.jointAccountable === false) {
    add('accountable', `${where}: CEO and CTO are both accountable but the row is marked not joint; pick one owner or mark it joint.`);
  } else if (!joint && row.jointAccountable === true) {
    add('accountable', `${where}: marked joint, but a joint decision needs both CEO and CTO accountable (found ${acc.join(', ')}).`);
  }

  if (!row.cadence.trim()) add('cadence', `${where}: no forum or cadence; say in which meeting it gets decided.`);
  return issues;
}

/** Row checks plus list-level ones (duplicate ids or decision names). */
export function checkMatrix(rows: readonly DecisionRow[]): MatrixIssue[] {
  const issues: MatrixIssue[] = [];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const row of rows) {
    issues.push(...checkMatrixRow(row));
    if (ids.has(row.id)) issues.push({ rowId: row.id, field: 'id', message: `row ${row.id}: duplicate id.` });
    ids.add(row.id);
    const key = row.decision.trim().toLowerCase();
    if (key) {
      if (names.has(key)) {
        issues.push({ rowId: row.id, field: 'decision', message: `"${row.decision.trim()}": listed twice; merge the rows so it has one owner.` });
      } else names.set(key, row.id);
    }
  }
  return issues;
}

/** A matrix counts as "written" when it has rows and none of them has an issue. */
export function isMatrixValid(rows: readonly DecisionRow[]): boolean {
  return rows.length > 0 && checkMatrix(rows).length === 0;
}

export function createRow(partial: Partial<DecisionRow> = {}): DecisionRow {
  return {
    id: partial.id ?? newId('row'),
    decision: partial.decision ?? '',
    accountable: partial.accountable ?? [],
    ...(partial.jointAccountable !== undefined ? { jointAccountable: partial.jointAccountable } : {}),
    consulted: partial.consulted ?? [],
    informed: partial.informed ?? [],
    cadence: partial.cadence ?? '',
  };
}

/** Immutable helpers: each returns a new array and leaves the input untouched. */
export function addRow(rows: readonly DecisionRow[], row: DecisionRow, index = rows.length): DecisionRow[] {
  const out = rows.slice();
  out.splice(Math.max(0, Math.min(index, out.length)), 0, row);
  return out;
}

export function removeRow(rows: readonly DecisionRow[], id: string): DecisionRow[] {
  return rows.filter((r) => r.id !== id);
}

export function updateRow(rows: readonly DecisionRow[], id: string, patch: Partial<Omit<DecisionRow, 'id'>>): DecisionRow[] {
  return rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
}

/** Moves a row to `toIndex` (clamped). Unknown ids leave the order unchanged. */
export function moveRow(rows: readonly DecisionRow[], id: string, toIndex: number): DecisionRow[] {
  const from = rows.findIndex((r) => r.id === id);
  if (from < 0) return rows.slice();
  const out = rows.slice();
  const [row] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(toIndex, out.length)), 0, row);
  return out;
}
