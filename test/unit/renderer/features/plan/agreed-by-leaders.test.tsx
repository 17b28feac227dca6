/**
 * Review r20, on the printed plan (screen, print route, PDF): "agreed by both: …" named whoever
 * the confirmation records in the shared doc named. A record is the invite holder's to write
 * ("Mallory, with board chair Pat Lee"); the page names the cover's two leaders instead.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PlanDocument } from '../../../../../renderer/features/plan/PlanDocument';
import { OffsiteSection } from '../../../../../renderer/features/plan/sections/OffsiteSection';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { agreementContents } from '../../../../../shared/workspace/agreement';
import type { Capture } from '../../../../../shared/offsite/capture';
import { toIsoDate } from '../../../../../shared/workspace/dates';
import { FORGED_CONFIRMATION_NAME, agreeCaptures, agreeKeys, ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

const DAY = toIsoDate(today);
const DECISION: Capture = {
  id: 'c1', blockId: 'b1', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: `${DAY}T10:00:00.000Z`,
  kind: 'decision', text: 'Delivery dates are the CTO’s call', options: ['CEO', 'CTO'], forum: 'Weekly 1:1', decidedOn: DAY, owner: 'CTO',
};
const ACTION: Capture = { id: 'c2', blockId: 'b1', blockTitle: 'Gap 1', author: 'cto', authorName: 'Sam', createdAt: `${DAY}T10:01:00.000Z`, kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-01-22' };

const names = { ceo: 'Eve Impostor', cto: FORGED_CONFIRMATION_NAME };
const ws = defaultWorkspace(today);
const keys = agreeKeys(ws, Object.keys(agreementContents(ws)), {}, [], names);
const caps = agreeCaptures([DECISION, ACTION], names);
const plan = buildRepairPlan({
  companyName: 'Acme',
  ceoRound: ceoRef,
  ctoRound: ctoRef,
  today,
  workspace: { workspace: ws, agreement: { shared: { ...keys.shared, ...caps.shared }, local: { ...keys.local, ...caps.local }, me: 'ceo' } },
  offsite: { captures: [DECISION, ACTION], actions: [{ id: 'action-c2', captureId: 'c2', blockId: 'b1', text: ACTION.text, owner: 'CTO', due: ACTION.due }], parked: [] },
});

describe('the printed plan, where confirmation records name someone else', () => {
  it('the offsite section says the cover’s two leaders agreed', () => {
    const html = renderToStaticMarkup(<OffsiteSection plan={plan} />);
    const items = html.split('data-testid="plan-offsite-agreed"').slice(1);
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).toContain(`<span class="pd-lead">— agreed by both: Dana (CEO) and Sam (CTO) on ${DAY}</span>`);
  });

  it('no page of the plan prints a confirmation record’s name', () => {
    const out = text(renderToStaticMarkup(<PlanDocument plan={plan} ceo={ceoRef} cto={ctoRef} />));
    expect(out).toContain('Dana');
    expect(out).toContain(`Delivery dates are the CTO’s call (owner CTO; Weekly 1:1; ${DAY}; options considered: CEO, CTO) — agreed by both: Dana (CEO) and Sam (CTO) on ${DAY}`);
    for (const leak of ['Mallory', 'Pat Lee', 'board chair', 'Eve Impostor']) expect(out).not.toContain(leak);
  });
});
