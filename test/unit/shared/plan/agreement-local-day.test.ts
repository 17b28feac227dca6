import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { contentHash, sharedKey, type Confirmation } from '../../../../shared/workspace/agreement';
import { ceoRef, ctoRef } from './fixtures';

/**
 * Confirmations are stored as UTC instants; the plan is dated by the local calendar. An agreement
 * made at 23:30 in New York is 04:30 the next day in UTC: the plan must not say it was agreed on a
 * day after the plan's own date.
 */
describe('the day of an agreement, in the leaders\' time zone', () => {
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('is the local day it was confirmed on, not the UTC day', () => {
    const today = new Date(2026, 0, 14, 23, 45); // 23:45 local, 04:45 UTC on the 15th
    expect(today.toISOString()).toBe('2026-01-15T04:45:00.000Z');
    const ws = defaultWorkspace(today);
    const h = contentHash(ws.matrix);
    const at = new Date(2026, 0, 14, 23, 30).toISOString(); // 23:30 local
    const conf = (role: 'ceo' | 'cto'): Confirmation => ({ role, name: role === 'ceo' ? 'Dana' : 'Sam', hash: h, at, mode: 'live' });
    const plan = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: ceoRef,
      ctoRound: ctoRef,
      workspace: { workspace: ws, agreement: { shared: { [sharedKey('matrix', 'ceo')]: conf('ceo'), [sharedKey('matrix', 'cto')]: conf('cto') }, local: { matrix: { ceo: h } } } },
      today,
    });
    expect(plan.cover.date).toBe('2026-01-14');
    expect(plan.appendices.matrix.state).toBe('agreed by both on 2026-01-14');
    expect(planToMarkdown(plan)).toContain('_State: agreed by both on 2026-01-14._');
  });
});
