/**
 * The gaps section was headed "Top 3 gaps" in the contents and on its page whatever the plan
 * held: over two gaps, one or none it claimed a top three that is not there, and over gaps pinned
 * on this laptop a rank they may not have. The Markdown said "Top gaps" over pins alike.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PlanDocument } from '../../../../../renderer/features/plan/PlanDocument';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../../shared/plan/markdown';
import { ceoRef, ctoRef, makeRound, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const printed = (ceo = ceoRef, cto = ctoRef, pins?: string[]) => {
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today, ...(pins ? { pins } : {}) });
  return { pdf: text(renderToStaticMarkup(<PlanDocument plan={plan} ceo={ceo} cto={cto} />)), md: planToMarkdown(plan) };
};

describe('the gaps section heading', () => {
  it('counts the gaps there are: two are not a top three', () => {
    const { pdf, md } = printed();
    expect(pdf).not.toContain('Top 3 gaps');
    expect(pdf).toContain('3 Top 2 gaps');
    expect(pdf).toContain('3. Top 2 gaps');
    expect(md).toContain('## Top 2 gaps');
  });

  it('with no gap, names no top', () => {
    const all4 = (role: 'ceo' | 'cto') => makeRound(role, { base: 4 });
    const { pdf, md } = printed(all4('ceo'), all4('cto'));
    expect(pdf).not.toMatch(/Top \d gaps/);
    expect(pdf).toContain('3. Gaps');
    expect(md).toContain('## Gaps');
  });

  it('over a pinned gap, claims no rank', () => {
    const { pdf, md } = printed(ceoRef, ctoRef, ['db-2']);
    expect(pdf).not.toMatch(/Top \d gaps/);
    expect(pdf).toContain('3. The 2 gaps this plan works on');
    expect(md).toContain('## The 2 gaps this plan works on');
  });

  it('a full top three is still "Top 3 gaps"', () => {
    const ceo = makeRound('ceo', { base: 4, overrides: { 'db-1': 5, 'db-2': 5, 'cr-3': 5 } });
    const cto = makeRound('cto', { base: 4, overrides: { 'db-1': 1, 'db-2': 2, 'cr-3': 1 } });
    expect(printed(ceo, cto).pdf).toContain('3. Top 3 gaps');
  });
});
