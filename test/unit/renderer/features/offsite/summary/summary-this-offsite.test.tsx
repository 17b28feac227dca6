// @vitest-environment jsdom
/*
 * Review (board reader): the offsite summary sheet listed under "What we agreed" (and in its actions)
 * every offsite's agreed captures, last quarter's too, dated as agreed by both. The sheet is of the
 * offsite its agenda is for (`since`): an earlier offsite's items are counted, not listed. And a
 * capture from the partner's laptop whose clock is a day behind is still listed as this offsite's.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../render-in-dom';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import { captureHash, captureKey } from '../../../../../../shared/offsite/capture-agreement';
import { actionsOf } from '../../../../../../shared/offsite/capture-ops';
import type { Capture } from '../../../../../../shared/offsite/capture';
import { sharedKey, type Confirmation } from '../../../../../../shared/workspace/agreement';

const SINCE = '2026-11-24';
const at = (month: number, day: number, hour = 10) => new Date(2026, month - 1, day, hour).toISOString();
const action = (id: string, text: string, createdAt: string): Capture => ({
  id, blockId: 'owners', blockTitle: 'Owners', author: 'cto', authorName: 'Blake', createdAt, kind: 'action', text, owner: 'CTO', due: '2026-12-01',
});
const AGENDA = new Map([['owners', 'Owners and dates']]);

// Last quarter's, agreed then; this offsite's, agreed today; one the partner's laptop stamped a day behind, proposed.
const old = action('old', 'Write the Q3 translation guide', at(8, 3));
const now = action('now', 'Publish the matrix', at(11, 24));
const behind = action('behind', 'Name the release owner', at(11, 23, 22));
const captures = [old, now, behind];
const shared: Record<string, Confirmation> = {};
const local: Record<string, { ceo: string }> = {};
for (const [c, on, partnerOn] of [[old, at(8, 3, 11), at(8, 3, 12)], [now, at(11, 24, 11), at(11, 24, 12)]] as const) {
  const hash = captureHash(c);
  shared[sharedKey(captureKey(c.id), 'ceo')] = { role: 'ceo', name: 'Alex', hash, at: on, mode: 'live' };
  // Both confirmed last quarter's then (a partner confirming it only today would make it today's: summary.ts agreedDay).
  shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Blake', hash, at: partnerOn, mode: 'live' };
  local[captureKey(c.id)] = { ceo: hash };
}
const summary = buildOffsiteSummary({ captures, actions: actionsOf(captures), parked: [] }, { shared, local, me: 'ceo' });
const texts = (root: HTMLElement, testid: string) => [...root.querySelectorAll(`[data-testid="${testid}"]`)].map((e) => e.textContent ?? '');

describe('the offsite summary sheet of one offsite', () => {
  it('lists as agreed only what was agreed at this offsite, and says the earlier one is not listed', () => {
    const root = render(<SummarySheet summary={summary} agenda={AGENDA} since={SINCE} />);
    const agreed = texts(root, 'summary-agreed');
    expect(agreed).toHaveLength(1);
    expect(agreed[0]).toContain('Publish the matrix');
    expect(root.textContent).not.toContain('Q3 translation guide');
    expect(root.querySelector('#os-agreed')?.textContent).toBe('What we agreed (1)');
    expect(texts(root, 'summary-action').map((t) => t.slice(0, 20))).not.toContain('Write the Q3 transla');
    expect(root.textContent).toContain(`Agreed on ${SINCE}.`);
    expect(texts(root, 'summary-earlier')).toEqual(['Not listed here: 1 agreed at an earlier offsite (still in the workspace).']);
  });

  it('lists the capture from a laptop a day behind as this offsite’s, titled by this agenda', () => {
    const root = render(<SummarySheet summary={summary} agenda={AGENDA} since={SINCE} />);
    const proposed = texts(root, 'summary-proposed');
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toContain('Name the release owner');
    expect(proposed[0]).toContain('Captured during the agenda block “Owners and dates”');
  });

  // Review (board reader): an agreement this laptop kept no dated record of was counted "at an earlier offsite".
  it('an agreement with no confirmation dated on this laptop is said to be not dated here, not earlier', () => {
    const ownKeys = new Set([sharedKey(captureKey(now.id), 'ceo')]);
    const s = buildOffsiteSummary({ captures, actions: actionsOf(captures), parked: [] }, { shared, local, me: 'ceo', ownKeys });
    const root = render(<SummarySheet summary={s} agenda={AGENDA} since={SINCE} />);
    expect(texts(root, 'summary-earlier')).toEqual([]);
    expect(texts(root, 'summary-undated')[0]).toContain('Not listed here: 1 agreed by both but not dated on this laptop');
  });

  it('without the offsite’s first day, lists every item (and no note)', () => {
    const root = render(<SummarySheet summary={summary} agenda={AGENDA} />);
    expect(texts(root, 'summary-agreed')).toHaveLength(2);
    expect(texts(root, 'summary-earlier')).toEqual([]);
  });
});
