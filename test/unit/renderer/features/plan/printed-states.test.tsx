import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { toIsoDate } from '../../../../../shared/workspace/dates';
import { AppendicesSection } from '../../../../../renderer/features/plan/sections/AppendicesSection';
import { TextSections } from '../../../../../renderer/features/plan/sections/TextSections';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** What the printed page (not only the Markdown) says of things nobody agreed. */
describe('the printed plan', () => {
  const ws = defaultWorkspace(today);
  ws.log = [{ id: 'log-1', kind: 'decision', what: 'Narrow launch', decidedBy: 'CEO + CTO', forum: 'Monthly strategy review', date: toIsoDate(today), options: [], status: 'decided' }];
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } });

  it('marks a decision in the log alone, and the shipped ladder examples', () => {
    const out = text(renderToStaticMarkup(<AppendicesSection ap={plan.appendices} />));
    expect(out).toContain('Decided as logged, not confirmed by both · decision');
    expect(out).toContain('Refactoring shipped example, not yet rewritten or agreed by the two of you');
  });

  it('names who will decide an open entry, never "decided by" beside "Open" (review r15)', () => {
    const open = defaultWorkspace(today);
    open.log = [{ ...ws.log[0], id: 'log-open', what: 'Pricing for enterprise', decidedBy: 'CEO', status: 'open' }, ws.log[0]];
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: open } });
    const out = text(renderToStaticMarkup(<AppendicesSection ap={p.appendices} />));
    expect(out).toMatch(/Pricing for enterprise Open · decision · \S+ · to be decided by CEO/);
    expect(out).toMatch(/Narrow launch Decided as logged, not confirmed by both · decision · \S+ · decided by CEO \+ CTO/);
    expect(out).not.toMatch(/Open · decision · \S+ · decided by/);
  });

  it("says the framework's principles are not the pair's rules", () => {
    const out = text(renderToStaticMarkup(<TextSections id="plan-principles" breakBefore={false} lead="" items={plan.principles} />));
    expect(out).toContain("Capacity is an input");
    expect(out).toContain("The framework's principle, the same in every plan: not a rule the two of you have agreed.");
  });
});
