/*
 * Review (board reader): a RACI row or risk budget agreed at the offsite and changed in the workspace
 * afterwards still printed "agreed by both", read as the rule now. Whether the agreed value still
 * holds, and, where it does not, whether both agreed the change: by this laptop's own confirmation,
 * made no earlier than its confirmation of the capture.
 */
import { describe, expect, it } from 'vitest';
import { captureHeld, heldContext, type AgreedCapture } from '../../../../shared/offsite/capture-held';
import type { Capture } from '../../../../shared/offsite/capture';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { planContext } from '../../../../shared/plan/context';
import { agreementContents, betKey, contentHash, rowKey, sharedKey, type AgreementInput, type BetBudget, type Confirmation } from '../../../../shared/workspace/agreement';
import type { Workspace } from '../../../../shared/workspace/types';

const meta = { blockId: 'owners', blockTitle: 'Owners', author: 'ceo' as const, authorName: 'Dana', createdAt: '2026-01-13T10:00:00.000Z' };
const raci = (id: string, cell: 'accountable' | 'consulted' | 'cadence', value: string): Capture => ({ ...meta, id, kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell, value });
const risk = (id: string, value: string): Capture => ({ ...meta, id, kind: 'risk', betId: 'bet-1', betName: 'EU launch', field: 'slipPercent', value });
const agreedOn = (capture: Capture, day = '2026-01-13'): AgreedCapture => ({ capture, on: day, confirmedHereOn: day });

/** The workspace after the capture: the product-bet row owned by the CTO; the bet's slip at 10%. */
function workspace(edit: (ws: Workspace) => void = () => {}): Workspace {
  const ws = defaultWorkspace(new Date(2026, 0, 13));
  ws.matrix = ws.matrix.map((r) => (r.id === 'row-product-bet' ? { ...r, accountable: ['CTO'] } : r));
  edit(ws);
  return ws;
}
const BET: BetBudget = { id: 'bet-1', name: 'EU launch', reliabilityMinutes: 60, securityClasses: 'P0', slipPercent: 10 };

/** Both leaders confirmed `keys` as they stand: this laptop (the CEO's) at `ownAt`, the partner's record says `partnerAt`. */
function confirmed(ws: Workspace, bets: readonly BetBudget[], keys: readonly string[], ownAt: string, partnerAt = ownAt): AgreementInput {
  const contents = agreementContents(ws, {}, bets);
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const key of keys) {
    const hash = contentHash(contents[key]);
    shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: 'Dana', hash, at: ownAt, mode: 'live' };
    shared[sharedKey(key, 'cto')] = { role: 'cto', name: 'Sam', hash, at: partnerAt, mode: 'live' };
    local[key] = { ceo: hash };
  }
  return { shared, local, me: 'ceo' };
}

function ctxOf(ws: Workspace, bets: readonly BetBudget[] = [BET], agreement: AgreementInput = { shared: {}, local: {}, me: 'ceo' }) {
  const { states } = planContext({ workspace: ws, agreement, bets });
  return heldContext(ws, bets, states, agreement);
}

describe('a RACI capture both agreed', () => {
  const capture = agreedOn(raci('c1', 'accountable', 'CTO'));

  it('holds while the row says what was agreed', () => {
    expect(captureHeld(capture, [capture], ctxOf(workspace()))).toEqual({ kind: 'holds' });
  });

  it('a list cell holds whatever order its names are written in', () => {
    const c = agreedOn(raci('c2', 'consulted', 'Sales, CTO, Head of Product'));
    expect(captureHeld(c, [c], ctxOf(workspace()))).toEqual({ kind: 'holds' });
  });

  it('changed in the workspace since, and not agreed by both: changed', () => {
    const ws = workspace((w) => (w.matrix[0] = { ...w.matrix[0], accountable: ['CEO'] }));
    expect(captureHeld(capture, [capture], ctxOf(ws))).toEqual({ kind: 'changed' });
  });

  it('the row renamed is another rule: changed', () => {
    const ws = workspace((w) => (w.matrix[0] = { ...w.matrix[0], decision: 'Layoffs' }));
    expect(captureHeld(capture, [capture], ctxOf(ws))).toEqual({ kind: 'changed' });
  });

  it('the row deleted: removed', () => {
    const ws = workspace((w) => (w.matrix = w.matrix.slice(1)));
    expect(captureHeld(capture, [capture], ctxOf(ws))).toEqual({ kind: 'changed', removed: true });
  });

  it('the change confirmed by both since (this laptop confirmed the row as it stands after the capture): the change is agreed', () => {
    const ws = workspace((w) => (w.matrix[0] = { ...w.matrix[0], accountable: ['CEO'] }));
    const a = confirmed(ws, [BET], [rowKey('matrix', 'row-product-bet')], '2026-02-03T10:00:00.000Z');
    expect(captureHeld(capture, [capture], ctxOf(ws, [BET], a))).toEqual({ kind: 'changed', agreed: { on: '2026-02-03' } });
  });

  it('the whole matrix agreed by both since covers the row, deleted or changed', () => {
    const ws = workspace((w) => (w.matrix = w.matrix.slice(1)));
    const a = confirmed(ws, [BET], ['matrix'], '2026-02-03T10:00:00.000Z');
    expect(captureHeld(capture, [capture], ctxOf(ws, [BET], a))).toEqual({ kind: 'changed', removed: true, agreed: { on: '2026-02-03' } });
  });

  it('reverted to a value both agreed before the offsite: not an agreement of the change, whatever date the partner’s record gives', () => {
    const ws = workspace((w) => (w.matrix[0] = { ...w.matrix[0], accountable: ['CEO'] }));
    const a = confirmed(ws, [BET], [rowKey('matrix', 'row-product-bet')], '2026-01-05T10:00:00.000Z', '2026-02-20T10:00:00.000Z');
    expect(captureHeld(capture, [capture], ctxOf(ws, [BET], a))).toEqual({ kind: 'changed' });
  });

  it('a later capture of the same cell both agreed, which the row holds, agreed the change', () => {
    const ws = workspace((w) => (w.matrix[0] = { ...w.matrix[0], accountable: ['CEO'] }));
    const later = agreedOn(raci('c3', 'accountable', 'CEO'), '2026-04-15');
    expect(captureHeld(capture, [capture, later], ctxOf(ws))).toEqual({ kind: 'changed', agreed: { on: '2026-04-15' } });
    // Only one that says what the row says now, and of that cell.
    const other = agreedOn(raci('c4', 'cadence', 'Weekly'), '2026-04-15');
    expect(captureHeld(capture, [capture, other], ctxOf(ws))).toEqual({ kind: 'changed' });
  });

  it('an earlier capture of the same cell agreed before this one is no agreement of the change', () => {
    const ws = workspace((w) => (w.matrix[0] = { ...w.matrix[0], accountable: ['CEO'] }));
    const earlier = agreedOn(raci('c0', 'accountable', 'CEO'), '2025-10-01');
    expect(captureHeld(capture, [earlier, capture], ctxOf(ws))).toEqual({ kind: 'changed' });
  });
});

// Review (board reader): compared by day, the matrix both agreed that morning, reverted to after a
// RACI capture agreed that afternoon, printed "the change is agreed by both … on" that same day.
describe('the same day: by the time this laptop kept, not the day', () => {
  const afternoon = { ...agreedOn(raci('c1', 'accountable', 'CTO')), confirmedHereAt: '2026-01-13T15:00:00.000Z' };
  const reverted = workspace((w) => (w.matrix[0] = { ...w.matrix[0], accountable: ['CEO'] }));

  it('the row reverted to the value both agreed that morning: not an agreement of the change; confirmed here that evening, it is', () => {
    for (const key of [rowKey('matrix', 'row-product-bet'), 'matrix']) {
      const morning = confirmed(reverted, [BET], [key], '2026-01-13T09:00:00.000Z');
      expect(captureHeld(afternoon, [afternoon], ctxOf(reverted, [BET], morning))).toEqual({ kind: 'changed' });
    }
    // The change confirmed here later that day is agreed.
    const evening = confirmed(reverted, [BET], [rowKey('matrix', 'row-product-bet')], '2026-01-13T17:00:00.000Z');
    expect(captureHeld(afternoon, [afternoon], ctxOf(reverted, [BET], evening))).toEqual({ kind: 'changed', agreed: { on: '2026-01-13' } });
  });

  it('a capture of the same cell agreed that morning is no agreement of the change; one agreed that evening is', () => {
    const morning = { ...agreedOn(raci('c0', 'accountable', 'CEO')), confirmedHereAt: '2026-01-13T09:00:00.000Z' };
    expect(captureHeld(afternoon, [morning, afternoon], ctxOf(reverted))).toEqual({ kind: 'changed' });
    const evening = { ...morning, capture: { ...morning.capture, id: 'c5' }, confirmedHereAt: '2026-01-13T17:00:00.000Z' };
    expect(captureHeld(afternoon, [afternoon, evening], ctxOf(reverted))).toEqual({ kind: 'changed', agreed: { on: '2026-01-13' } });
  });
});

describe('a risk-budget capture both agreed', () => {
  const capture = agreedOn(risk('r1', '10'));

  it('holds while the bet says the agreed value', () => {
    expect(captureHeld(capture, [capture], ctxOf(workspace()))).toEqual({ kind: 'holds' });
  });

  it('a budget changed since, or unset: changed; the bet agreed as it stands since: the change agreed', () => {
    const changed = { ...BET, slipPercent: 25 };
    expect(captureHeld(capture, [capture], ctxOf(workspace(), [changed]))).toEqual({ kind: 'changed' });
    expect(captureHeld(capture, [capture], ctxOf(workspace(), [{ ...BET, slipPercent: null }]))).toEqual({ kind: 'changed' });
    const a = confirmed(workspace(), [changed], [betKey('bet-1')], '2026-03-02T10:00:00.000Z');
    expect(captureHeld(capture, [capture], ctxOf(workspace(), [changed], a))).toEqual({ kind: 'changed', agreed: { on: '2026-03-02' } });
  });

  it('the bet deleted: removed', () => {
    expect(captureHeld(capture, [capture], ctxOf(workspace(), []))).toEqual({ kind: 'changed', removed: true });
  });
});

it('a decision or an action is not a matrix or budget value: not checked', () => {
  const action: Capture = { ...meta, id: 'a1', kind: 'action', text: 'Publish', owner: 'CTO', due: '2026-01-20' };
  expect(captureHeld(agreedOn(action), [], ctxOf(workspace()))).toBeUndefined();
});
