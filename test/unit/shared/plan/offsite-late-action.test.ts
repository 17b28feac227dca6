import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import type { Capture } from '../../../../shared/offsite/capture';
import { addDays, toIsoDate } from '../../../../shared/workspace/dates';
import { ceoRef, ctoRef, offsiteActionsInput, today } from './fixtures';

/**
 * An action captured at the offsite with a due date months away was listed under
 * "Days 15–30": the board reads it as part of the 30 days.
 */
describe('an offsite action due after the re-score', () => {
  const build = () => {
    const due = toIsoDate(addDays(today, 90));
    const ACTION: Capture = { id: 'c1', blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: `${toIsoDate(today)}T10:00:00.000Z`, kind: 'action', text: 'Rewrite the data model', owner: 'CTO', due };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...offsiteActionsInput([ACTION as Extract<Capture, { kind: 'action' }>], ['c1']) });
    return { plan };
  };

  it('is not listed under days 15–30', () => {
    const { plan } = build();
    expect(plan.actionsFromOffsite).toBe(true);
    const md = planToMarkdown(plan);
    const end = md.indexOf('## After day 30') >= 0 ? md.indexOf('## After day 30') : md.indexOf('Re-score round:');
    const days15to30 = md.slice(md.indexOf('## Days 15–30'), end);
    expect(days15to30).not.toContain('Rewrite the data model');
    expect(md).toContain('## After day 30');
    expect(md.slice(md.indexOf('## After day 30'))).toContain('Rewrite the data model');
  });
});
