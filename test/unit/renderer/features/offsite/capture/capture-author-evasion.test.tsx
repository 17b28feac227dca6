// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renderToStaticMarkup } from 'react-dom/server';

/*
 * The "filed under your name … no record of you writing it" warning (own-writes.ts, CaptureList.tsx)
 * on the CEO's laptop, against a partner using the fields the first version did not look at, and
 * the honest CEO's false alarms (review r18). Same harness as capture-author.test.tsx, but the
 * agreement hook reads the real local record (localStorage), so this laptop's own confirmations count.
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

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const BLOCK = { id: 'general', kind: 'close' as const, title: 'General', minutes: 0 };
const ALEX = { role: 'ceo' as const, name: 'Alex Kim' };
const NOW = new Date(2026, 10, 26, 10);
const onAlexsScreen = () => text(renderToStaticMarkup(<CaptureList captures={readOffsite(doc).captures} me={ALEX} onEdit={() => undefined} />));
const WARNING = 'Filed under your name (CEO), but this laptop has no record of you writing it as it stands';
const FORGED = {
  id: 'cap-f', blockId: 'general', blockTitle: 'General', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z',
  kind: 'decision', text: 'The CTO owns pricing', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CTO',
};

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('a partner naming the CEO by any field gets the warning, not the CEO’s name', () => {
  it('no author field, the CEO’s name', () => {
    // `author` is optional in the schema (one shared laptop); the partner simply leaves it out.
    doc.getMap('captures').set('cap-f', { ...FORGED });
    expect(readOffsite(doc).captures).toHaveLength(1);
    const shown = onAlexsScreen();
    expect(shown).not.toContain('Captured by Alex Kim');
    expect(shown).toContain(WARNING);
  });

  it('the CTO role with the CEO’s name', () => {
    doc.getMap('captures').set('cap-f', { ...FORGED, author: 'cto' });
    const shown = onAlexsScreen();
    expect(shown).not.toContain('Captured by Alex Kim');
    expect(shown).toContain(WARNING);
  });

  it('an offsite file said to be exported by the CEO', () => {
    doc.getMap('captures').set('cap-f', { ...FORGED, author: 'cto', authorName: 'Blake Moreau', importedFrom: { role: 'ceo', name: 'Alex Kim', at: '2026-11-26T10:00:00.000Z' } });
    const shown = onAlexsScreen();
    expect(shown).not.toContain('Proposed by Alex Kim (CEO)');
    expect(shown).toContain(WARNING);
  });
});

describe('the honest CEO: no false alarms', () => {
  it('a capture the CEO already agreed to on this laptop, exactly as it stands, has no warning', () => {
    // Written on this laptop before the own-writes record existed (an upgrade mid-offsite), or with
    // localStorage full at capture time: the CEO then read it and confirmed it here, at this hash.
    doc.getMap('captures').set('cap-f', { ...FORGED, author: 'ceo' });
    const [c] = readOffsite(doc).captures;
    confirmCapture(c, [ALEX], 'live');
    const shown = onAlexsScreen();
    expect(shown).toContain('You agreed (CEO); waiting for your partner');
    expect(shown).not.toContain(WARNING);
  });

  it('with localStorage full, a capture is refused with the reason (as a confirmation is), and nothing reaches the workspace', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const made = submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, undefined, NOW);
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.errors[0].message).toBe('Not captured: this laptop could not record that you wrote it (the disk is full).');
    expect(readOffsite(doc).captures).toEqual([]);
  });

  it('an edit saved unchanged keeps whose words they are: the CEO cannot take the CTO’s capture by pressing Save', () => {
    const BLAKE = { role: 'cto' as const, name: 'Blake Moreau' };
    const made = submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, BLAKE, undefined, NOW);
    if (!made.ok) throw new Error('not captured');
    expect(submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, made.capture, NOW).ok).toBe(true);
    const [c] = readOffsite(doc).captures;
    expect([c.author, c.authorName]).toEqual(['cto', 'Blake Moreau']);
  });
});
