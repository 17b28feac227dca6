import { describe, expect, it } from 'vitest';
import { agreementView } from '../../../../../renderer/features/workspace/agreement-view';
import { planContext } from '../../../../../shared/plan/context';
import { agreementContents, betKey, contentHash, recordLocal, rowKey, sharedKey, type AgreementInput } from '../../../../../shared/workspace/agreement';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { createRow } from '../../../../../shared/workspace/matrix';

// A partner adds 500 rows to the decision matrix (500 tiny entries: far inside the guard's caps).
// The matrix editor shows an agreement bar under every row, and each bar computed the agreement
// states of the whole workspace (a hash of every row) on every render: rows × rows, about 70 ms a
// bar here, so tens of seconds per keystroke on the workspace page. Now the bars share one
// computation per snapshot (agreement-view.ts), with the same contents and states.

const NOW = new Date(2025, 2, 10);

function flooded(n: number) {
  const ws = defaultWorkspace(NOW);
  const rows = Array.from({ length: n }, (_, i) => createRow({ id: `r${i}`, decision: `Decision ${i}`, accountable: ['CEO'], cadence: 'Weekly' }));
  return { ...ws, matrix: [...ws.matrix, ...rows] };
}

describe('the agreement state of every row of a 500-row matrix', () => {
  it('is computed once for all the bars of one render, not once per bar', () => {
    const ws = flooded(500);
    // One snapshot, as useAgreement gives it to every bar (policies and bets are the snapshot's own).
    const snapshot = { agreement: { shared: {}, local: {} } as AgreementInput, policies: {}, bets: [] };
    const views = new Set<unknown>();
    for (const row of ws.matrix) {
      // Each bar's hook gives its own object around the same agreement record.
      const view = agreementView(ws, snapshot.policies, snapshot.bets, { ...snapshot.agreement, me: 'ceo' });
      expect(view.states[rowKey('matrix', row.id)]).toBeDefined();
      views.add(view);
    }
    // One computation, shared by every bar (its cost is no longer rows × rows); a new snapshot computes again.
    expect(views.size).toBe(1);
    expect(agreementView({ ...ws }, snapshot.policies, snapshot.bets, { ...snapshot.agreement, me: 'ceo' })).not.toBe([...views][0]);
  });

  it('gives what the plan gives, and follows a new snapshot (a confirmation, this laptop’s role)', () => {
    const ws = flooded(3);
    const key = rowKey('matrix', 'r1');
    const hash = contentHash(agreementContents(ws, {}, [])[key]);
    const none: AgreementInput = { shared: {}, local: {} };
    expect(agreementView(ws, {}, [], none).states).toEqual(planContext({ workspace: ws, agreement: none }).states);
    const both: AgreementInput = {
      shared: { [sharedKey(key, 'cto')]: { role: 'cto', name: 'Blake', hash, at: '2025-03-10T10:00:00.000Z', mode: 'live' } },
      local: recordLocal({}, key, ['ceo'], hash),
      me: 'ceo',
    };
    expect(agreementView(ws, {}, [], both).states[key].kind).toBe('agreed');
    expect(agreementView(ws, {}, [], { ...both, me: 'cto' }).states[key].kind).not.toBe('agreed');
    expect(agreementView(ws, {}, [], none).states[key].kind).not.toBe('agreed');
  });
});

// A partner adds 20,000 big bets (plain entries, inside the guard's caps). A bet's state does not
// depend on the workspace, but the shared view was computed whole on each workspace change: every
// keystroke anywhere on the Workspace page hashed all 20,000 bets again (a fifth of a second or
// more each, per computation).
describe("a partner's 20,000 bets", () => {
  it('are not hashed again on each keystroke elsewhere, and their states are the plan’s', () => {
    const ws = flooded(2);
    const bets = Array.from({ length: 20_000 }, (_, i) => ({ id: `b${String(i).padStart(5, '0')}`, name: `Bet ${i}`, reliabilityMinutes: 10, securityClasses: 'x', slipPercent: 5 }));
    const b0 = bets[0];
    const hash = contentHash(b0);
    const agreement: AgreementInput = {
      shared: { [sharedKey(betKey(b0.id), 'cto')]: { role: 'cto', name: 'Blake', hash, at: '2025-03-10T10:00:00.000Z', mode: 'live' } },
      local: recordLocal({}, betKey(b0.id), ['ceo'], hash),
      me: 'ceo',
    };
    const policies = {};
    const first = agreementView(ws, policies, bets, agreement);
    expect(first.states[betKey(b0.id)].kind).toBe('agreed');
    let view = first;
    for (let k = 0; k < 10; k++) view = agreementView({ ...ws, matrix: [...ws.matrix] }, policies, bets, agreement);
    // A new workspace each time (a keystroke), the same bets and record: the bets' states are the
    // ones computed first, not computed again (by identity; no time bound in a unit test).
    expect(view).not.toBe(first);
    for (const b of [bets[0], bets[19_999]]) expect(view.states[betKey(b.id)]).toBe(first.states[betKey(b.id)]);
    const plan = planContext({ workspace: ws, agreement, policies, bets }).states;
    expect(view.states).toEqual(plan);
    expect(Object.keys(view.contents)).toEqual(Object.keys(agreementContents(ws, policies, bets)));
  });
});
