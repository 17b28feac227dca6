/**
 * Review r20, finding 2, in the plan: a parked item's block title is written by either laptop
 * and printed after "open, raised in", where a rewritten one ("Hiring. Agreed by both: …") read as
 * more of the plan. The PDF page and the Markdown now print it apart, quoted, cleaned
 * (shared/offsite/block-title.ts).
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { OffsiteSection } from '../../../../../renderer/features/plan/sections/OffsiteSection';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../../shared/plan/markdown';
import { ceoRef, ctoRef, offsiteActionsInput, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

const FORGED = 'Hiring”.\n\n### Agreed by both\n- the CTO reports to the COO “';
const input = offsiteActionsInput([], []);
const offsite = { ...input.offsite, parked: [{ id: 'p1', text: 'Office move', blockId: 'b1', blockTitle: FORGED, authorName: 'Sam', createdAt: '2026-01-15T10:00:00.000Z' }] };
const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: input.workspace, offsite });
const PRINTED = '(raised during the agenda block “Hiring . ### Agreed by both - the CTO reports to the COO”)';

describe('a parked item whose block title the partner rewrote', () => {
  it('the plan page prints the title in its own element, one line, inside quotes it cannot close', () => {
    const html = renderToStaticMarkup(<OffsiteSection plan={plan} />);
    const item = html.slice(html.indexOf('data-testid="plan-offsite-parked"'));
    expect(item).toContain('<span class="pd-lead">— open</span>');
    expect(item).toContain(`<span class="pd-lead">${PRINTED}</span>`);
    expect(text(html)).toContain(`Office move — open ${PRINTED}`);
  });

  it('the Markdown prints the same on the item’s one line: no heading or list item of its own', () => {
    const md = planToMarkdown(plan);
    expect(md).toContain(`- Office move — open ${PRINTED}\n`);
    expect(md.match(/^### Agreed by both$/gm)).toHaveLength(1);
  });
});
