/*
 * The debate limit in the policy action's text: "proposed" only while both leaders have not
 * agreed it. Once agreed, the action must not tell the board it is still a proposal.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreementContents, contentHash, sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';
import { ceoRef, ctoRef, today } from './fixtures';

const ws = defaultWorkspace(today);
const policies = { debateDays: 5 };

function agreed(): AgreementInput {
  const hash = contentHash(agreementContents(ws, policies).policies);
  return {
    shared: {
      [sharedKey('policies', 'ceo')]: { role: 'ceo', name: 'Dana', hash, at: '2026-01-21T10:00:00.000Z', mode: 'together' },
      [sharedKey('policies', 'cto')]: { role: 'cto', name: 'Sam', hash, at: '2026-01-21T10:00:00.000Z', mode: 'together' },
    },
    local: { policies: { ceo: hash, cto: hash } },
  };
}

const action = (agreement?: AgreementInput) =>
  buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws, policies, ...(agreement ? { agreement } : {}) }, today }).actions.find(
    (a) => a.id === 'action-policies',
  )!;

describe('the debate limit in the policy action', () => {
  it('says "agreed" once both leaders agreed it, never "proposed"', () => {
    const a = action(agreed());
    expect(a.detail).not.toMatch(/proposed/);
    expect(a.detail).toContain('5 days, agreed by both on 2026-01-21');
  });

  it('says "proposed" while they have not', () => {
    expect(action().detail).toContain('5 days, proposed (not yet agreed)');
  });

  it('reads the same in the markdown the board gets', () => {
    const md = planToMarkdown(
      buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws, policies, agreement: agreed() }, today }),
    );
    expect(md).not.toMatch(/5 days proposed/);
  });
});
