import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { CoverSection } from '../../../../../renderer/features/plan/sections/CoverSection';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** The printed cover (the PDF), not only the Markdown, tells the board a round was not verified here. */
describe('the printed cover of a plan on a partner round this laptop never verified', () => {
  it('carries the notice as a note', () => {
    const cto = { ...ctoRef, receivedFrom: 'file' as const, pairedWith: ceoRef.id, unverified: true as const };
    const html = renderToStaticMarkup(<CoverSection plan={buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: cto, today })} />);
    expect(html).toContain('role="note"');
    expect(text(html)).toContain("Not verified: Sam's round (CTO) was added to this laptop from a backup and was not checked against their seal here");
  });
});
