import { useEffect } from 'react';
import type { Round } from '../../../shared/assessment/types';
import type { PageSize, RepairPlan } from '../../../shared/plan/types';
import { CoverSection } from './sections/CoverSection';
import { ScoresSection } from './sections/ScoresSection';
import { GapsSection } from './sections/GapsSection';
import { ActionsSection } from './sections/ActionsSection';
import { OffsiteSection } from './sections/OffsiteSection';
import { TextSections } from './sections/TextSections';
import { AppendicesSection } from './sections/AppendicesSection';
import type { PageMap } from './sections/toc';
import './plan.css';

/** Same margins as Electron's printToPDF (electron/main/pdf.ts), so browser printing matches. */
export const PAGE_MARGIN_CSS = '0.5in 0.5in 0.6in 0.5in';
const STYLE_ID = 'accord-plan-page';

/** `@page` cannot read a CSS variable, so the paper size is written into its own <style> element. */
export function usePageSizeRule(pageSize: PageSize): void {
  useEffect(() => {
    let el = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
    if (!el) {
      el = document.createElement('style');
      el.id = STYLE_ID;
      document.head.append(el);
    }
    el.textContent = `@page { size: ${pageSize === 'Letter' ? 'letter' : 'A4'} portrait; margin: ${PAGE_MARGIN_CSS}; }`;
    document.documentElement.dataset.planPage = pageSize;
    return () => {
      el?.remove();
      delete document.documentElement.dataset.planPage;
    };
  }, [pageSize]);
}

export interface PlanDocumentProps {
  plan: RepairPlan;
  ceo: Round;
  cto: Round;
  pages?: PageMap;
}

/** The print view of the repair plan: on screen as a stack of paper sheets, in print as the document itself. */
export function PlanDocument({ plan, ceo, cto, pages }: PlanDocumentProps) {
  usePageSizeRule(plan.pageSize);
  return (
    <article className={`plan-doc plan-doc-${plan.pageSize.toLowerCase()}`} data-testid="plan-document" lang="en">
      <CoverSection plan={plan} pages={pages} />
      <ScoresSection plan={plan} ceo={ceo} cto={cto} />
      <GapsSection plan={plan} />
      <ActionsSection plan={plan} />
      <OffsiteSection plan={plan} />
      <TextSections
        id="plan-policies"
        breakBefore
        lead="The rules the two of you run on once both of you agree them; each says whether you have. Numbers and owners come from your workspace where you have set them."
        items={plan.policies}
      />
      <TextSections
        id="plan-principles"
        breakBefore={false}
        lead="How technical choices protect the business, stated so both leaders can hold each other to them."
        items={plan.principles}
      />
      <AppendicesSection ap={plan.appendices} />
    </article>
  );
}
