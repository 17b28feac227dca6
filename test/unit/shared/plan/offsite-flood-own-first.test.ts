import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, OffsiteRecord, ParkedItem } from '../../../../shared/offsite/capture';
import { recordLocal, sharedKey, type AgreementInput, type SharedConfirmations } from '../../../../shared/workspace/agreement';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { planDay } from '../../../../shared/plan/working-days';
import { MAX_PLAN_LISTED } from '../../../../shared/plan/offsite';
import { ceoRef, ctoRef, today } from './fixtures';

/*
 * The plan lists at most MAX_PLAN_LISTED proposed captures, proposed actions and parked items. It
 * listed those "confirmed by someone" first, then by date: the partner's laptop confirms every capture
 * of its own flood, dates them (and their due dates) before this leader's, and this leader's own
 * proposals and parked items were cut from the plan the board reads. Now this laptop's own (written or
 * confirmed here) make the cut first.
 */
const FLOOD = 300;
const day = toIsoDate(today);
const meta = (id: string, createdAt: string) => ({ id, blockId: 'close', blockTitle: 'Close', authorName: 'Sam', createdAt });
const action = (id: string, text: string, createdAt: string, due: string): Capture => ({ ...meta(id, createdAt), kind: 'action', text, owner: 'CTO', due });

describe('the plan’s cap under a flood the partner confirmed and dated first', () => {
  it('lists this leader’s own captures, actions and parked items, and one confirmed here', () => {
    const early = toIsoDate(planDay(today, 2));
    const late = toIsoDate(planDay(today, 10));
    const flood = Array.from({ length: FLOOD }, (_, i) => action(`f${i}`, `Flood ${i}`, `${day}T00:00:00.000Z`, early));
    const agreed = action('c-agreed', 'Agreed one', `${day}T12:00:00.000Z`, late);
    const mine = action('c-mine', 'Publish the matrix', `${day}T12:00:00.000Z`, late);
    const theirsIConfirmed = action('c-theirs', 'Name the on-call owner', `${day}T12:30:00.000Z`, late);
    const parked: ParkedItem[] = [
      ...Array.from({ length: FLOOD }, (_, i) => ({ ...meta(`p${i}`, `${day}T00:00:00.000Z`), text: `Parked ${i}` })),
      { ...meta('p-mine', `${day}T13:00:00.000Z`), text: 'Hiring plan' },
    ];
    const shared: Record<string, SharedConfirmations[string]> = {};
    for (const c of [...flood, agreed]) {
      shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Sam', hash: captureHash(c), at: `${day}T11:00:00.000Z`, mode: 'live' };
    }
    shared[sharedKey(captureKey(agreed.id), 'ceo')] = { role: 'ceo', name: 'Dana', hash: captureHash(agreed), at: `${day}T11:00:00.000Z`, mode: 'live' };
    const local = recordLocal(recordLocal({}, captureKey(agreed.id), ['ceo'], captureHash(agreed)), captureKey(theirsIConfirmed.id), ['ceo'], captureHash(theirsIConfirmed));
    const agreement: AgreementInput = { shared, local, me: 'ceo' };
    const offsite: OffsiteRecord = { captures: [...flood, agreed, mine, theirsIConfirmed], actions: [], parked };
    const p = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: ceoRef,
      ctoRound: ctoRef,
      today,
      workspace: { workspace: defaultWorkspace(today), agreement },
      offsite,
      ownOffsiteIds: new Set(['c-mine', 'p-mine']),
    });

    const proposed = p.offsite!.proposed.map((r) => r.text);
    expect(proposed).toHaveLength(MAX_PLAN_LISTED);
    expect(proposed.some((t) => t.includes('Publish the matrix'))).toBe(true);
    expect(proposed.some((t) => t.includes('Name the on-call owner'))).toBe(true);
    expect(p.offsite!.parked.map((x) => x.text)).toContain('Hiring plan');
    const titles = p.actions.filter((a) => a.proposed).map((a) => a.title);
    expect(titles).toHaveLength(MAX_PLAN_LISTED);
    expect(titles).toContain('Publish the matrix');
    expect(titles).toContain('Name the on-call owner');
    expect(p.actions.some((a) => a.title === 'Agreed one' && !a.proposed)).toBe(true);
  });
});
