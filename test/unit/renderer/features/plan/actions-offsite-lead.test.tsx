import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { ActionsSection } from '../../../../../renderer/features/plan/sections/ActionsSection';
import { ceoRef, ctoRef, offsiteActionsInput, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

/*
 * "The 3 actions the two of you captured at the offsite, each with the owner and due date you
 * set" counted two actions the partner wrote alone (any number of them, with any owner and date)
 * as the pair's. The lead says how many both confirmed.
 */
describe('the printed lead above the offsite actions', () => {
  it('counts the proposals apart from the actions both confirmed', () => {
    const META = { blockId: 'b', blockTitle: 'Block', authorName: 'Sam', createdAt: '2026-01-15T10:00:00.000Z' };
    const agreed = { ...META, id: 'cap-ok', kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-01-20' };
    const p1 = { ...META, id: 'cap-p1', kind: 'action' as const, text: 'CEO stops attending the tech review', owner: 'CEO', due: '2026-01-21' };
    const p2 = { ...META, id: 'cap-p2', kind: 'action' as const, text: 'Freeze hiring', owner: 'CEO', due: '2026-01-22' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...offsiteActionsInput([agreed, p1, p2], ['cap-ok']) });
    const out = text(renderToStaticMarkup(<ActionsSection plan={plan} />));
    expect(out).toContain('The 3 actions captured at the offsite: 1 agreed by both, 2 proposed by one of you and not agreed.');
    expect(out).not.toContain('the two of you captured');
  });
});
