/*
 * Review (board reader): "RACI change: Product bet → CTO — agreed by both" printed in the plan after
 * the workspace row went back to the CEO, with nobody confirming that: the board read the CTO as
 * owning it. Now the line says the value then changed in the workspace, and whether both agreed that.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { Capture } from '../../../../shared/offsite/capture';
import { agreementContents, contentHash, rowKey, sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';
import type { Workspace } from '../../../../shared/workspace/types';
import { agreeCaptures, ceoRef, ctoRef, today } from './fixtures';

const capture: Capture = {
  id: 'c1', blockId: 'owners', blockTitle: 'Owners', author: 'ceo', authorName: 'Dana', createdAt: '2026-01-13T10:00:00.000Z',
  kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CTO',
};

function workspace(accountable: string): Workspace {
  const ws = defaultWorkspace(today);
  ws.matrix = ws.matrix.map((r) => (r.id === 'row-product-bet' ? { ...r, accountable: [accountable] } : r));
  return ws;
}

function plan(ws: Workspace, agreement: AgreementInput) {
  return buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement }, offsite: { captures: [capture], actions: [], parked: [] } });
}

/** Both confirmed the row as it stands, this laptop on `at`. */
function withRowAgreed(a: AgreementInput, ws: Workspace, at: string): AgreementInput {
  const key = rowKey('matrix', 'row-product-bet');
  const hash = contentHash(agreementContents(ws)[key]);
  return {
    ...a,
    shared: { ...a.shared, [sharedKey(key, 'ceo')]: { role: 'ceo', name: 'Dana', hash, at, mode: 'live' }, [sharedKey(key, 'cto')]: { role: 'cto', name: 'Sam', hash, at, mode: 'live' } },
    local: { ...a.local, [key]: { ceo: hash } },
  };
}

describe('an agreed RACI capture the workspace no longer holds', () => {
  const agreed = agreeCaptures([capture], undefined, '2026-01-13T11:00:00.000Z');

  it('changed since, nobody confirming it: says so beside "agreed by both", in the plan and the Markdown (and nothing while the row holds it)', () => {
    const holds = plan(workspace('CTO'), agreed);
    expect(holds.offsite?.agreed).toHaveLength(1);
    expect(holds.offsite?.agreed[0].changed).toBeUndefined();
    expect(planToMarkdown(holds)).not.toContain('Then changed');
    const p = plan(workspace('CEO'), agreed);
    expect(p.offsite?.agreed[0].by).toContain('on 2026-01-13');
    expect(p.offsite?.agreed[0].changed).toBe('Then changed in the workspace: not confirmed by both.');
    expect(planToMarkdown(p)).toContain('— agreed by both: Dana (CEO) and Sam (CTO) on 2026-01-13 — Then changed in the workspace: not confirmed by both.');
  });

  it('changed since and both confirmed the new row: says that instead', () => {
    const ws = workspace('CEO');
    const p = plan(ws, withRowAgreed(agreed, ws, '2026-01-14T10:00:00.000Z'));
    expect(p.offsite?.agreed[0].changed).toBe('Then changed in the workspace; the change is agreed by both: Dana (CEO) and Sam (CTO) on 2026-01-14.');
  });
});
