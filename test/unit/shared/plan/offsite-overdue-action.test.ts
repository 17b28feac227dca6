/*
 * An action captured at the offsite whose due date is before the plan's date, and that nothing
 * records as done, was printed like any other action under "Days 1–14": the board reads a
 * commitment still on schedule. It must say it is overdue, as of the plan's (local) day.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, OffsiteAction } from '../../../../shared/offsite/capture';
import { sharedKey, type Confirmation } from '../../../../shared/workspace/agreement';
import { addDays, toIsoDate } from '../../../../shared/workspace/dates';
import { ceoRef, ctoRef } from './fixtures';

function planOn(today: Date, dues: Record<string, string>) {
  const captures: Capture[] = [];
  const actions: OffsiteAction[] = [];
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const [id, due] of Object.entries(dues)) {
    const c: Capture = { id, blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: '2026-01-02T10:00:00.000Z', kind: 'action', text: `Action ${id}`, owner: 'CTO', due };
    captures.push(c);
    actions.push({ id: `action-${id}`, captureId: id, blockId: 'b', text: c.text, owner: 'CTO', due });
    const hash = captureHash(c);
    const key = captureKey(id);
    shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: 'Dana', hash, at: '2026-01-02T11:00:00.000Z', mode: 'live' };
    shared[sharedKey(key, 'cto')] = { role: 'cto', name: 'Sam', hash, at: '2026-01-02T11:00:00.000Z', mode: 'live' };
    local[key] = { ceo: hash };
  }
  // Rounds sealed before this offsite (2026-01-02), as the offsite follows the comparison.
  const sealed = '2026-01-01T09:00:00.000Z';
  return buildRepairPlan({ companyName: 'Acme', ceoRound: { ...ceoRef, sealedAt: sealed }, ctoRound: { ...ctoRef, sealedAt: sealed }, today, workspace: { workspace: defaultWorkspace(today), agreement: { shared, local } }, offsite: { captures, actions, parked: [] } });
}

describe('an offsite action past its due date', () => {
  const build = () => {
    const today = new Date(2026, 0, 15, 9, 30);
    const plan = planOn(today, { late: '2026-01-09', due: '2026-01-15', later: toIsoDate(addDays(today, 5)) });
    const byId = (id: string) => plan.actions.find((a) => a.id === `action-${id}`)!;
    return { plan, byId };
  };

  it('is marked overdue, with its date and the plan\'s date', () => {
    const { byId } = build();
    expect(byId('late').overdue).toBe(true);
    expect(byId('late').detail).toMatch(/^Overdue: due 2026-01-09, before this plan's date \(2026-01-15\), and not recorded as done\./);
  });

  it('is not overdue on its due day, nor after', () => {
    const { byId } = build();
    expect(byId('due').overdue).toBeUndefined();
    expect(byId('later').overdue).toBeUndefined();
    expect(byId('due').detail).not.toMatch(/overdue/i);
  });

  it('reads as overdue in the markdown', () => {
    const { plan } = build();
    const md = planToMarkdown(plan);
    expect(md).toContain('(CTO, due 2026-01-09, overdue): Overdue: due 2026-01-09');
    expect(md).toContain('(CTO, due 2026-01-15): ');
  });

  it('is judged by the plan\'s local day, not the UTC one', () => {
    // 23:30 local: in a zone east of UTC the UTC day is still the 14th, west of it the 16th. Either way
    // the plan is dated the 15th, and an action due on the 15th is not overdue.
    const late = new Date(2026, 0, 15, 23, 30);
    const p = planOn(late, { due: '2026-01-15', before: '2026-01-14' });
    expect(p.cover.date).toBe('2026-01-15');
    expect(p.actions.find((a) => a.id === 'action-due')!.overdue).toBeUndefined();
    expect(p.actions.find((a) => a.id === 'action-before')!.overdue).toBe(true);
  });
});
