// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renderToStaticMarkup } from 'react-dom/server';

/*
 * Review: the metadata of a capture (block, block title, offsite file, name) is outside the
 * agreement's hash, and this laptop remembered only the body it wrote. The partner could rewrite
 * it on the CEO's capture — file it as "Proposed by Blake (CTO) in their offsite file", move it,
 * retitle it — and it still read as the CEO's. Now this laptop remembers the record as written
 * (writtenHash): changed, it reads as not written here. Same harness as capture-author-evasion.
 */
let doc: Y.Doc;
vi.mock('../../../../../../renderer/sync/workspace-owner', () => ({ getWorkspaceDoc: () => doc, getWorkspaceVersions: () => undefined }));
const { readLocal } = await import('../../../../../../renderer/sync/workspace-agreement');
vi.mock('../../../../../../renderer/features/workspace/AgreementBar', () => ({
  useAgreement: () => ({ agreement: { shared: {}, local: readLocal(), me: 'ceo' }, policies: {}, bets: [], gapFixes: {} }),
}));

const { submitCapture, confirmCapture } = await import('../../../../../../renderer/features/offsite/capture/use-offsite');
const { readOffsite } = await import('../../../../../../renderer/sync/offsite-capture');
const { CaptureList } = await import('../../../../../../renderer/features/offsite/capture/CaptureList');
const { captureHash } = await import('../../../../../../shared/offsite/capture-agreement');

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const BLOCK = { id: 'general', kind: 'close' as const, title: 'General', minutes: 0 };
const ALEX = { role: 'ceo' as const, name: 'Alex Kim' };
const BLAKE = { role: 'cto' as const, name: 'Blake Moreau' };
const NOW = new Date(2026, 10, 26, 10);
const onAlexsScreen = () => text(renderToStaticMarkup(<CaptureList captures={readOffsite(doc).captures} me={ALEX} onEdit={() => undefined} />));
const WARNING = 'Filed under your name (CEO), but this laptop has no record of you writing it as it stands';
const FILE = { role: 'cto', name: 'Blake Moreau', at: '2026-11-26T11:00:00.000Z' };

function alexCaptures() {
  const made = submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, undefined, NOW);
  if (!made.ok) throw new Error('not captured');
  return made.capture;
}
/** The partner's laptop, plain yjs: rewrites fields of the stored record. */
const partnerRewrites = (id: string, fields: Record<string, unknown>) =>
  doc.getMap('captures').set(id, { ...(doc.getMap('captures').get(id) as object), ...fields });

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
});

describe("the partner rewriting the metadata of the CEO's capture", () => {
  it.each([
    ['an offsite file of the CTO’s', { importedFrom: FILE }],
    ['a block that does not exist', { blockId: 'nowhere' }],
    ['another block title', { blockTitle: 'Blake decides pricing' }],
    ['another name under the CEO’s role', { authorName: 'Alex Kim (reluctantly)' }],
  ])('%s: reads as not written here, never as the partner’s proposal', (_, fields) => {
    const c = alexCaptures();
    expect(onAlexsScreen()).not.toContain(WARNING);
    partnerRewrites(c.id, fields);
    const shown = onAlexsScreen();
    expect(shown).toContain(WARNING);
    expect(shown).not.toContain('Proposed by Blake Moreau (CTO)');
  });

  it('after the CEO confirmed it here too: the confirmation is of the body, not of where it is filed', () => {
    const c = alexCaptures();
    confirmCapture(c, [ALEX], 'live');
    partnerRewrites(c.id, { importedFrom: FILE, blockTitle: 'Blake decides pricing' });
    const shown = onAlexsScreen();
    expect(shown).toContain(WARNING);
    expect(shown).not.toContain('Proposed by Blake Moreau');
  });

  it('an entry of an earlier version (the body’s hash only) still vouches for the body, and an offsite file set on the capture is not the partner’s proposal', () => {
    const c = alexCaptures();
    localStorage.setItem('accord.offsite.ownWrites', JSON.stringify({ [c.id]: captureHash(c) }));
    expect(onAlexsScreen()).not.toContain(WARNING);
    expect(onAlexsScreen()).toContain('Captured by Alex Kim (CEO)');
    partnerRewrites(c.id, { importedFrom: FILE });
    const shown = onAlexsScreen();
    expect(shown).not.toContain('Proposed by Blake Moreau');
    expect(shown).toContain('Captured by Alex Kim (CEO)');
  });

  it('no false alarm: either laptop saving the CEO’s capture unchanged (a new editedAt) keeps it the CEO’s', () => {
    const c = alexCaptures();
    const [stored] = readOffsite(doc).captures;
    expect(submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, stored, new Date(2026, 10, 27)).ok).toBe(true);
    const alexs = localStorage.getItem('accord.offsite.ownWrites');
    // Blake's laptop (its own record) saves it unchanged too.
    localStorage.clear();
    expect(submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, BLAKE, readOffsite(doc).captures[0], new Date(2026, 10, 28)).ok).toBe(true);
    localStorage.setItem('accord.offsite.ownWrites', alexs!);
    const [now] = readOffsite(doc).captures;
    expect(now.id).toBe(c.id);
    expect(now.editedAt).toBe(new Date(2026, 10, 28).toISOString());
    expect(onAlexsScreen()).not.toContain(WARNING);
    expect(onAlexsScreen()).toContain('Captured by Alex Kim (CEO)');
  });

  it('a capture imported from the CTO’s file, filed under the CTO, still reads as the CTO’s proposal', () => {
    doc.getMap('captures').set('cap-i', {
      id: 'cap-i', blockId: 'general', blockTitle: 'General', author: 'cto', authorName: 'Blake Moreau', createdAt: '2026-11-26T10:00:00.000Z',
      importedFrom: FILE, kind: 'action', text: 'Hire two SREs', owner: 'CTO', due: '2026-12-01',
    });
    expect(onAlexsScreen()).toContain('Proposed by Blake Moreau (CTO) in their offsite file');
    expect(onAlexsScreen()).not.toContain(WARNING);
  });
});
