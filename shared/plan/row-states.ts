/**
 * A row of an artifact (a decision-matrix row) as the plan prints it: agreed by both
 * on a date, or "proposed (not yet agreed)" — a template row or an edit nobody
 * confirmed is never shown as the pair's rule.
 */
import { accountableLabel } from '../workspace/matrix';
import { mdTable } from '../workspace/markdown-table';
import type { DecisionRow } from '../workspace/types';
import { isAgreed, stateOf, type PlanContext } from './context';

export const PROPOSED_ROW = 'proposed (not yet agreed)';

export function rowPlanState(ctx: PlanContext, key: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: the appendices call this only with a workspace (without one they return before any row)
  if (!ctx.ws) return 'not started';
  if (isAgreed(ctx, key)) return stateOf(ctx, key);
  const s = ctx.states[key];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,ArrayDeclaration: with a workspace every row key has a state (agreementContents) and an agreed one returned above; the check narrows the type and keeps an unknown key "proposed"
  const confirmedBy = s && s.kind !== 'agreed' ? s.confirmedBy : [];
  const only = confirmedBy.length === 1 ? ` · confirmed by the ${confirmedBy[0].toUpperCase()} only` : '';
  return `${PROPOSED_ROW}${only}`;
}

/** The plan's Markdown matrix: the workspace table plus each row's state. */
export function planMatrixTable(rows: readonly (DecisionRow & { state: string })[]): string {
  const list = (xs: readonly string[]) => xs.map((x) => x.trim()).filter(Boolean).join(', ');
  return mdTable(
    ['Decision', 'Accountable', 'Consulted', 'Informed', 'Cadence', 'State'],
    rows.map((r) => [r.decision, accountableLabel(r), list(r.consulted), list(r.informed), r.cadence, r.state]),
  );
}
