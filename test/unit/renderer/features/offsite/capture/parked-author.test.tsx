// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renderToStaticMarkup } from 'react-dom/server';

/*
 * Parked items had no own-write record (captures do: own-writes.ts), so the partner's laptop (plain
 * yjs) could file one under the CEO's role, or reword the CEO's, and the CEO's laptop listed it as
 * any other. Now a parked item filed under this leader that this laptop did not park as it stands,
 * or one parked here and changed since, carries a note. The doc is real; the hooks read it.
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

const { park } = await import('../../../../../../renderer/features/offsite/capture/use-offsite');
const { readOffsite } = await import('../../../../../../renderer/sync/offsite-capture');
const { CapturePanel } = await import('../../../../../../renderer/features/offsite/capture/CapturePanel');

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const BLOCK = { id: 'close', kind: 'close' as const, title: 'Close', minutes: 15 };
const NOW = new Date(2026, 10, 26, 10);
const onAlexsScreen = () => text(renderToStaticMarkup(<CapturePanel block={BLOCK} blocks={[BLOCK]} />));
const NOT_HERE = 'Filed under your name (CEO), but this laptop has no record of you parking it';
const CHANGED = 'Parked on this laptop, but its words, block or name changed since';
const parking = () => doc.getMap('parking');

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
});

describe('a parked item filed under this leader', () => {
  it('one the CEO parked here has no note', () => {
    expect(park('Office move', BLOCK, ALEX, NOW)).toBeUndefined();
    expect(onAlexsScreen()).toContain('Office move');
    expect(onAlexsScreen()).not.toContain(NOT_HERE);
    expect(onAlexsScreen()).not.toContain(CHANGED);
  });

  it("one the partner's laptop filed under the CEO's role says this laptop has no record of parking it", () => {
    parking().set('park-f', { id: 'park-f', text: 'Alex steps down in Q1', blockId: 'close', blockTitle: 'Close', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' });
    expect(readOffsite(doc).parked).toHaveLength(1);
    expect(onAlexsScreen()).toContain(NOT_HERE);
  });

  it("one under the CEO's name only (no role) says the same; the CTO's own says nothing", () => {
    parking().set('park-n', { id: 'park-n', text: 'Alex steps down in Q1', blockId: 'close', blockTitle: 'Close', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' });
    expect(onAlexsScreen()).toContain(NOT_HERE);
    parking().delete('park-n');
    parking().set('park-b', { id: 'park-b', text: 'Travel budget', blockId: 'close', blockTitle: 'Close', author: 'cto', authorName: 'Blake Moreau', createdAt: '2026-11-26T10:00:00.000Z' });
    expect(onAlexsScreen()).toContain('Travel budget');
    expect(onAlexsScreen()).not.toContain(NOT_HERE);
  });

  it("the CEO's parked item reworded on the partner's laptop, even refiled under the CTO, says it changed since", () => {
    expect(park('Office move', BLOCK, ALEX, NOW)).toBeUndefined();
    const [mine] = readOffsite(doc).parked;
    parking().set(mine.id, { ...mine, text: 'Alex agreed to cut the platform team', author: 'cto', authorName: 'Blake Moreau' });
    expect(onAlexsScreen()).toContain(CHANGED);
  });

  it('storage full: nothing is parked, and the leader is told why', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(park('Office move', BLOCK, ALEX, NOW)).toMatch(/^Not parked: this laptop could not record that you parked it/);
    } finally {
      setItem.mockRestore();
    }
    expect(readOffsite(doc).parked).toEqual([]);
  });
});
