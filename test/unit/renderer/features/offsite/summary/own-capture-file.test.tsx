// @vitest-environment jsdom
/**
 * Review: `importedFrom` is outside the agreement's hash, so the partner could set it on the CEO's
 * own capture and the summary sheet printed it as "proposed by Blake (CTO)". A capture this laptop
 * wrote under its leader's role (own-writes.ts writtenHereAs) is never printed as the partner's
 * proposal; one imported from the partner's file still is.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { rememberOwnWrite, writtenHereAs } from '../../../../../../renderer/sync/own-writes';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import type { Capture } from '../../../../../../shared/offsite/capture';

const FILE = { role: 'cto' as const, name: 'Blake Moreau', at: '2026-11-26T11:00:00.000Z' };
const alexs: Capture = {
  id: 'c1', kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01',
  blockId: 'general', blockTitle: 'General', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z',
};
const blakes: Capture = { ...alexs, id: 'c2', text: 'Hire two SREs', author: 'cto', authorName: 'Blake Moreau', importedFrom: FILE };
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeEach(() => localStorage.clear());

describe('an offsite file the partner named on the CEO’s own capture', () => {
  it('is not printed as the partner’s proposal; the partner’s imported capture still is', () => {
    rememberOwnWrite(alexs);
    const summary = buildOffsiteSummary({ captures: [{ ...alexs, importedFrom: FILE }, blakes], actions: [], parked: [] }, { shared: {}, local: {} });
    const shown = text(renderToStaticMarkup(<SummarySheet summary={summary} own={(c) => writtenHereAs(c, 'ceo')} />));
    const rows = shown.split('Action: ').slice(1);
    expect(rows[0]).toContain('Publish the matrix');
    expect(rows[0]).not.toContain('proposed by Blake Moreau');
    expect(rows[1]).toContain('Hire two SREs');
    expect(rows[1]).toContain('proposed by Blake Moreau (CTO)');
  });

  it('on the CTO’s laptop (not written there), the CEO’s capture with a file named on it is not the CTO’s own', () => {
    expect(writtenHereAs({ ...alexs, importedFrom: FILE }, 'cto')).toBe(false);
    expect(writtenHereAs({ ...alexs, importedFrom: FILE }, 'ceo')).toBe(false);
  });
});
