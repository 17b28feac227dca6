/**
 * Review r20, finding 4: the agreement on an action capture covers its body (text, owner, due).
 * The plan printed the `actions` root's record instead, a separate entry the partner writes, so a
 * rewritten record (or a second one under the agreed capture) printed as "agreed by both". The
 * plan's actions now come from the captures themselves (shared/offsite/summary.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../../shared/offsite/capture';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { ceoRef, ctoRef, offsiteActionsInput, today } from './fixtures';

const capture: Extract<Capture, { kind: 'action' }> = {
  id: 'c1', kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-01-23',
  blockId: 'b1', blockTitle: 'Hiring', authorName: 'Dana', createdAt: '2026-01-15T09:00:00.000Z',
};
const agreedActions = (input: ReturnType<typeof offsiteActionsInput>) =>
  buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...input }).actions.filter((a) => a.state?.startsWith('agreed by both'));

describe('an agreed action capture whose action record the partner rewrote', () => {
  it('prints the capture, not the rewritten text, owner or due date, as agreed by both', () => {
    const input = offsiteActionsInput([capture], ['c1']);
    // The partner rewrites the action record (not the capture, so the agreement still matches).
    input.offsite.actions[0] = { ...input.offsite.actions[0], text: 'Cut 20% of engineering', owner: 'CEO alone', due: '2026-06-30' };
    expect(agreedActions(input).map((a) => [a.title, a.owner, a.due])).toEqual([[capture.text, capture.owner, capture.due]]);
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...input }));
    expect(md).not.toContain('Cut 20% of engineering');
  });

  it('does not print a second action record filed under the agreed capture', () => {
    const input = offsiteActionsInput([capture], ['c1']);
    input.offsite.actions.push({ id: 'action-x', captureId: 'c1', blockId: 'b1', text: 'Board approved the layoffs', owner: 'CEO', due: '2026-01-20' });
    expect(agreedActions(input).map((a) => a.title)).toEqual([capture.text]);
  });

  it('still prints the agreed capture when its action record is missing', () => {
    const input = offsiteActionsInput([capture], ['c1']);
    input.offsite.actions = [];
    expect(agreedActions(input).map((a) => a.title)).toEqual([capture.text]);
  });
});
