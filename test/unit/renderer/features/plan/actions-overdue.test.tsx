import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../../shared/offsite/capture';
import { sharedKey } from '../../../../../shared/workspace/agreement';
import { ActionsSection } from '../../../../../renderer/features/plan/sections/ActionsSection';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

describe('the printed actions: an offsite action past its due date', () => {
  it('says Overdue next to its date, and the lead counts it', () => {
    const due = '2026-01-09'; // the plan is dated 2026-01-15
    const ACTION: Capture = { id: 'c1', blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: '2026-01-02T10:00:00.000Z', kind: 'action', text: 'Send the board the dependency map', owner: 'CTO', due };
    const hash = captureHash(ACTION);
    const key = captureKey('c1');
    const conf = (role: 'ceo' | 'cto') => ({ role, name: role, hash, at: '2026-01-02T11:00:00.000Z', mode: 'live' as const });
    const plan = buildRepairPlan({
      // Rounds sealed before this offsite (2026-01-02), as the offsite follows the comparison.
      companyName: 'Acme', ceoRound: { ...ceoRef, sealedAt: '2026-01-01T09:00:00.000Z' }, ctoRound: { ...ctoRef, sealedAt: '2026-01-01T09:00:00.000Z' }, today,
      workspace: { workspace: defaultWorkspace(today), agreement: { shared: { [sharedKey(key, 'ceo')]: conf('ceo'), [sharedKey(key, 'cto')]: conf('cto') }, local: { [key]: { ceo: hash } } } },
      offsite: { captures: [ACTION], actions: [{ id: 'action-c1', captureId: 'c1', blockId: 'b', text: ACTION.text, owner: 'CTO', due }], parked: [] },
    });
    const out = text(renderToStaticMarkup(<ActionsSection plan={plan} />));
    expect(out).toContain('1 is overdue: due before 2026-01-15 and not recorded as done.');
    expect(out).toMatch(/2026-01-09 Overdue/);
    expect(out).toContain("Overdue: due 2026-01-09, before this plan's date (2026-01-15), and not recorded as done.");
    // The re-score (not overdue) carries no such mark.
    expect(out.match(/ Overdue /g)).toHaveLength(1);
  });
});
