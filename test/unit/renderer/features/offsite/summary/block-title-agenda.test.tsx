/**
 * Review: the summary sheet titled where each agreed capture was made with the record's block title,
 * which the partner can rewrite after both confirmed (outside the hash) and which nothing else shows:
 * the partner's words printed beside "Agreed by both". The sheet now titles the place by this
 * laptop's agenda where it has the block id (the title both saw on screen), and says when the
 * block is not on the agenda and the title is only the record's.
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
const FORGED = 'Also agreed by both: Dana steps back from product decisions';
const AGENDA = new Map([['b1', 'Gap 1: Hiring'], ['close', 'Close']]);
const text = (html: string) => html.replace(/<[^>]+>/g, '\n').replace(/&quot;/g, '"').split('\n').map((l) => l.trim()).filter(Boolean);

describe('an agreed capture whose block title the partner rewrote', () => {
  const input = offsiteActionsInput([capture], ['c1']);
  input.offsite.captures[0] = { ...capture, blockTitle: FORGED };
  const parked = { id: 'p1', text: 'Office move', blockId: 'b1', blockTitle: FORGED, authorName: 'Sam', createdAt: '2026-01-15T10:00:00.000Z' };
  const summary = buildOffsiteSummary({ ...input.offsite, parked: [parked] }, input.workspace.agreement);

  it('is printed under the agenda’s title of its block, never the partner’s', () => {
    const lines = text(renderToStaticMarkup(<SummarySheet summary={summary} agenda={AGENDA} />));
    expect(summary.agreed).toHaveLength(1);
    expect(lines).toContain('Captured during the agenda block “Gap 1: Hiring” (context, not part of what was agreed).');
    expect(lines).toContain('Raised during the agenda block “Gap 1: Hiring”.');
    expect(lines.join('\n')).not.toContain(FORGED);
  });

  it('moved to a block the agenda does not have, it says the title is only the record’s', () => {
    const moved = buildOffsiteSummary({ ...input.offsite, captures: [{ ...input.offsite.captures[0], blockId: 'nowhere' }] }, input.workspace.agreement);
    const lines = text(renderToStaticMarkup(<SummarySheet summary={moved} agenda={AGENDA} />));
    expect(lines).toContain(`Captured during a block not on this agenda (recorded as “${FORGED}”) (context, not part of what was agreed).`);
  });
});
