// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renderToStaticMarkup } from 'react-dom/server';

/*
 * The partner's laptop (plain yjs) writes thousands of captures or parked items into the block on
 * screen, inside the sync guard's caps. The panel rendered every one (20,000: seconds per render, on
 * every update). Now a list renders at most MAX_LISTED, this laptop's own first, and counts the rest.
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

const { park, submitCapture } = await import('../../../../../../renderer/features/offsite/capture/use-offsite');
const { CapturePanel } = await import('../../../../../../renderer/features/offsite/capture/CapturePanel');
const { MAX_LISTED } = await import('../../../../../../shared/offsite/listed');

const BLOCK = { id: 'close', kind: 'close' as const, title: 'Close', minutes: 5 };
const FLOOD = 3000;
const OLD = '2020-01-01T10:00:00.000Z';
const count = (html: string, testid: string) => html.split(`data-testid="${testid}"`).length - 1;

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
});

describe('a flood of captures or parked items in the block on screen', () => {
  it('lists at most MAX_LISTED captures, the leader’s own among them, and counts the rest', () => {
    expect(submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, undefined, new Date(2026, 10, 26, 10)).ok).toBe(true);
    doc.transact(() => {
      const m = doc.getMap('captures');
      for (let i = 0; i < FLOOD; i++) m.set(`f${i}`, { id: `f${i}`, blockId: 'close', blockTitle: 'Close', authorName: 'B', createdAt: OLD, kind: 'action', text: `Flood ${i}`, owner: 'CTO', due: '2026-12-01' });
    });
    const html = renderToStaticMarkup(<CapturePanel block={BLOCK} blocks={[BLOCK]} />);
    expect(count(html, 'capture-item')).toBe(MAX_LISTED);
    expect(html).toContain('Action: Publish the matrix');
    expect(html).toContain(`Listing ${MAX_LISTED} of ${(FLOOD + 1).toLocaleString('en-US')} here`);
  });

  it('lists at most MAX_LISTED parked items, the leader’s own among them, and counts the rest', () => {
    expect(park('Office move', BLOCK, ALEX, new Date(2026, 10, 26, 10))).toBeUndefined();
    doc.transact(() => {
      const m = doc.getMap('parking');
      for (let i = 0; i < FLOOD; i++) m.set(`p${i}`, { id: `p${i}`, text: `Flood ${i}`, blockId: 'close', blockTitle: 'Close', authorName: 'B', createdAt: OLD });
    });
    const html = renderToStaticMarkup(<CapturePanel block={BLOCK} blocks={[BLOCK]} />);
    expect(count(html, 'parked-item')).toBe(MAX_LISTED);
    expect(html).toContain('Office move');
    expect(html).toContain(`Listing ${MAX_LISTED} of ${(FLOOD + 1).toLocaleString('en-US')} here`);
  });

  it('a list under the cap is listed whole, with no count', () => {
    expect(park('Office move', BLOCK, ALEX, new Date(2026, 10, 26, 10))).toBeUndefined();
    const html = renderToStaticMarkup(<CapturePanel block={BLOCK} blocks={[BLOCK]} />);
    expect(count(html, 'parked-item')).toBe(1);
    expect(html).not.toContain('Listing');
  });
});
