import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import { MAX_LISTED } from '../../../../../../shared/offsite/listed';
import type { Capture, OffsiteRecord } from '../../../../../../shared/offsite/capture';

/*
 * The partner's laptop writes thousands of proposed captures (actions) and parked items. The offsite
 * summary rendered every one, on screen and in print. Now it lists at most MAX_LISTED of each, this
 * leader's own first, with the true totals in the headings and a count of what it does not list.
 */
const FLOOD = 1500;
const meta = (id: string, createdAt = '2026-11-26T10:00:00.000Z') => ({ id, blockId: 'close', blockTitle: 'Close', authorName: 'Sam', createdAt });
const action = (id: string, text: string, createdAt?: string): Capture => ({ ...meta(id, createdAt), kind: 'action', text, owner: 'CTO', due: '2026-12-01' });
const count = (html: string, testid: string) => html.split(`data-testid="${testid}"`).length - 1;

describe('the offsite summary under a flood', () => {
  it('lists at most MAX_LISTED proposed captures, actions and parked items, the leader’s own among them, and counts the rest', () => {
    const mine = action('c-mine', 'Publish the matrix', '2026-11-26T12:00:00.000Z');
    const record: OffsiteRecord = {
      captures: [...Array.from({ length: FLOOD }, (_, i) => action(`f${i}`, `Flood ${i}`)), mine],
      actions: [],
      parked: Array.from({ length: FLOOD }, (_, i) => ({ ...meta(`p${i}`), text: `Parked ${i}` })),
    };
    const html = renderToStaticMarkup(<SummarySheet summary={buildOffsiteSummary(record, { shared: {}, local: {} })} own={(c) => c.id === 'c-mine'} />);
    expect(count(html, 'summary-proposed')).toBe(MAX_LISTED);
    expect(count(html, 'summary-action')).toBe(MAX_LISTED);
    expect(count(html, 'summary-parked')).toBe(MAX_LISTED);
    expect(html).toContain('Action: Publish the matrix');
    expect(html).toContain(`Captured, not yet agreed (${FLOOD + 1})`);
    expect(html).toContain(`Listing ${MAX_LISTED} of ${(FLOOD + 1).toLocaleString('en-US')} here`);
    expect(html).toContain(`Listing ${MAX_LISTED} of ${FLOOD.toLocaleString('en-US')} here`);
  });
});
