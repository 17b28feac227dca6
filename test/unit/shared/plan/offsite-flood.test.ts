import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, OffsiteRecord, ParkedItem } from '../../../../shared/offsite/capture';
import { recordLocal, sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { planDay } from '../../../../shared/plan/working-days';
import { MAX_PLAN_LISTED } from '../../../../shared/plan/offsite';
import { ceoRef, ctoRef, today } from './fixtures';

/*
 * The partner's laptop (plain yjs) writes thousands of proposed captures and parked items dated this
 * offsite. Every one was printed in the plan a board reads (a 3,000-line "From the offsite", and a
 * proposed action each in the plan's actions). Now the plan lists at most MAX_PLAN_LISTED of each,
 * confirmed ones first, every agreed one, and says how many more it does not list.
 */
const FLOOD = 3000;
const at = `${toIsoDate(today)}T10:00:00.000Z`;
const due = toIsoDate(planDay(today, 5));
const meta = (id: string, createdAt = at) => ({ id, blockId: 'close', blockTitle: 'Close', authorName: 'Sam', createdAt });
const action = (id: string, text: string, createdAt?: string): Capture => ({ ...meta(id, createdAt), kind: 'action', text, owner: 'CTO', due });

function both(c: Capture): AgreementInput {
  const hash = captureHash(c);
  return {
    shared: {
      [sharedKey(captureKey(c.id), 'ceo')]: { role: 'ceo', name: 'Dana', hash, at: `${toIsoDate(today)}T11:00:00.000Z`, mode: 'live' },
      [sharedKey(captureKey(c.id), 'cto')]: { role: 'cto', name: 'Sam', hash, at: `${toIsoDate(today)}T11:01:00.000Z`, mode: 'live' },
    },
    local: recordLocal({}, captureKey(c.id), ['ceo'], hash),
  };
}

describe('a flood of proposed captures and parked items in the plan', () => {
  it('lists at most MAX_PLAN_LISTED of each, every agreed one, and counts the rest', () => {
    const agreedOne = action('c-agreed', 'Publish the matrix to the leads', `${toIsoDate(today)}T12:00:00.000Z`);
    const flood = Array.from({ length: FLOOD }, (_, i) => action(`f${i}`, `Flood ${i}`));
    const parked: ParkedItem[] = Array.from({ length: FLOOD }, (_, i) => ({ ...meta(`p${i}`), text: `Parked ${i}` }));
    const offsite: OffsiteRecord = { captures: [...flood, agreedOne], actions: [], parked };
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: defaultWorkspace(today), agreement: both(agreedOne) }, offsite });

    expect(p.offsite!.agreed.map((a) => a.text)).toEqual(['Action: Publish the matrix to the leads (owner CTO, due ' + due + ')']);
    expect(p.offsite!.proposed).toHaveLength(MAX_PLAN_LISTED);
    expect(p.offsite!.parked).toHaveLength(MAX_PLAN_LISTED);
    expect(p.offsite!.unlisted).toEqual({ proposed: FLOOD - MAX_PLAN_LISTED, parked: FLOOD - MAX_PLAN_LISTED });
    expect(p.actions.filter((a) => a.proposed)).toHaveLength(MAX_PLAN_LISTED);
    expect(p.actions.some((a) => a.title === 'Publish the matrix to the leads' && !a.proposed)).toBe(true);
    const md = planToMarkdown(p);
    expect(md).toContain(`and ${(FLOOD - MAX_PLAN_LISTED).toLocaleString('en-US')} more proposed at the offsite (not agreed by both), not listed here.`);
    expect(md).toContain(`and ${(FLOOD - MAX_PLAN_LISTED).toLocaleString('en-US')} more parked at the offsite (open), not listed here.`);
  });

  it('an offsite under the cap is listed whole, with no count', () => {
    const offsite: OffsiteRecord = { captures: [action('c1', 'Publish the matrix')], actions: [], parked: [] };
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: defaultWorkspace(today), agreement: { shared: {}, local: {} } }, offsite });
    expect(p.offsite!.proposed).toHaveLength(1);
    expect(p.offsite!.unlisted).toBeUndefined();
  });
});
