import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../../shared/offsite/capture';
import { sharedKey } from '../../../../../shared/workspace/agreement';
import { addDays, toIsoDate } from '../../../../../shared/workspace/dates';
import { ActionsSection } from '../../../../../renderer/features/plan/sections/ActionsSection';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the printed actions: an offsite action due after the re-score', () => {
  it('is under "After day 30", not "Days 15–30"', () => {
    const due = toIsoDate(addDays(today, 90));
    const ACTION: Capture = { id: 'c1', blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: `${toIsoDate(today)}T10:00:00.000Z`, kind: 'action', text: 'Rewrite the data model', owner: 'CTO', due };
    const hash = captureHash(ACTION);
    const key = captureKey('c1');
    const conf = (role: 'ceo' | 'cto') => ({ role, name: role, hash, at: `${toIsoDate(today)}T11:00:00.000Z`, mode: 'live' as const });
    const plan = buildRepairPlan({
      companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today,
      workspace: { workspace: defaultWorkspace(today), agreement: { shared: { [sharedKey(key, 'ceo')]: conf('ceo'), [sharedKey(key, 'cto')]: conf('cto') }, local: { [key]: { ceo: hash } } } },
      offsite: { captures: [ACTION], actions: [{ id: 'action-c1', captureId: 'c1', blockId: 'b', text: ACTION.text, owner: 'CTO', due }], parked: [] },
    });
    const out = text(renderToStaticMarkup(<ActionsSection plan={plan} />));
    const mid = out.slice(out.indexOf('Days 15–30'), out.indexOf('After day 30'));
    expect(out).toContain('After day 30');
    expect(mid).not.toContain('Rewrite the data model');
    expect(out.slice(out.indexOf('After day 30'))).toContain('Rewrite the data model');
  });
});
