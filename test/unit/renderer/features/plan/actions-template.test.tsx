import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { TEMPLATE_STEPS_NOTE } from '../../../../../shared/plan/actions';
import { ActionsSection } from '../../../../../renderer/features/plan/sections/ActionsSection';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

describe("the printed actions from the framework's template", () => {
  it('say their owners and due dates are the template, not the pair’s', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
    expect(text(renderToStaticMarkup(<ActionsSection plan={plan} />))).toContain(TEMPLATE_STEPS_NOTE);
  });
});
