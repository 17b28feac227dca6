/**
 * A capture as a description of workspace changes: the renderer applies the list in
 * one transaction, so the decision appears in the log, the matrix row changes, the
 * bet's budget changes or the action is listed — together with the capture record,
 * or not at all. Pure: the same capture and workspace always give the same ops.
 *
 * Ids derive from the capture id (`log-<id>`, `action-<id>`), so editing a capture
 * rewrites the same log entry or action instead of adding another.
 */
import type { BetBudget } from '../workspace/agreement';
import type { DecisionRow, LogEntry, Workspace } from '../workspace/types';
import { checkMatrixRow, isJointCeoCto } from '../workspace/matrix';
import { RACI_CELL_LABELS, splitList, type Capture, type CaptureBody, type CaptureMeta, type OffsiteAction, type ParkedItem, type RaciCell } from './capture';

export type WorkspaceOp =
  | { op: 'put-log'; entry: LogEntry }
  | { op: 'set-matrix-cell'; rowId: string; cell: RaciCell; value: string | string[]; jointAccountable?: boolean }
  | { op: 'put-bet'; bet: BetBudget }
  | { op: 'put-action'; action: OffsiteAction }
  | { op: 'put-capture'; capture: Capture }
  | { op: 'put-parked'; item: ParkedItem };

export type OpsResult = { ok: true; ops: WorkspaceOp[]; capture: Capture } | { ok: false; error: string };

export interface CaptureContext {
  workspace: Workspace;
  bets: readonly BetBudget[];
}

export const logIdOf = (captureId: string) => `log-${captureId}`;
export const actionIdOf = (captureId: string) => `action-${captureId}`;

/**
 * The action an action capture writes, as the capture says it: what both confirm is the capture's
 * hash. The `actions` root only mirrors these, and the partner can write any entry there, so
 * nothing that prints an action reads it.
 */
export const actionOf = (c: Extract<Capture, { kind: 'action' }>): OffsiteAction => ({ id: actionIdOf(c.id), captureId: c.id, blockId: c.blockId, text: c.text, owner: c.owner, due: c.due });

/** By due date, then id. */
// Stryker disable next-line EqualityOperator: `<=` where dues differ, and between unique ids, orders the same
export const byDue = (a: OffsiteAction, b: OffsiteAction) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.id < b.id ? -1 : 1);

/** The offsite's actions: one per action capture (actionOf), by due date. */
export const actionsOf = (captures: readonly Capture[]): OffsiteAction[] => captures.flatMap((c) => (c.kind === 'action' ? [actionOf(c)] : [])).sort(byDue);

/** The decision-log entry a decision capture writes: what both leaders agree to when they confirm it. */
export function logEntryOf(captureId: string, body: Pick<Extract<CaptureBody, { kind: 'decision' }>, 'text' | 'owner' | 'forum' | 'decidedOn' | 'options'>): LogEntry {
  return {
    id: logIdOf(captureId),
    kind: 'decision',
    what: body.text,
    decidedBy: body.owner,
    forum: body.forum,
    date: body.decidedOn,
    options: body.options,
    status: 'decided',
  };
}

function matrixOps(body: Extract<CaptureBody, { kind: 'raci' }>, row: DecisionRow): { ops: WorkspaceOp[] } | { error: string } {
  const where = `RACI change on "${row.decision.trim() || row.id}"`;
  if (body.cell === 'cadence') return { ops: [{ op: 'set-matrix-cell', rowId: row.id, cell: 'cadence', value: body.value }] };
  const list = splitList(body.value);
  const next: DecisionRow = { ...row, [body.cell]: list };
  if (body.cell === 'accountable') {
    const joint = isJointCeoCto(next);
    // A joint CEO + CTO call is explicit; any other owner clears the flag.
    const checked: DecisionRow = { ...next, jointAccountable: joint ? true : undefined };
    const issue = checkMatrixRow(checked).find((i) => i.field === 'accountable');
    if (issue) return { error: `${where}: ${issue.message.replace(/^"[^"]*": /, '').replace(/^row [^:]*: /, '')}` };
    return { ops: [{ op: 'set-matrix-cell', rowId: row.id, cell: 'accountable', value: list, jointAccountable: joint ? true : undefined }] };
  }
  return { ops: [{ op: 'set-matrix-cell', rowId: row.id, cell: body.cell, value: list }] };
}

function betOps(body: Extract<CaptureBody, { kind: 'risk' }>, bets: readonly BetBudget[]): { ops: WorkspaceOp[]; name: string } | { error: string } {
  const existing = bets.find((b) => b.id === body.betId);
  const name = existing?.name.trim() || body.betName.trim();
  if (!name) return { error: 'Risk budget: name the big bet (it is not in the workspace yet).' };
  const base: BetBudget = existing ?? { id: body.betId, name, reliabilityMinutes: null, securityClasses: '', slipPercent: null };
  const bet: BetBudget =
    body.field === 'securityClasses' ? { ...base, securityClasses: body.value } : { ...base, [body.field]: Number(body.value) };
  return { ops: [{ op: 'put-bet', bet }], name };
}

/**
 * The ops for one validated capture body. `meta` says who captured it where; `previous`
 * is the capture being edited (its id and creation stay).
 */
export function captureToOps(body: CaptureBody, meta: CaptureMeta, ctx: CaptureContext): OpsResult {
  const ops: WorkspaceOp[] = [];
  let full: Capture;
  switch (body.kind) {
    case 'decision': {
      full = { ...meta, ...body };
      ops.push({ op: 'put-log', entry: logEntryOf(meta.id, body) });
      break;
    }
    case 'raci': {
      const row = ctx.workspace.matrix.find((r) => r.id === body.rowId);
      if (!row) return { ok: false, error: `RACI change: no row "${body.rowId}" in the decision matrix (was it deleted?). Choose a row.` };
      const r = matrixOps(body, row);
      if ('error' in r) return { ok: false, error: r.error };
      ops.push(...r.ops);
      full = { ...meta, ...body, rowLabel: row.decision.trim() || row.id };
      break;
    }
    case 'risk': {
      const r = betOps(body, ctx.bets);
      if ('error' in r) return { ok: false, error: r.error };
      ops.push(...r.ops);
      full = { ...meta, ...body, betName: r.name };
      break;
    }
    case 'action': {
      full = { ...meta, ...body };
      ops.push({ op: 'put-action', action: { id: actionIdOf(meta.id), captureId: meta.id, blockId: meta.blockId, text: body.text, owner: body.owner, due: body.due } });
      break;
    }
  }
  ops.push({ op: 'put-capture', capture: full });
  return { ok: true, ops, capture: full };
}

/** The cell a RACI capture names, as the matrix shows it now (to tell the pair what it replaces). */
export function currentCell(ws: Workspace, rowId: string, cell: RaciCell): string {
  const row = ws.matrix.find((r) => r.id === rowId);
  if (!row) return '';
  const v = row[cell];
  return Array.isArray(v) ? v.join(', ') : v;
}

export function cellLabel(cell: RaciCell): string {
  return RACI_CELL_LABELS[cell];
}
