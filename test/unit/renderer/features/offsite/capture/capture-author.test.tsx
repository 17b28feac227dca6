// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renderToStaticMarkup } from 'react-dom/server';

/*
 * Who a capture reads as "captured by", on the CEO's laptop (review r17). The doc is real
 * (Yjs, the offsite record's own reader); the agreement hook is stubbed with an empty record,
 * and the workspace owner with this doc (no Dexie here).
 */
let doc: Y.Doc;
vi.mock('../../../../../../renderer/sync/workspace-owner', () => ({ getWorkspaceDoc: () => doc, getWorkspaceVersions: () => undefined }));
vi.mock('../../../../../../renderer/features/workspace/AgreementBar', () => ({
  useAgreement: () => ({ agreement: { shared: {}, local: {}, me: 'ceo' }, policies: {}, bets: [], gapFixes: {} }),
}));

const { submitCapture } = await import('../../../../../../renderer/features/offsite/capture/use-offsite');
const { readOffsite } = await import('../../../../../../renderer/sync/offsite-capture');
const { CaptureList } = await import('../../../../../../renderer/features/offsite/capture/CaptureList');

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const BLOCK = { id: 'general', kind: 'close' as const, title: 'General', minutes: 0 };
const ALEX = { role: 'ceo' as const, name: 'Alex Kim' };
const BLAKE = { role: 'cto' as const, name: 'Blake Moreau' };
const NOW = new Date(2026, 10, 26, 10);
const onAlexsScreen = () => text(renderToStaticMarkup(<CaptureList captures={readOffsite(doc).captures} me={ALEX} onEdit={() => undefined} />));
const WARNING = 'Filed under your name (CEO), but this laptop has no record of you writing it as it stands — read it before you agree';

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
});

describe('who a capture reads as captured by (review r17)', () => {
  it('one the CEO wrote here reads as theirs', () => {
    expect(submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, undefined, NOW).ok).toBe(true);
    expect(onAlexsScreen()).toContain('Captured by Alex Kim (CEO)');
    expect(onAlexsScreen()).not.toContain(WARNING);
  });

  it("one the partner's laptop filed under the CEO's role and name says it was not written here", () => {
    doc.getMap('captures').set('cap-f', {
      id: 'cap-f', blockId: 'general', blockTitle: 'General', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z',
      kind: 'decision', text: 'The CTO owns pricing', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CTO',
    });
    expect(readOffsite(doc).captures).toHaveLength(1);
    expect(onAlexsScreen()).toContain(WARNING);
    expect(onAlexsScreen()).not.toContain('Captured by Alex Kim');
  });

  it("the CEO's capture reworded on the partner's laptop with the CEO's name kept says it was not written here", () => {
    const made = submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, undefined, NOW);
    if (!made.ok) throw new Error('not captured');
    doc.getMap('captures').set(made.capture.id, { ...(doc.getMap('captures').get(made.capture.id) as object), text: 'Alex hands the roadmap to Blake' });
    expect(onAlexsScreen()).toContain(WARNING);
  });

  it('an edit is filed under whoever made it: the CTO rewording the CEO’s capture reads as the CTO’s', () => {
    const made = submitCapture({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, BLOCK, ALEX, undefined, NOW);
    if (!made.ok) throw new Error('not captured');
    // Blake's laptop (its own localStorage, so nothing of his is remembered as Alex's).
    const alexs = localStorage.getItem('accord.offsite.ownWrites');
    expect(submitCapture({ kind: 'action', text: 'Alex hands the roadmap to Blake', owner: 'CEO', due: '2026-12-01' }, BLOCK, BLAKE, made.capture, NOW).ok).toBe(true);
    localStorage.setItem('accord.offsite.ownWrites', alexs!);
    const [c] = readOffsite(doc).captures;
    expect([c.author, c.authorName]).toEqual(['cto', 'Blake Moreau']);
    expect(onAlexsScreen()).toContain('Captured by Blake Moreau (CTO)');
    expect(onAlexsScreen()).not.toContain('Alex Kim (CEO)');
  });
});
