// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { render } from '../../render-in-dom';
import { receiveFromPartner } from '../../../sync/partner-update';

/*
 * The partner's laptop removing one parked item or capture this leader wrote left the room with
 * nothing said (under the mass-delete threshold). Now the capture panel names what went, and
 * "Restore it" brings it back. The workspace is the real one the store opens (memory storage);
 * only the agreement bar and who this laptop's leader is are stubbed.
 */
vi.mock('../../../../../../renderer/features/workspace/AgreementBar', () => ({
  useAgreement: () => ({ agreement: { shared: {}, local: {}, me: 'ceo' }, policies: {}, bets: [], gapFixes: {} }),
}));
const ALEX = { role: 'ceo' as const, name: 'Alex Kim' };
vi.mock('../../../../../../renderer/features/offsite/capture/use-offsite', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/features/offsite/capture/use-offsite')>();
  return { ...real, useMe: () => ALEX };
});

const { provideServices } = await import('../../../../../../renderer/stores/services');
const { MemoryDocStore } = await import('../../../../../../renderer/data/doc-store');
const { MemoryRoundRepository } = await import('../../../../../../renderer/data/memory-round-repository');
const { MemorySettingsRepository } = await import('../../../../../../renderer/data/settings-repository');
const { useWorkspaceStore } = await import('../../../../../../renderer/stores/workspace-store');
const { getWorkspaceDoc } = await import('../../../../../../renderer/sync/workspace-owner');
const { readOffsite } = await import('../../../../../../renderer/sync/offsite-capture');
const { park } = await import('../../../../../../renderer/features/offsite/capture/use-offsite');
const { CapturePanel } = await import('../../../../../../renderer/features/offsite/capture/CapturePanel');

const BLOCK = { id: 'close', kind: 'close' as const, title: 'Close', minutes: 15 };
const panel = () => render(<CapturePanel block={BLOCK} blocks={[BLOCK]} />);
const notice = (host: HTMLElement) => host.querySelector('[data-testid="removed-by-partner"]');
const parkedTexts = (host: HTMLElement) => [...host.querySelectorAll('[data-testid="parked-item"]')].map((li) => li.textContent);

beforeAll(async () => {
  localStorage.clear();
  provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  await useWorkspaceStore.getState().load();
});
beforeEach(() => {
  const doc = getWorkspaceDoc()!;
  doc.transact(() => doc.getMap('parking').clear());
});

describe("the partner's laptop removes one item this leader parked", () => {
  it('the capture panel names it; Restore it brings it back, and the notice goes', () => {
    const host = panel();
    act(() => void park('Office move', BLOCK, ALEX));
    const [item] = readOffsite(getWorkspaceDoc()!).parked;
    expect(notice(host)).toBeNull();

    act(() => receiveFromPartner(getWorkspaceDoc()!, (p) => p.getMap('parking').delete(item.id)));
    expect(parkedTexts(host)).toEqual([]);
    expect(notice(host)?.textContent).toContain("Your partner's laptop removed something you wrote.");
    expect(notice(host)?.textContent).toContain('Parked: Office move');

    act(() => host.querySelector<HTMLButtonElement>('[data-testid="removed-restore"]')!.click());
    expect(readOffsite(getWorkspaceDoc()!).parked).toEqual([item]);
    expect(parkedTexts(host)).toEqual(['Office move']);
    expect(notice(host)).toBeNull();
  });

  it('Keep it removed: the notice goes and the item stays removed', () => {
    const host = panel();
    act(() => void park('Travel budget', BLOCK, ALEX));
    const [item] = readOffsite(getWorkspaceDoc()!).parked;
    act(() => receiveFromPartner(getWorkspaceDoc()!, (p) => p.getMap('parking').delete(item.id)));
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="removed-keep"]')!.click());
    expect(notice(host)).toBeNull();
    expect(readOffsite(getWorkspaceDoc()!).parked).toEqual([]);
  });
});

describe('this leader removing their own item on this laptop', () => {
  it('says nothing: a version restored here takes the parked item away without a notice', async () => {
    const host = panel();
    await act(() => useWorkspaceStore.getState().saveVersion());
    const [before] = await useWorkspaceStore.getState().listVersions();
    act(() => void park('Hiring plan', BLOCK, ALEX));
    expect(parkedTexts(host)).toEqual(['Hiring plan']);
    await act(() => useWorkspaceStore.getState().restoreVersion(before.id));
    expect(parkedTexts(host)).toEqual([]);
    expect(notice(host)).toBeNull();
  });
});

describe('what the notice says (review: dishonest partner)', () => {
  it('one the partner reworded before removing it: says before the words that they are not as you wrote them', () => {
    const host = panel();
    act(() => void park('Office move', BLOCK, ALEX));
    const [item] = readOffsite(getWorkspaceDoc()!).parked;
    act(() => receiveFromPartner(getWorkspaceDoc()!, (p) => p.getMap('parking').set(item.id, { ...item, text: 'Alex agreed to step down' })));
    act(() => receiveFromPartner(getWorkspaceDoc()!, (p) => p.getMap('parking').delete(item.id)));
    const li = host.querySelector('[data-testid="removed-item"]')!;
    const text = li.textContent ?? '';
    expect(li.querySelector('[data-testid="removed-changed"]')?.textContent).toContain('Not as you last wrote it');
    expect(text.indexOf('Not as you last wrote it')).toBeLessThan(text.indexOf('Alex agreed to step down'));
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="removed-keep"]')!.click());
    expect(notice(host)).toBeNull();
  });

  it('more than the list keeps, the rest put back: the one pushed out is still counted, not silently gone', () => {
    const host = panel();
    act(() => void park('Board seat', BLOCK, ALEX));
    for (let i = 0; i < 20; i++) act(() => void park(`Item ${i}`, BLOCK, ALEX));
    const all = readOffsite(getWorkspaceDoc()!).parked;
    const target = all.find((p) => p.text === 'Board seat')!;
    const others = all.filter((p) => p !== target);
    act(() => receiveFromPartner(getWorkspaceDoc()!, (p) => p.getMap('parking').delete(target.id)));
    for (const o of others) act(() => receiveFromPartner(getWorkspaceDoc()!, (p) => p.getMap('parking').delete(o.id)));
    for (const o of others) act(() => receiveFromPartner(getWorkspaceDoc()!, (p) => p.getMap('parking').set(o.id, o)));

    expect(host.querySelectorAll('[data-testid="removed-item"]')).toHaveLength(0);
    expect(notice(host)?.textContent).toContain("Your partner's laptop removed something you wrote.");
    expect(host.querySelector('[data-testid="removed-unlisted"]')?.textContent).toContain('and 1 more, not listed here');
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="removed-unlisted-keep"]')!.click());
    expect(notice(host)).toBeNull();
  });
});

describe("a capture the partner wrote and this leader agreed to, removed by the partner's laptop", () => {
  it('is named as agreed by you, not as written by you', async () => {
    const { captureToOps } = await import('../../../../../../shared/offsite/capture-ops');
    const { applyOps } = await import('../../../../../../renderer/sync/offsite-capture');
    const { confirm, readBets } = await import('../../../../../../renderer/sync/workspace-agreement');
    const { readWorkspace } = await import('../../../../../../renderer/sync/workspace-doc');
    const { captureHash, captureKey } = await import('../../../../../../shared/offsite/capture-agreement');
    const doc = getWorkspaceDoc()!;
    const meta = { id: 'cap-blake', blockId: 'close', blockTitle: 'Close', author: 'cto' as const, authorName: 'Blake Moreau', createdAt: new Date().toISOString() };
    const r = captureToOps({ kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-07' }, meta, { workspace: readWorkspace(doc), bets: readBets(doc) });
    if (!r.ok) throw new Error(r.error);
    const host = panel();
    act(() => receiveFromPartner(doc, (p) => applyOps(p, r.ops)));
    act(() => confirm(doc, captureKey(r.capture.id), captureHash(r.capture), [{ role: 'ceo', name: 'Alex Kim' }], 'live'));
    act(() => receiveFromPartner(doc, (p) => p.getMap('captures').delete(r.capture.id)));
    expect(notice(host)?.textContent).toContain("Your partner's laptop removed something you wrote or agreed.");
    expect(host.querySelector('[data-testid="removed-item"]')?.textContent).toContain('your partner wrote it and you agreed to it');
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="removed-keep"]')!.click());
    expect(notice(host)).toBeNull();
  });
});
