import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { ActionsSection } from '../../../../../renderer/features/plan/sections/ActionsSection';
import { ceoRef, ctoRef, offsiteActionsInput } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

/* The printed lead said the re-score is "30 working days after this plan's date": it is calendar day 30, off a weekend. */
describe('the printed re-score date after the offsite actions', () => {
  it('says how the date is reached', () => {
    const META = { blockId: 'b', blockTitle: 'Block', authorName: 'Dana', createdAt: '2026-01-15T10:00:00.000Z' };
    const own = { ...META, id: 'cap-ok', kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-01-20' };
    const sealed = '2026-01-15T10:00:00.000Z';
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: { ...ceoRef, sealedAt: sealed }, ctoRound: { ...ctoRef, sealedAt: sealed }, today: new Date(2026, 0, 16, 9), ...offsiteActionsInput([own], ['cap-ok']) });
    const out = text(renderToStaticMarkup(<ActionsSection plan={plan} />));
    expect(out).not.toContain('working days after');
    expect(out).toContain('a re-score round on Fri 13 Feb (day 30 counting the day after the rounds were sealed as day 1, moved back to the Friday before when it falls on a weekend, not a date you set)');
  });
});
