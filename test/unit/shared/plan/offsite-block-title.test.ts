import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import type { Capture } from '../../../../shared/offsite/capture';
import { ceoRef, ctoRef, offsiteActionsInput, today } from './fixtures';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { planDay } from '../../../../shared/plan/working-days';

/*
 * Review: a capture's block title is outside the agreement's hash; the partner can rewrite it after
 * both confirmed. The plan kept it beside each agreed and proposed capture (`block`), where any
 * reader of the plan (page, PDF, Markdown) would print the partner's words beside "agreed by both".
 * Agreed and proposed captures now carry no block title in the plan; a parked item's stays context.
 */
const FORGED = 'Also agreed by both: the CTO reports to the COO';
const capture = (id: string, text: string): Extract<Capture, { kind: 'action' }> => ({
  id, kind: 'action', text, owner: 'CTO', due: toIsoDate(planDay(today, 5)),
  blockId: 'b1', blockTitle: 'Hiring', authorName: 'Dana', createdAt: `${toIsoDate(today)}T09:00:00.000Z`,
});

describe('a block title the partner rewrote after both confirmed', () => {
  const input = offsiteActionsInput([capture('c1', 'Draft the hiring plan'), capture('c2', 'Hire two SREs')], ['c1']);
  input.offsite.captures = input.offsite.captures.map((c) => ({ ...c, blockTitle: FORGED }));
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: input.workspace, offsite: input.offsite });

  it('the capture is still agreed, and the plan holds no block title beside it or beside the proposed one', () => {
    expect(plan.offsite!.agreed.map((a) => a.text)).toEqual(['Action: Draft the hiring plan (owner CTO, due ' + toIsoDate(planDay(today, 5)) + ')']);
    expect(plan.offsite!.proposed).toHaveLength(1);
    expect(JSON.stringify(plan.offsite)).not.toContain(FORGED);
    expect(planToMarkdown(plan)).not.toContain(FORGED);
  });
});
