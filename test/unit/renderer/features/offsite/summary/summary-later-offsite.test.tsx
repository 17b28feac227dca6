// @vitest-environment jsdom
/*
 * Review (board reader): the offsite summary sheet of last quarter's comparison listed what was agreed
 * at every offsite since. It ends where the next comparison's starts (`next`): a later one's items
 * are counted in one line, not listed. And an agreed RACI value changed in the workspace since says so.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../render-in-dom';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import { heldContext } from '../../../../../../shared/offsite/capture-held';
import { planContext } from '../../../../../../shared/plan/context';
import { defaultWorkspace } from '../../../../../../shared/framework/workspace-defaults';
import type { Capture } from '../../../../../../shared/offsite/capture';
import { agreeCaptures } from '../../../../shared/plan/fixtures';

const SINCE = '2026-01-12';
const NEXT = '2026-04-14';
const meta = { blockId: 'owners', blockTitle: 'Owners', author: 'ceo' as const, authorName: 'Dana' };
const ours: Capture = { ...meta, id: 'q1', createdAt: '2026-01-13T10:00:00.000Z', kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CTO' };
const later: Capture = { ...meta, id: 'q2', createdAt: '2026-04-15T10:00:00.000Z', kind: 'action', text: 'Hire a VP Engineering', owner: 'CTO', due: '2026-05-04' };
const a = agreeCaptures([ours], undefined, '2026-01-13T11:00:00.000Z');
const b = agreeCaptures([later], undefined, '2026-04-15T11:00:00.000Z');
const agreement = { shared: { ...a.shared, ...b.shared }, local: { ...a.local, ...b.local }, me: 'ceo' as const };
// The workspace row still says CEO: the capture's CTO no longer holds there.
const ws = defaultWorkspace(new Date(2026, 4, 2));
const held = heldContext(ws, [], planContext({ workspace: ws, agreement }).states, agreement);
const summary = buildOffsiteSummary({ captures: [ours, later], actions: [], parked: [] }, agreement, held);
const texts = (root: HTMLElement, testid: string) => [...root.querySelectorAll(`[data-testid="${testid}"]`)].map((e) => e.textContent ?? '');

describe('the summary sheet of last quarter’s offsite', () => {
  it('lists its own agreement, not the next offsite’s, and counts that one', () => {
    const root = render(<SummarySheet summary={summary} since={SINCE} next={NEXT} />);
    expect(texts(root, 'summary-agreed')).toHaveLength(1);
    expect(root.textContent).not.toContain('VP Engineering');
    expect(texts(root, 'summary-later')).toEqual(['Not listed here: 1 agreed at a later offsite (from 2026-04-13, allowing for clock differences, before the next comparison on 2026-04-14; still in the workspace).']);
  });

  it('says the agreed value then changed in the workspace', () => {
    const root = render(<SummarySheet summary={summary} since={SINCE} next={NEXT} />);
    expect(texts(root, 'summary-changed')).toEqual(['Then changed in the workspace: not confirmed by both.']);
  });

  it('the latest comparison (no next one) lists both, with no such line', () => {
    const root = render(<SummarySheet summary={summary} since={SINCE} />);
    expect(texts(root, 'summary-agreed')).toHaveLength(2);
    expect(texts(root, 'summary-later')).toEqual([]);
  });
});
