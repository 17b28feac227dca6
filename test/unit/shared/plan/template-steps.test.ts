import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToIcs } from '../../../../shared/plan/plan-ics';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { TEMPLATE_STEPS_NOTE } from '../../../../shared/plan/actions';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreeKeys, ceoRef, ctoRef, offsiteActionsInput, today } from './fixtures';

/*
 * The framework's 30 days come with owners ("CTO") and due dates nobody chose: a board member
 * reading "Write a translation guide — CTO — 26 Jan" takes it for the pair's assignment. A step
 * is the framework's template until the pair captures its own actions; every export says so, as
 * it does for an action one leader captured alone ("Proposed, not agreed").
 */
const events = (ics: string) =>
  ics
    .replace(/\r\n /g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((e) => /^SUMMARY:(.*)$/m.exec(e)![1]);

describe("the framework's template steps", () => {
  it('are marked as the template in the calendar, unless both agreed what the step asks for', () => {
    const ws = defaultWorkspace(today);
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement: agreeKeys(ws, ['cadence']) } });
    expect(plan.actions.every((a) => a.template)).toBe(true);
    const summaries = events(planToIcs(plan, new Date(Date.UTC(2026, 0, 15, 8))));
    // The cadence is agreed (ticked): its step needs no mark; every other step is still the template's.
    expect(summaries).toContain('Put the cadence on both calendars (CEO + CTO)');
    expect(summaries).toContain('Template\\, not agreed: Write a translation guide for 10 engineering topics (CTO)');
    expect(summaries).toContain('Template\\, not agreed: Re-score: run the diagnostic again (CEO + CTO)');
    expect(summaries.filter((s) => !s.startsWith('Template\\, not agreed: '))).toEqual(['Put the cadence on both calendars (CEO + CTO)']);
  });

  it('say so in the Markdown, as the printed plan does', () => {
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today }));
    expect(md).toContain(TEMPLATE_STEPS_NOTE);
  });

  it("leave the pair's own captured actions alone; the re-score after them is still the framework's date", () => {
    const META = { blockId: 'b', blockTitle: 'Block', authorName: 'Dana', createdAt: '2026-01-15T10:00:00.000Z' };
    const own = { ...META, id: 'cap-ok', kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-01-20' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...offsiteActionsInput([own], ['cap-ok']) });
    expect(plan.actions.map((a) => [a.id, a.template ?? false])).toEqual([['action-cap-ok', false], ['action-rescore', true]]);
    expect(events(planToIcs(plan, new Date(Date.UTC(2026, 0, 15, 8))))).toEqual(['Publish the matrix (CTO)', 'Template\\, not agreed: Re-score: run the diagnostic again (CEO + CTO)']);
    const md = planToMarkdown(plan);
    expect(md).not.toContain(TEMPLATE_STEPS_NOTE);
    expect(md).toContain('Re-score round: 2026-02-11 (day 30 counting the day after the rounds were sealed as day 1, moved back to the Friday before when it falls on a weekend, not a date you set).');
  });
});
