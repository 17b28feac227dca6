/**
 * The offsite summary sheet is printed and read as a record. Who agreed a capture is named as the
 * plan's cover names them — the leaders of the compared rounds — never by the free-text name in a
 * confirmation record, which whoever holds the invite writes ("Mallory, with board chair Pat Lee").
 * Review r20/r22: the plan was fixed first; the sheet printed the records' names until now.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import type { Capture } from '../../../../../../shared/offsite/capture';
import { agreeCaptures, FORGED_CONFIRMATION_NAME } from '../../../../shared/plan/fixtures';

const capture: Extract<Capture, { kind: 'action' }> = {
  id: 'c1', kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-01-23',
  blockId: 'b1', blockTitle: 'Hiring', authorName: 'Dana', createdAt: '2026-01-15T09:00:00.000Z',
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('who agreed, on the offsite summary sheet', () => {
  const summary = buildOffsiteSummary({ captures: [capture], actions: [], parked: [] }, agreeCaptures([capture], { ceo: 'Eve Impostor', cto: FORGED_CONFIRMATION_NAME }));

  it('names the compared rounds’ leaders, never the names the confirmation records carry', () => {
    expect(summary.agreed).toHaveLength(1);
    const sheet = text(renderToStaticMarkup(<SummarySheet summary={summary} leaders={{ ceo: 'Dana', cto: 'Sam' }} />));
    expect(sheet).toContain(`Agreed by both: Dana (CEO) and Sam (CTO) on ${summary.dates!.from}`);
    expect(sheet).not.toContain(FORGED_CONFIRMATION_NAME);
    expect(sheet).not.toContain('Eve Impostor');
  });

  it('without a comparison to name them from, the roles', () => {
    const sheet = text(renderToStaticMarkup(<SummarySheet summary={summary} />));
    expect(sheet).toContain(`Agreed by both: the CEO and the CTO on ${summary.dates!.from}`);
    expect(sheet).not.toContain(FORGED_CONFIRMATION_NAME);
  });
});
