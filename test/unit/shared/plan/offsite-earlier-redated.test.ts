/*
 * Review (board reader): the plan took an agreed capture as this offsite's by the day both agreed it,
 * the later of the two confirmations, one of which the partner writes. Re-dating its own confirmation
 * of last quarter's agreed action to this week put that action in this plan as agreed at this offsite.
 * It counts by this laptop's own confirmation, and by the day the agreement was completed when that
 * is later (summaryOfOffsite): the partner can move an agreement later (where it prints "agreed by
 * both on" that day), never into an earlier offsite than this laptop confirmed it at. And a capture or parked item
 * from the partner's laptop whose clock is a day behind is no longer left out of the plan.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';
import { actionsOf } from '../../../../shared/offsite/capture-ops';
import { sharedKey, type Confirmation } from '../../../../shared/workspace/agreement';
import { ceoRef, ctoRef } from './fixtures';

// ceoRef and ctoRef are sealed 2026-01-12 (10:00 UTC).
const TODAY = new Date(2026, 0, 14, 9, 0);
const action = (id: string, at: string, text: string): Capture => ({ id, blockId: 'b', blockTitle: 'Gap 1', author: 'cto', authorName: 'Sam', createdAt: at, kind: 'action', text, owner: 'CTO', due: '2026-01-20' });

function plan(captures: Capture[], confirmed: Record<string, { own: string; partner: string }>, parked: ParkedItem[] = []) {
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const c of captures) {
    const when = confirmed[c.id];
    if (!when) continue;
    const hash = captureHash(c);
    shared[sharedKey(captureKey(c.id), 'ceo')] = { role: 'ceo', name: 'Dana', hash, at: when.own, mode: 'live' };
    shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Sam', hash, at: when.partner, mode: 'live' };
    local[captureKey(c.id)] = { ceo: hash };
  }
  return buildRepairPlan({
    companyName: 'Acme',
    ceoRound: ceoRef,
    ctoRound: ctoRef,
    today: TODAY,
    workspace: { workspace: defaultWorkspace(TODAY), agreement: { shared, local, me: 'ceo' } },
    offsite: { captures, actions: actionsOf(captures), parked },
  });
}

describe('the plan’s offsite and dates the partner writes', () => {
  it("last quarter's agreed action, both confirmations last quarter, is not this plan's whatever its stamp", () => {
    const old = action('old', '2026-01-13T10:00:00.000Z', 'Write the Q4 translation guide'); // stamp re-dated
    const p = plan([old], { old: { own: '2025-10-06T11:00:00.000Z', partner: '2025-10-06T12:00:00.000Z' } });
    expect(p.actions.map((a) => a.title)).not.toContain('Write the Q4 translation guide');
    expect(p.offsite?.agreed).toEqual([]);
  });

  it('this week’s agreement, the partner’s confirmation backdated to last quarter, is still this plan’s', () => {
    const now = action('now', '2026-01-13T10:00:00.000Z', 'Publish the matrix');
    const p = plan([now], { now: { own: '2026-01-13T11:00:00.000Z', partner: '2025-10-06T12:00:00.000Z' } });
    expect(p.actions.map((a) => a.title)).toContain('Publish the matrix');
  });

  it('a proposal and a parked item from a laptop a day behind are in the plan', () => {
    const stamp = new Date(2026, 0, 11, 15).toISOString(); // the 12th, on a clock a day behind
    const p = plan([action('behind', stamp, 'Name the release owner')], {}, [
      { id: 'p1', text: 'Pricing ownership', blockId: 'b', blockTitle: 'Gap 1', authorName: 'Sam', createdAt: stamp },
    ]);
    expect(p.offsite?.proposed.map((r) => r.text).join('\n')).toContain('Name the release owner');
    expect(p.offsite?.parked.map((r) => r.text)).toEqual(['Pricing ownership']);
  });
});
