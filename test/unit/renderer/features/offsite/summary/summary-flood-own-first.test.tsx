import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import { captureHash, captureKey } from '../../../../../../shared/offsite/capture-agreement';
import { sharedKey, type SharedConfirmations } from '../../../../../../shared/workspace/agreement';
import type { Capture, OffsiteRecord } from '../../../../../../shared/offsite/capture';

/*
 * The sheet lists at most MAX_LISTED of each list, "confirmed" ones first: the partner's laptop
 * confirmed every capture of its own flood, dated them (and their due dates) first, and this leader's
 * proposed action and parked item were cut from the sheet. Now those written or confirmed here
 * (`first`) make the cut first.
 */
const FLOOD = 400;
const meta = (id: string, createdAt: string) => ({ id, blockId: 'close', blockTitle: 'Close', authorName: 'Sam', createdAt });
const action = (id: string, text: string, createdAt: string, due: string): Capture => ({ ...meta(id, createdAt), kind: 'action', text, owner: 'CTO', due });

describe('the offsite summary under a flood the partner confirmed and dated first', () => {
  it('lists this laptop’s own proposed action and parked item', () => {
    const flood = Array.from({ length: FLOOD }, (_, i) => action(`f${i}`, `Flood ${i}`, '2026-11-26T00:00:00.000Z', '2026-11-27'));
    const mine = action('c-mine', 'Publish the matrix', '2026-11-26T12:00:00.000Z', '2026-12-10');
    const record: OffsiteRecord = {
      captures: [...flood, mine],
      actions: [],
      parked: [...Array.from({ length: FLOOD }, (_, i) => ({ ...meta(`p${i}`, '2026-11-26T00:00:00.000Z'), text: `Parked ${i}` })), { ...meta('p-mine', '2026-11-26T13:00:00.000Z'), text: 'Hiring plan' }],
    };
    const shared: Record<string, SharedConfirmations[string]> = {};
    for (const c of flood) shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Sam', hash: captureHash(c), at: '2026-11-26T11:00:00.000Z', mode: 'live' };
    const summary = buildOffsiteSummary(record, { shared, local: {}, me: 'ceo' });
    const html = renderToStaticMarkup(<SummarySheet summary={summary} first={(id) => id === 'c-mine' || id === 'p-mine'} />);
    expect(html.split('Action: Publish the matrix').length - 1).toBe(1);
    expect(html.split('Publish the matrix').length - 1).toBeGreaterThanOrEqual(2);
    expect(html).toContain('Hiring plan');
  });
});
