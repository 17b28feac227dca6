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
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Home and a round's pages wait until the take-turns pair is read (any sealed round may be
 * private until then). When the setting cannot be read (the settings store fails), they waited
 * for ever: "Loading…" with no end and no word why — Home never listed even this leader's own
 * rounds, and nothing offered to try again. Now they say the setting could not be read, that
 * sealed rounds stay hidden meanwhile, and offer to try again.
 */
const ceo = sealedRound({ id: 'ceo-pair', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });

class FailingSettings extends MemorySettingsRepository {
  failing = true;
  override async get(key: string) {
    if (this.failing) throw new Error('the database is closed');
    return super.get(key);
  }
}

let settings: FailingSettings;

beforeEach(async () => {
  const rounds = new MemoryRoundRepository();
  settings = new FailingSettings();
  await rounds.put(ceo);
  provideServices({ rounds, settings, docs: new MemoryDocStore() });
  useLocalPairStore.setState({ pair: undefined, loaded: false, loadError: undefined, unlocked: [], justSealed: undefined });
  await useRoundsStore.getState().load();
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 30))));

describe('take turns: the pair setting cannot be read', () => {
  it('Home says so, shows nothing of a sealed round, and can try again', async () => {
    const page = render(<HomePage />);
    await act(() => useLocalPairStore.getState().load().catch(() => undefined));
    await settle();
    const alert = page.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not be read');
    expect(page.textContent).not.toContain('Alex Kim');
    // The store recovers: trying again lists the rounds (no pair: nothing private).
    settings.failing = false;
    await settings.set(LOCAL_PAIR_KEY, '');
    await act(async () => void page.querySelector<HTMLButtonElement>('[data-testid="pair-unreadable"] button')!.click());
    await settle();
    expect(page.querySelector('[data-testid="pair-unreadable"]')).toBeNull();
    expect(page.textContent).toContain('Alex Kim');
  });
});
