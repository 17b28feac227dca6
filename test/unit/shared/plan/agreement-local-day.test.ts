import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { contentHash, sharedKey, type Confirmation } from '../../../../shared/workspace/agreement';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { withheldNotices } from '../../../../shared/plan/withheld';
import { ceoRef, ctoRef, makeRound } from './fixtures';

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

  it('is the local day for what the offsite captured, and for when a round was sealed', () => {
    const today = new Date(2026, 0, 14, 23, 45);
    const local = (h: number, m: number, day = 14) => new Date(2026, 0, day, h, m).toISOString();
    const DECISION: Capture = {
      id: 'c1', blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: local(22, 0),
      kind: 'decision', text: 'Dates are the CTO’s call', options: ['CEO', 'CTO'], forum: 'Weekly 1:1', decidedOn: '2026-01-14', owner: 'CTO',
    };
    const hash = captureHash(DECISION);
    const key = captureKey('c1');
    const plan = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: { ...makeRound('ceo', { base: 4, label: 'Q1' }), sealedAt: local(23, 30, 12) },
      ctoRound: { ...makeRound('cto', { base: 3, label: 'Q1 reset' }), sealedAt: local(23, 40, 13) },
      workspace: {
        workspace: defaultWorkspace(today),
        agreement: {
          shared: {
            [sharedKey(key, 'ceo')]: { role: 'ceo', name: 'Dana', hash, at: local(23, 0), mode: 'live' },
            [sharedKey(key, 'cto')]: { role: 'cto', name: 'Sam', hash, at: local(23, 5), mode: 'live' },
          },
          local: { [key]: { ceo: hash } },
        },
      },
      offsite: { captures: [DECISION], actions: [], parked: [] },
      today,
    });
    expect(plan.offsite!.agreed[0].by).toBe('Dana (CEO) and Sam (CTO) on 2026-01-14');
    expect(plan.offsite!.dates).toEqual({ from: '2026-01-14', to: '2026-01-14' });
    expect(plan.cover.notices![0]).toContain('"Q1" (sealed 2026-01-12)');
    expect(plan.cover.notices![0]).toContain('"Q1 reset" (sealed 2026-01-13)');
  });

  it('is the local day for a withheld reveal', () => {
    const at = new Date(2026, 0, 12, 22, 30).toISOString(); // 03:30 UTC on the 13th
    const [n] = withheldNotices([{ roundId: ceoRef.id, partnerName: 'Sam', partnerRole: 'cto', revealedAt: at, notedAt: at }], { ceo: ceoRef, cto: ctoRef });
    expect(n).toContain('on 2026-01-12,');
  });
});
