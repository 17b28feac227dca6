/**
 * A row of an artifact (a decision-matrix row) as the plan prints it: agreed by both
 * on a date, or "proposed (not yet agreed)" — a template row or an edit nobody
 * confirmed is never shown as the pair's rule.
 */
import { accountableLabel, checkMatrixRow } from '../workspace/matrix';
import { mdTable } from '../workspace/markdown-table';
import type { DecisionRow } from '../workspace/types';
import { agreedOnText, rowKey } from '../workspace/agreement';
import { isAgreed, stateOf, type PlanContext } from './context';

export const PROPOSED_ROW = 'proposed (not yet agreed)';

/** What a row belongs to, as a board member reads it. */
const WHOLE: Readonly<Record<string, string>> = { matrix: 'decision matrix', metrics: 'metrics list', riskBudgets: 'risk budgets', bets: 'set of big bets' };

export function rowPlanState(ctx: PlanContext, key: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: the appendices call this only with a workspace (without one they return before any row)
  if (!ctx.ws) return 'not started';
  if (isAgreed(ctx, key)) return stateOf(ctx, key);
  const s = ctx.states[key];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,ArrayDeclaration: with a workspace every row key has a state (agreementContents) and an agreed one returned above; the check narrows the type and keeps an unknown key "proposed"
  const confirmedBy = s && s.kind !== 'agreed' ? s.confirmedBy : [];
  const only = confirmedBy.length === 1 ? ` · confirmed by the ${confirmedBy[0].toUpperCase()} only` : '';
  // The whole artifact was agreed, then edited: the row may be as both agreed it, or not; say both.
  const [artifact] = key.split(':');
  const whole = ctx.states[artifact];
  const earlier =
    whole && whole.kind !== 'agreed' && whole.earlier
      ? `; the ${WHOLE[artifact] ?? 'whole'} was agreed by both${whole.earlier.on ? ` ${agreedOnText(whole.earlier)}` : ''}, then edited`
      : '';
  return `${PROPOSED_ROW}${only}${earlier}`;
}

/**
 * Why a matrix row routes no escalation: no decision named, or no one owner (nobody, or several
 * outside a joint CEO + CTO call). undefined for a row the escalation path lists (a missing forum
 * does not change who owns it). The policy names these rows (policies.ts) rather than drop them.
 */
export function unroutedReason(row: DecisionRow): string | undefined {
  const issues = checkMatrixRow(row).map((i) => i.field);
  if (issues.includes('accountable')) return accountableLabel(row) ? 'no single accountable owner' : 'nobody accountable';
  return issues.includes('decision') ? 'no decision named' : undefined;
}

/**
 * A matrix row is agreed as one entry, blank owner and all. "agreed by both" beside an empty
 * Accountable cell would read as an owner the pair settled: an agreed row says what it lacks,
 * as a metric with no target and a bet with unset budgets do (appendices.ts).
 */
export function matrixRowPlanState(ctx: PlanContext, row: DecisionRow): string {
  const state = rowPlanState(ctx, rowKey('matrix', row.id));
  const why = isAgreed(ctx, rowKey('matrix', row.id)) ? unroutedReason(row) : undefined;
  return why ? `${state}, with ${why}` : state;
}

/** The plan's Markdown matrix: the workspace table plus each row's state. */
export function planMatrixTable(rows: readonly (DecisionRow & { state: string })[]): string {
  const list = (xs: readonly string[]) => xs.map((x) => x.trim()).filter(Boolean).join(', ');
  return mdTable(
    ['Decision', 'Accountable', 'Consulted', 'Informed', 'Cadence', 'State'],
    rows.map((r) => [r.decision, accountableLabel(r), list(r.consulted), list(r.informed), r.cadence, r.state]),
  );
}
