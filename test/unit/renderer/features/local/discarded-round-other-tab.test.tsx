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
import { HomePage } from '../../../../../renderer/features/home/HomePage';
import { createRound } from '../../../../../shared/assessment/round';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Taking turns, two tabs. The CEO sealed without a passphrase (hidden until the CTO seals). In
 * tab B someone pressed "Discard the private rounds and start over": her round is deleted, then
 * the pair cleared, and the change is announced. Tab A still held her round in its list (read
 * while it was private). It used to re-read the pair (none now: every round open) but not the
 * rounds (re-read only while there is a pair): her deleted round showed there by name, with a
 * link to her results — the very round the discard exists to keep unseen.
 */
const ceo = sealedRound({ id: 'ceo-pair', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const ctoDraft = createRound({ id: 'cto-draft', role: 'cto', personName: 'Blake', label: '2026-Q4 quarterly reset', kind: 'quarterly-reset', now: '2026-10-02T09:00:00.000Z' });

let settings: MemorySettingsRepository;
let rounds: MemoryRoundRepository;

beforeEach(async () => {
  rounds = new MemoryRoundRepository();
  settings = new MemorySettingsRepository();
  await rounds.put(ceo);
  await rounds.put(ctoDraft);
  await settings.set(LOCAL_PAIR_KEY, JSON.stringify({ ceoRoundId: 'ceo-pair', ctoRoundId: 'cto-draft', locks: {} }));
  provideServices({ rounds, settings, docs: new MemoryDocStore() });
  useLocalPairStore.setState({ pair: undefined, loaded: false, unlocked: [], justSealed: undefined });
  await useLocalPairStore.getState().load();
  await useRoundsStore.getState().load();
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 30))));
const shows = (page: HTMLElement) => ({
  name: page.textContent?.includes('Alex Kim') ?? false,
  resultsLink: page.querySelector('a[href="#/results/ceo-pair"]') !== null,
});

/** Tab B: discardPrivateAndReset, as its storage writes leave it. */
async function discardInOtherTab() {
  await rounds.remove('ceo-pair');
  await settings.set(LOCAL_PAIR_KEY, '');
}

describe('take turns: private rounds discarded in another tab', () => {
  it('the announcement leaves nothing of her deleted round in this tab', async () => {
    const page = render(<HomePage />);
    await settle();
    expect(shows(page)).toEqual({ name: false, resultsLink: false });
    await discardInOtherTab();
    const otherTab = new BroadcastChannel('accord.take-turns');
    otherTab.postMessage('changed');
    otherTab.close();
    await settle();
    expect(useLocalPairStore.getState().pair).toBeUndefined();
    expect(shows(page)).toEqual({ name: false, resultsLink: false });
    expect(useRoundsStore.getState().rounds.map((r) => r.id)).toEqual(['cto-draft']);
  });

  it('coming to the front does the same', async () => {
    const page = render(<HomePage />);
    await discardInOtherTab();
    await act(async () => void window.dispatchEvent(new Event('focus')));
    await settle();
    expect(shows(page)).toEqual({ name: false, resultsLink: false });
  });
});

describe('take turns: her round discarded and a new CEO turn taken in another tab', () => {
  it('her deleted round never shows here, not even while this tab reads the rounds again', async () => {
    // Reading the rounds back takes a while (a large store): held here until released.
    let release: () => void = () => undefined;
    const slow = Object.assign(Object.create(rounds), {
      list: () => new Promise((resolve) => (release = () => resolve(rounds.list()))),
    });
    provideServices({ rounds: slow, settings, docs: new MemoryDocStore() });
    const page = render(<HomePage />);
    await settle();
    await rounds.remove('ceo-pair');
    await rounds.put(ctoDraft);
    await settings.set(LOCAL_PAIR_KEY, JSON.stringify({ ceoRoundId: 'ceo-new', ctoRoundId: 'cto-draft', locks: {} }));
    const otherTab = new BroadcastChannel('accord.take-turns');
    otherTab.postMessage('changed');
    otherTab.close();
    await settle();
    // The rounds are still being read: her old round is still in this tab's list.
    expect(shows(page)).toEqual({ name: false, resultsLink: false });
    release();
    await settle();
    expect(shows(page)).toEqual({ name: false, resultsLink: false });
    expect(useRoundsStore.getState().rounds.map((r) => r.id)).toEqual(['cto-draft']);
  });
});
