/*
 * Review (board reader): the workspace keeps every offsite the pair ever held. A plan from
 * this quarter's rounds printed last quarter's agreed actions as its own (overdue for good,
 * never tickable) and listed last quarter's decisions as agreed at "the offsite". A plan takes
 * the offsite held after its rounds were sealed: an agreed capture by the day this laptop
 * confirmed it (its own record, which the partner cannot move: offsite-earlier-redated.test.ts),
 * anything else by when it was captured.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';
import { actionsOf } from '../../../../shared/offsite/capture-ops';
import { agreeCapturesAt, ceoRef, ctoRef } from './fixtures';

// ceoRef and ctoRef are sealed 2026-01-12.
const action = (id: string, at: string, text: string): Capture => ({ id, blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: at, kind: 'action', text, owner: 'CTO', due: '2026-01-20' });
const decision = (id: string, at: string, text: string): Capture => ({ id, blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: at, kind: 'decision', text, options: [], forum: 'Weekly 1:1', decidedOn: at.slice(0, 10), owner: 'CEO' });
const parked = (id: string, at: string, text: string): ParkedItem => ({ id, text, blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: at });


function plan(captures: Capture[], agreedAt: Record<string, string>, park: ParkedItem[] = []) {
  const today = new Date(2026, 0, 14, 9, 0);
  return buildRepairPlan({
    companyName: 'Acme',
    ceoRound: ceoRef,
    ctoRound: ctoRef,
    today,
    workspace: { workspace: defaultWorkspace(today), agreement: agreeCapturesAt(captures, agreedAt) },
    offsite: { captures, actions: actionsOf(captures), parked: park },
  });
}

describe('a plan and the offsites held before its rounds were sealed', () => {
  const lastQuarter = action('old', '2025-10-06T10:00:00.000Z', 'Write the Q4 translation guide');
  const thisQuarter = action('new', '2026-01-13T10:00:00.000Z', 'Agree the Q1 release criteria');

  it("does not take last quarter's agreed actions as its own", () => {
    const p = plan([lastQuarter, thisQuarter], { old: '2025-10-06T11:00:00.000Z', new: '2026-01-13T11:00:00.000Z' });
    expect(p.actions.map((a) => a.title)).toContain('Agree the Q1 release criteria');
    expect(p.actions.map((a) => a.title)).not.toContain('Write the Q4 translation guide');
    expect(p.offsite?.agreed.map((a) => a.text).join('\n')).not.toContain('Q4 translation guide');
    expect(planToMarkdown(p)).not.toContain('Q4 translation guide');
  });

  it('with only an earlier offsite, prints the template steps and an offsite section that only counts it', () => {
    const p = plan([lastQuarter, decision('d-old', '2025-10-06T10:30:00.000Z', 'Hire a second SRE')], { old: '2025-10-06T11:00:00.000Z', 'd-old': '2025-10-06T11:00:00.000Z' }, [parked('p-old', '2025-10-06T10:40:00.000Z', 'Pricing ownership')]);
    expect(p.actionsFromOffsite).toBeUndefined();
    expect(p.actions.some((a) => a.overdue)).toBe(false);
    expect(p.offsite).toMatchObject({ agreed: [], proposed: [], parked: [], earlier: 'Not listed here: 2 agreed and 1 parked at an earlier offsite (still in the workspace).' });
  });

  it('an agreed capture counts by the day both agreed it: the partner rewriting when it was captured moves nothing', () => {
    // Captured and agreed at this quarter's offsite; the partner later backdates createdAt to 2019.
    const backdated = { ...thisQuarter, createdAt: '2019-01-01T00:00:00.000Z' };
    const p = plan([backdated], { new: '2026-01-13T11:00:00.000Z' });
    expect(p.actions.map((a) => a.title)).toContain('Agree the Q1 release criteria');
  });

  it('this offsite, held the day the rounds were sealed, is the plan\'s', () => {
    const sameDay = action('same', '2026-01-12T15:00:00.000Z', 'Set the weekly 1:1');
    const p = plan([sameDay], { same: '2026-01-12T16:00:00.000Z' });
    expect(p.actions.map((a) => a.title)).toContain('Set the weekly 1:1');
  });
});
