import { describe, expect, it } from 'vitest';
import { captureToOps } from '../../../../shared/offsite/capture-ops';
import type { CaptureMeta } from '../../../../shared/offsite/capture';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { BetBudget } from '../../../../shared/workspace/agreement';

const WS = defaultWorkspace(new Date(2026, 10, 26));
const META: CaptureMeta = { id: 'cap-1', blockId: 'gap-db-1', blockTitle: 'Gap 1: product bets', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' };
const BET: BetBudget = { id: 'bet-health', name: 'Healthcare pilot', reliabilityMinutes: 60, securityClasses: 'PHI exposure', slipPercent: 20 };

describe('captureToOps', () => {
  it('a decision becomes a decided log entry with an id derived from the capture', () => {
    const r = captureToOps({ kind: 'decision', text: 'Pilot in Q1', options: ['Q1', 'Q2'], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' }, META, { workspace: WS, bets: [] });
    expect(r.ok && r.ops).toEqual([
      { op: 'put-log', entry: { id: 'log-cap-1', kind: 'decision', what: 'Pilot in Q1', decidedBy: 'CEO', forum: 'Monthly strategy', date: '2026-11-26', options: ['Q1', 'Q2'], status: 'decided' } },
      { op: 'put-capture', capture: { ...META, kind: 'decision', text: 'Pilot in Q1', options: ['Q1', 'Q2'], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' } },
    ]);
  });

  it('a RACI change sets one cell of one row and records the row it changed', () => {
    const r = captureToOps({ kind: 'raci', rowId: 'row-product-bet', rowLabel: '', cell: 'accountable', value: 'CEO, CTO' }, META, { workspace: WS, bets: [] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ops[0]).toEqual({ op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CEO', 'CTO'], jointAccountable: true });
    expect(r.capture).toMatchObject({ kind: 'raci', rowLabel: 'Product bet and target segment' });
  });

  it('refuses a RACI change that leaves two owners or names a missing row, saying where', () => {
    const two = captureToOps({ kind: 'raci', rowId: 'row-product-bet', rowLabel: '', cell: 'accountable', value: 'CEO, Sales' }, META, { workspace: WS, bets: [] });
    expect(two).toEqual({
      ok: false,
      error: 'RACI change on "Product bet and target segment": CEO, Sales are all accountable; name one owner, or make it a joint CEO + CTO decision.',
    });
    const gone = captureToOps({ kind: 'raci', rowId: 'row-gone', rowLabel: '', cell: 'informed', value: 'Board' }, META, { workspace: WS, bets: [] });
    expect(gone).toEqual({ ok: false, error: 'RACI change: no row "row-gone" in the decision matrix (was it deleted?). Choose a row.' });
  });

  it('a risk value changes one budget of an existing bet and keeps the others', () => {
    const r = captureToOps({ kind: 'risk', betId: 'bet-health', betName: '', field: 'slipPercent', value: '10' }, META, { workspace: WS, bets: [BET] });
    expect(r.ok && r.ops[0]).toEqual({ op: 'put-bet', bet: { ...BET, slipPercent: 10 } });
    expect(r.ok && r.capture).toMatchObject({ betName: 'Healthcare pilot' });
  });

  it('a risk value for a new bet creates the bet; without a name it is refused', () => {
    const r = captureToOps({ kind: 'risk', betId: 'bet-new', betName: 'EU launch', field: 'securityClasses', value: 'GDPR' }, META, { workspace: WS, bets: [] });
    expect(r.ok && r.ops[0]).toEqual({ op: 'put-bet', bet: { id: 'bet-new', name: 'EU launch', reliabilityMinutes: null, securityClasses: 'GDPR', slipPercent: null } });
    expect(captureToOps({ kind: 'risk', betId: 'bet-new', betName: ' ', field: 'slipPercent', value: '5' }, META, { workspace: WS, bets: [] })).toEqual({
      ok: false,
      error: 'Risk budget: name the big bet (it is not in the workspace yet).',
    });
  });

  it('an action is listed with its owner and due date, linked to its capture', () => {
    const r = captureToOps({ kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' }, META, { workspace: WS, bets: [] });
    expect(r.ok && r.ops).toEqual([
      { op: 'put-action', action: { id: 'action-cap-1', captureId: 'cap-1', blockId: 'gap-db-1', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' } },
      { op: 'put-capture', capture: { ...META, kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' } },
    ]);
  });
});
