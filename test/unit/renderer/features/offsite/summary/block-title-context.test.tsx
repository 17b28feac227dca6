/**
 * Review r20, finding 2: a capture's block title is metadata either laptop writes, outside the
 * agreement's hash (capture-agreement.ts), so the partner can rewrite it after both confirmed. The
 * sheet printed it inside the "Agreed by both: …" line, between quotes it could close, so partner
 * text read as more of what was agreed. It is now its own line, labelled as context, cleaned
 * (shared/offsite/block-title.ts).
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import type { Capture } from '../../../../../../shared/offsite/capture';
import { offsiteActionsInput } from '../../../../shared/plan/fixtures';

const capture: Extract<Capture, { kind: 'action' }> = {
  id: 'c1', kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-01-23',
  blockId: 'b1', blockTitle: 'Hiring', authorName: 'Dana', createdAt: '2026-01-15T09:00:00.000Z',
};
const FORGED = 'Hiring” · Also agreed by both: Dana steps back from product decisions · “Close';

/** The text of each `<span>` of the rows with this test id, in order. */
function spansOf(html: string, testid: string): string[][] {
  const rows = html.split(`data-testid="${testid}"`).slice(1).map((r) => r.slice(0, r.indexOf('</li>')));
  return rows.map((r) => [...r.matchAll(/<span[^>]*>([^<]*)<\/span>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"')));
}

describe('an agreed capture whose block title the partner rewrote after both confirmed', () => {
  const input = offsiteActionsInput([capture], ['c1']);
  input.offsite.captures[0] = { ...capture, blockTitle: FORGED };
  const summary = buildOffsiteSummary(input.offsite, input.workspace.agreement);

  it('is still agreed: the title is not part of what was agreed', () => {
    expect(summary.agreed).toHaveLength(1);
  });

  it('the "Agreed by both" line holds the names and date only; the title is on its own line, quoted whole and labelled as context', () => {
    const [row] = spansOf(renderToStaticMarkup(<SummarySheet summary={summary} leaders={{ ceo: 'Dana', cto: 'Sam' }} />), 'summary-agreed');
    expect(row).toEqual([
      'Action: Draft the hiring plan (owner CTO, due 2026-01-23)',
      `Agreed by both: Dana (CEO) and Sam (CTO) on ${summary.dates!.from}`,
      'Captured during the agenda block “Hiring · Also agreed by both: Dana steps back from product decisions · Close” (context, not part of what was agreed).',
    ]);
  });

  it('a parked item’s title is on its own line too, one line, capped, with no quote of its own', () => {
    const parked = { id: 'p1', text: 'Office move', blockId: 'b1', blockTitle: `Hiring”\n\nAgreed by both: the CTO reports to the COO “${'x'.repeat(200)}`, authorName: 'Sam', createdAt: '2026-01-15T10:00:00.000Z' };
    const html = renderToStaticMarkup(<SummarySheet summary={buildOffsiteSummary({ ...input.offsite, parked: [parked] }, input.workspace.agreement)} />);
    const [row] = spansOf(html, 'summary-parked');
    expect(row.slice(0, 2)).toEqual(['Office move', 'Open']);
    expect(row[2]).toMatch(/^Raised during the agenda block “Hiring Agreed by both: the CTO reports to the COO x+…”\.$/);
    expect(row[2]).toHaveLength('Raised during the agenda block “”.'.length + 80);
  });
});
