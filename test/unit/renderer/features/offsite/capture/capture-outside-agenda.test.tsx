// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renderToStaticMarkup } from 'react-dom/server';

/*
 * Review: a capture's block id is outside the agreement's hash, and the panel of each block listed
 * only the captures filed under it. The partner's laptop (plain yjs) moving the CEO's capture to a
 * block the agenda does not have made it vanish from the room. Every block's panel now lists what is
 * filed outside the agenda's blocks. The doc is real (Yjs, the record's own reader); the record hook
 * reads it, the agreement hook is stubbed empty (as in capture-author.test.tsx).
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

const { submitCapture } = await import('../../../../../../renderer/features/offsite/capture/use-offsite');
const { parkItem } = await import('../../../../../../renderer/sync/offsite-capture');
const { CapturePanel } = await import('../../../../../../renderer/features/offsite/capture/CapturePanel');

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const BLOCKS = [
  { id: 'warm-up', kind: 'warm-up' as const, title: 'Warm-up', minutes: 15 },
  { id: 'close', kind: 'close' as const, title: 'Close', minutes: 15 },
];
const NOW = new Date(2026, 10, 26, 10);
const panel = (i: number) => text(renderToStaticMarkup(<CapturePanel block={BLOCKS[i]} blocks={BLOCKS} />));

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
});

describe('a capture filed under a block the agenda does not have', () => {
  it('the partner moving the CEO’s capture out of the agenda: still listed in every block’s panel, with the warning', () => {
    const made = submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCKS[0], ALEX, undefined, NOW);
    if (!made.ok) throw new Error('not captured');
    expect(panel(0)).toContain('Action: Publish the matrix');
    expect(panel(0)).not.toContain('Outside this agenda');
    doc.getMap('captures').set(made.capture.id, { ...(doc.getMap('captures').get(made.capture.id) as object), blockId: 'nowhere' });
    for (const i of [0, 1]) {
      const shown = panel(i);
      expect(shown).toContain('Outside this agenda’s blocks (1)');
      expect(shown).toContain('Action: Publish the matrix');
      expect(shown).toContain('Filed under your name (CEO), but this laptop has no record of you writing it as it stands');
    }
  });

  it('a parked item moved out of the agenda is listed there too; one in another block of the agenda is not', () => {
    parkItem(doc, { id: 'p1', text: 'Office move', blockId: 'nowhere', blockTitle: 'x', authorName: 'Blake', createdAt: '2026-11-26T10:00:00.000Z' });
    parkItem(doc, { id: 'p2', text: 'Travel budget', blockId: 'close', blockTitle: 'Close', authorName: 'Blake', createdAt: '2026-11-26T10:00:00.000Z' });
    const shown = panel(0);
    expect(shown).toContain('Outside this agenda’s blocks (1)');
    expect(shown).toContain('Office move');
    expect(shown).not.toContain('Travel budget');
  });
});
