// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renderToStaticMarkup } from 'react-dom/server';

/*
 * Agenda block ids repeat from one offsite to the next ("owners", "close", "gap-<statement>"). A
 * capture or parked item from last quarter's offsite (or one filed with such an id and an old date)
 * was listed as captured in this offsite's block of the same id, and the summary titled it with this
 * agenda's title: "Captured during the agenda block …" of an offsite it was not captured at. Now what
 * predates this offsite's comparison is listed apart, titled as its record says. The summary sheet is
 * of this offsite: it counts an earlier offsite's items rather than list them (summaryOfOffsite).
 */
let doc: Y.Doc;
vi.mock('../../../../../../renderer/sync/workspace-owner', () => ({ getWorkspaceDoc: () => doc, getWorkspaceVersions: () => undefined }));
vi.mock('../../../../../../renderer/features/workspace/AgreementBar', () => ({
  useAgreement: () => ({ agreement: { shared: {}, local: {}, me: 'ceo' }, policies: {}, bets: [], gapFixes: {} }),
}));
const ALEX = { role: 'ceo' as const, name: 'Alex Kim' };
vi.mock('../../../../../../renderer/features/offsite/capture/use-offsite', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/features/offsite/capture/use-offsite')>();
  const { readOffsite } = await import('../../../../../../renderer/sync/offsite-capture');
  return { ...real, useOffsiteRecord: () => readOffsite(doc), useMe: () => ALEX };
});

const { parkItem, readOffsite } = await import('../../../../../../renderer/sync/offsite-capture');
const { CapturePanel } = await import('../../../../../../renderer/features/offsite/capture/CapturePanel');
const { SummarySheet } = await import('../../../../../../renderer/features/offsite/summary/SummarySheet');
const { buildOffsiteSummary } = await import('../../../../../../shared/offsite/summary');
const { captureHash, captureKey } = await import('../../../../../../shared/offsite/capture-agreement');
const { sharedKey } = await import('../../../../../../shared/workspace/agreement');

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const OWNERS = { id: 'owners', kind: 'owners' as const, title: "The first two weeks' owners and dates", minutes: 10 };
const CLOSE = { id: 'close', kind: 'close' as const, title: 'Close', minutes: 5 };
const BLOCKS = [OWNERS, CLOSE];
const SINCE = '2026-11-24';
const LAST_QUARTER = new Date(2026, 7, 3, 10).toISOString();
const TODAY = new Date(2026, 10, 26, 10).toISOString();
const action = (id: string, text: string, createdAt: string) => ({
  id, blockId: 'owners', blockTitle: 'Owners (August)', authorName: 'Blake Moreau', createdAt, kind: 'action', text, owner: 'CTO', due: '2026-12-01',
});

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
});

describe('an item from an earlier offsite under a block id this agenda reuses', () => {
  it('is not listed as captured in this offsite’s block, but apart (still shown); this offsite’s is in the block', () => {
    doc.getMap('captures').set('cap-old', action('cap-old', 'Hire a VP Engineering', LAST_QUARTER));
    doc.getMap('captures').set('cap-new', action('cap-new', 'Publish the matrix', TODAY));
    parkItem(doc, { id: 'park-old', text: 'Office move', blockId: 'owners', blockTitle: 'Owners (August)', authorName: 'Blake', createdAt: LAST_QUARTER });
    const html = renderToStaticMarkup(<CapturePanel block={OWNERS} blocks={BLOCKS} since={SINCE} />);
    const [inBlock, outside] = html.split('data-testid="capture-other"');
    expect(text(inBlock)).toContain('Publish the matrix');
    expect(text(inBlock)).not.toContain('Hire a VP Engineering');
    expect(text(outside)).toContain('Outside this agenda’s blocks (2)');
    expect(text(outside)).toContain('Hire a VP Engineering');
    expect(text(outside)).toContain('Office move');
    expect(text(outside.split('Parking lot')[1])).not.toContain('Office move');
  });

  it('the summary of this offsite counts it, not lists it; one captured then and agreed here is titled as its record says', () => {
    doc.getMap('captures').set('cap-old', action('cap-old', 'Hire a VP Engineering', LAST_QUARTER));
    parkItem(doc, { id: 'park-old', text: 'Office move', blockId: 'owners', blockTitle: 'Owners (August)', authorName: 'Blake', createdAt: LAST_QUARTER });
    const agenda = new Map(BLOCKS.map((b) => [b.id, b.title]));
    const earlier = text(renderToStaticMarkup(<SummarySheet summary={buildOffsiteSummary(readOffsite(doc), { shared: {}, local: {} })} agenda={agenda} since={SINCE} />));
    expect(earlier).not.toContain('Hire a VP Engineering');
    expect(earlier).not.toContain('Office move');
    expect(earlier).toContain('Not listed here: 1 proposed and 1 parked at an earlier offsite (still in the workspace).');

    // Captured last quarter, confirmed by both today: agreed at this offsite, under the block its record names.
    const c = readOffsite(doc).captures[0];
    const hash = captureHash(c);
    const key = captureKey(c.id);
    const shared = {
      [sharedKey(key, 'ceo')]: { role: 'ceo' as const, name: 'Alex Kim', hash, at: TODAY, mode: 'live' as const },
      [sharedKey(key, 'cto')]: { role: 'cto' as const, name: 'Blake Moreau', hash, at: TODAY, mode: 'live' as const },
    };
    const agreedHere = text(renderToStaticMarkup(<SummarySheet summary={buildOffsiteSummary(readOffsite(doc), { shared, local: { [key]: { ceo: hash } }, me: 'ceo' })} agenda={agenda} since={SINCE} />));
    expect(agreedHere).toContain('What we agreed (1)');
    expect(agreedHere).not.toContain('owners and dates');
    expect(agreedHere).toContain('Captured during a block not on this agenda (recorded as “Owners (August)”)');
  });
});
