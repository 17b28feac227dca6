import type { Workspace } from './types';

/**
 * What changed in a workspace, in plain words ("12 log entries, 3 RACI rows fewer"):
 * used by the Versions panel and by the flag on a partner's mass delete.
 */

export type CountKey = 'matrix' | 'ladder' | 'cadence' | 'metrics' | 'dependencies' | 'log' | 'listItems' | 'texts' | 'offsite' | 'confirmations' | 'settings';
export type Counts = Partial<Record<CountKey, number>>;

const NOUNS: Record<CountKey, [string, string]> = {
  log: ['log entry', 'log entries'],
  matrix: ['RACI row', 'RACI rows'],
  ladder: ['ladder topic', 'ladder topics'],
  cadence: ['meeting', 'meetings'],
  metrics: ['metric', 'metrics'],
  dependencies: ['dependency', 'dependencies'],
  listItems: ['list item', 'list items'],
  texts: ['text field', 'text fields'],
  offsite: ['offsite item', 'offsite items'],
  confirmations: ['confirmation', 'confirmations'],
  settings: ['setting', 'settings'],
};
const ORDER = Object.keys(NOUNS) as CountKey[];

export function countPhrase(key: CountKey, n: number): string {
  return `${n} ${NOUNS[key][n === 1 ? 0 : 1]}`;
}

export function totalOf(counts: Counts): number {
  return ORDER.reduce((sum, k) => sum + (counts[k] ?? 0), 0);
}

/** "500 log entries, 6 RACI rows" (largest first is not needed: a fixed order reads better). */
export function describeCounts(counts: Counts): string {
  return ORDER.filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => countPhrase(k, counts[k]!))
    .join(', ');
}

/** Items per artifact, and list items (RACI names, options, checklists…) across all. */
export function workspaceCounts(ws: Workspace): Record<CountKey, number> {
  const listItems =
    ws.matrix.reduce((n, r) => n + r.accountable.length + r.consulted.length + r.informed.length, 0) +
    ws.cadence.reduce((n, m) => n + m.decisionTypes.length + m.prereadChecklist.length, 0) +
    ws.log.reduce((n, e) => n + e.options.length, 0) +
    ws.riskBudgets.securityBlockingClasses.length;
  return {
    log: ws.log.length,
    matrix: ws.matrix.length,
    ladder: ws.ladder.length,
    cadence: ws.cadence.length,
    metrics: ws.metrics.length,
    dependencies: ws.dependencies.dependencies.length,
    listItems,
    texts: 0,
    // Versions compare the artifacts; offsite records and confirmations are counted only when a partner removes them.
    offsite: 0,
    confirmations: 0,
    settings: 0,
  };
}

/** Fields whose value differs between items present in both (by id), plus the scalar sections. */
function changedFields(a: Workspace, b: Workspace): number {
  let n = 0;
  const lists = ['matrix', 'ladder', 'cadence', 'metrics', 'log'] as const;
  const compareItems = (xs: readonly object[], ys: readonly object[]) => {
    const byId = new Map(ys.map((y) => [(y as { id: string }).id, y as Record<string, unknown>]));
    for (const x of xs as Record<string, unknown>[]) {
      const y = byId.get(x.id as string);
      if (!y) continue;
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) if (JSON.stringify(x[key]) !== JSON.stringify(y[key])) n++;
    }
  };
  for (const l of lists) compareItems(a[l], b[l]);
  compareItems(a.dependencies.dependencies, b.dependencies.dependencies);
  if (a.dependencies.roadmapItem !== b.dependencies.roadmapItem) n++;
  const ra = a.riskBudgets as unknown as Record<string, unknown>;
  const rb = b.riskBudgets as unknown as Record<string, unknown>;
  for (const key of Object.keys(ra)) if (JSON.stringify(ra[key]) !== JSON.stringify(rb[key])) n++;
  return n;
}

/**
 * How `version` differs from `now`, from the version's point of view:
 * "Compared with now: 12 log entries, 3 RACI rows fewer; 2 more meetings; 4 fields differ."
 */
export function describeVersionDiff(version: Workspace, now: Workspace): string {
  const v = workspaceCounts(version);
  const c = workspaceCounts(now);
  const fewer: Counts = {};
  const more: Counts = {};
  for (const k of ORDER) {
    const d = (v[k] ?? 0) - (c[k] ?? 0);
    if (d < 0) fewer[k] = -d;
    if (d > 0) more[k] = d;
  }
  const parts: string[] = [];
  if (totalOf(fewer)) parts.push(`${describeCounts(fewer)} fewer`);
  if (totalOf(more)) parts.push(`${describeCounts(more)} more`);
  const fields = changedFields(version, now);
  if (fields) parts.push(`${fields} ${fields === 1 ? 'field differs' : 'fields differ'}`);
  return parts.length ? `Compared with now: ${parts.join('; ')}.` : 'Same content as now.';
}
