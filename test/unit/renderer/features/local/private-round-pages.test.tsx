// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { LOCAL_PAIR_KEY, useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { useRoundsStore } from '../../../../../renderer/stores/rounds-store';
import { useAssessStore } from '../../../../../renderer/stores/assess-store';
import ResultsPage from '../../../../../renderer/features/results/ResultsPage';
import { HomePage } from '../../../../../renderer/features/home/HomePage';
import { createRound } from '../../../../../shared/assessment/round';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Taking turns on one laptop: the CEO sealed her round without a passphrase (hidden until the
 * CTO seals too), and the CTO sits at the keyboard. Pages that decide privacy from memory
 * showed her round when that memory was not the stored truth: before the pair setting was read
 * (a deep link at start-up, or a setting that cannot be read), and in a second tab that read
 * the pair or the rounds before her turn.
 */
const ceo = sealedRound({ id: 'ceo-pair', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const ctoDraft = createRound({ id: 'cto-draft', role: 'cto', personName: 'Blake', label: '2026-Q4 quarterly reset', kind: 'quarterly-reset', now: '2026-10-02T09:00:00.000Z' });
const PAIR = JSON.stringify({ ceoRoundId: 'ceo-pair', ctoRoundId: 'cto-draft', locks: {} });

let settings: MemorySettingsRepository;

beforeEach(async () => {
  const rounds = new MemoryRoundRepository();
  settings = new MemorySettingsRepository();
  await rounds.put(ceo);
  await rounds.put(ctoDraft);
  await settings.set(LOCAL_PAIR_KEY, PAIR);
  provideServices({ rounds, settings, docs: new MemoryDocStore() });
  useLocalPairStore.setState({ pair: undefined, loaded: false, unlocked: [], justSealed: undefined });
  useAssessStore.setState({ round: undefined, missing: false });
  await useRoundsStore.getState().load();
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 30))));
const shows = (page: HTMLElement) => ({
  scores: page.querySelector('[data-testid="overall-score"]') !== null,
  name: page.textContent?.includes('Alex Kim') ?? false,
  resultsLink: page.querySelector('a[href="#/results/ceo-pair"]') !== null,
  gate: page.querySelector('[data-testid="private-round"]') !== null,
});

describe('take turns: nothing of a private round before the pair setting is read', () => {
  it('a deep link to her results shows no score while the pair is not read, then the private notice', async () => {
    const page = render(<ResultsPage id="ceo-pair" />);
    await settle();
    expect(shows(page).scores).toBe(false);
    await act(() => useLocalPairStore.getState().load());
    await settle();
    expect(shows(page)).toMatchObject({ scores: false, gate: true });
  });

  it('the rounds list names nobody and links to no results until the pair is read', async () => {
    const page = render(<HomePage />);
    await settle();
    expect(shows(page)).toMatchObject({ name: false, resultsLink: false });
    await act(() => useLocalPairStore.getState().load());
    expect(shows(page)).toMatchObject({ name: false, resultsLink: false });
    expect(page.textContent).toContain('Private');
  });

  it('History names nobody, links to no results and charts nothing of hers until the pair is read', async () => {
    const { default: HistoryPage } = await import('../../../../../renderer/features/history/HistoryPage');
    const page = render(<HistoryPage />);
    await settle();
    expect(shows(page)).toMatchObject({ name: false, resultsLink: false });
    expect(page.querySelector('[data-testid="trends-empty"]')).not.toBeNull();
    await act(() => useLocalPairStore.getState().load());
    expect(shows(page)).toMatchObject({ name: false, resultsLink: false });
    expect(page.querySelector('[data-testid="trends-empty"]')).not.toBeNull();
  });
});

describe('take turns: a second tab that read the pair or the rounds before her turn', () => {
  it('re-reads both when it comes to the front: her round is private there too', async () => {
    // Tab B read the settings before the pair existed.
    useLocalPairStore.setState({ pair: undefined, loaded: true });
    const page = render(<HomePage />);
    expect(shows(page).name).toBe(true); // as that tab last knew it (her round was nobody's then)
    await act(async () => void window.dispatchEvent(new Event('focus')));
    await settle();
    expect(shows(page)).toMatchObject({ name: false, resultsLink: false });
  });

  it('her results, reached from a list that still had her round unsealed, show nothing: the round as read is sealed', async () => {
    // Tab B read the pair and the rounds while her round was still being answered (open then).
    useRoundsStore.setState({ rounds: [{ ...ceo, sealedAt: undefined }, ctoDraft] });
    await useLocalPairStore.getState().load();
    const page = render(<ResultsPage id="ceo-pair" />);
    await settle();
    expect(shows(page)).toMatchObject({ scores: false, gate: true });
  });

  it('a change of the pair in another tab reaches this one at once', async () => {
    useLocalPairStore.setState({ pair: undefined, loaded: true });
    const page = render(<HomePage />);
    const otherTab = new BroadcastChannel('accord.take-turns');
    otherTab.postMessage('changed');
    otherTab.close();
    await settle();
    expect(shows(page)).toMatchObject({ name: false, resultsLink: false });
  });
});

describe('take turns: "Lock my round and hand over" in one tab', () => {
  it('locks her round in every other tab too: one that had it open shows the passphrase form', async () => {
    await settings.set(LOCAL_PAIR_KEY, JSON.stringify({ ceoRoundId: 'ceo-pair', ctoRoundId: 'cto-draft', locks: { 'ceo-pair': { salt: 'a'.repeat(32), hash: 'b'.repeat(64) } } }));
    await useLocalPairStore.getState().load();
    // This tab: she opened her round with her passphrase.
    useLocalPairStore.setState({ unlocked: ['ceo-pair'] });
    const page = render(<ResultsPage id="ceo-pair" />);
    await settle();
    expect(shows(page).scores).toBe(true);
    // The other tab: she pressed "Lock my round and hand over" there.
    const otherTab = new BroadcastChannel('accord.take-turns');
    otherTab.postMessage('lock');
    otherTab.close();
    await settle();
    expect(shows(page)).toMatchObject({ scores: false, gate: true });
  });
});
