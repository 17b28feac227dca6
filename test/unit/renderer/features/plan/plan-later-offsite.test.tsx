/*
 * The printed plan of last quarter's rounds, read after the next comparison: the cover says when the
 * two rounds were sealed, the offsite section lists its own offsite only and says in one line that a
 * later one's items exist, and an agreed RACI value changed in the workspace since says so.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { CoverSection } from '../../../../../renderer/features/plan/sections/CoverSection';
import { OffsiteSection } from '../../../../../renderer/features/plan/sections/OffsiteSection';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import type { Capture } from '../../../../../shared/offsite/capture';
import { agreeCaptures, ceoRef, ctoRef } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const today = new Date(2026, 4, 2, 9);
const meta = { blockId: 'owners', blockTitle: 'Owners', author: 'ceo' as const, authorName: 'Dana' };
const ours: Capture = { ...meta, id: 'q1', createdAt: '2026-01-13T10:00:00.000Z', kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CTO' };
const later: Capture = { ...meta, id: 'q2', createdAt: '2026-04-15T10:00:00.000Z', kind: 'action', text: 'Hire a VP Engineering', owner: 'CTO', due: '2026-05-04' };

// Both agreed each on its own day; the workspace row says CEO now, nobody confirmed that.
const agreement = (() => {
  const a = agreeCaptures([ours], undefined, '2026-01-13T11:00:00.000Z');
  const b = agreeCaptures([later], undefined, '2026-04-15T11:00:00.000Z');
  return { shared: { ...a.shared, ...b.shared }, local: { ...a.local, ...b.local }, me: 'ceo' as const };
})();
const plan = buildRepairPlan({
  companyName: 'Acme',
  ceoRound: ceoRef,
  ctoRound: ctoRef,
  today,
  workspace: { workspace: defaultWorkspace(today), agreement },
  offsite: { captures: [ours, later], actions: [], parked: [] },
  nextComparisonDay: '2026-04-14',
});

describe('the printed plan of last quarter’s rounds', () => {
  it('the cover says when each round was sealed', () => {
    expect(text(renderToStaticMarkup(<CoverSection plan={plan} />))).toContain('Rounds sealed CEO 2026-01-12, CTO 2026-01-12');
  });

  it('the offsite section lists its own offsite, counts the later one, and says the agreed value changed since', () => {
    const section = text(renderToStaticMarkup(<OffsiteSection plan={plan} />));
    expect(section).not.toContain('VP Engineering');
    expect(section).toContain('Not listed here: 1 agreed at a later offsite (from 2026-04-13, allowing for clock differences, before the next comparison on 2026-04-14; still in the workspace).');
    expect(section).toContain('Accountable → CTO');
    expect(section).toContain('Then changed in the workspace: not confirmed by both.');
  });
});
