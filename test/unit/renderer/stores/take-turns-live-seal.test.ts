// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { privateRoundsNow, useLocalPairStore } from '../../../../renderer/stores/local-pair-store';
import { useCompareStore } from '../../../../renderer/stores/compare-store';
import { useAssessStore } from '../../../../renderer/stores/assess-store';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { createRound } from '../../../../shared/assessment/round';

/*
 * Taking turns without a passphrase, the CEO's round is open while she answers, so she may host
 * a live comparison with it. Sealing makes it private (hidden until the CTO of the pair seals),
 * but privacy was checked only when the comparison started: it ran on after her seal, and once
 * the partner revealed, the Compare page showed her answers to whoever sat down next. Now her
 * seal is "just sealed" on her screen, as a passphrase round's is, and the comparison is left
 * as soon as she navigates away from it.
 */
let settings: MemorySettingsRepository;

beforeEach(async () => {
  const rounds = new MemoryRoundRepository();
  settings = new MemorySettingsRepository();
  await rounds.put(createRound({ id: 'ceo-turn', role: 'ceo', personName: 'Alex Kim', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' }));
  provideServices({ rounds, settings, docs: new MemoryDocStore() });
  useLocalPairStore.setState({ pair: undefined, loaded: false, unlocked: [], justSealed: undefined });
  await useLocalPairStore.getState().load();
  await useRoundsStore.getState().load();
});

function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('take turns: a round sealed without a passphrase while a live comparison runs', () => {
  it('the comparison stays on her screen after the seal and is left once she navigates away', async () => {
    await useLocalPairStore.getState().assign('ceo', 'ceo-turn');
    useCompareStore.setState({ meta: { roundId: 'ceo-turn', isHost: true } as never });
    await settings.set('compare.session', '{"roundId":"ceo-turn"}');
    go('#/assess/ceo-turn/5');
    await useAssessStore.getState().open('ceo-turn');
    await useAssessStore.getState().seal();
    expect((await privateRoundsNow()).hidden).toEqual(['ceo-turn']);
    go('#/results/ceo-turn');
    await new Promise((r) => setTimeout(r, 20));
    expect(useCompareStore.getState().meta?.roundId).toBe('ceo-turn');
    go('#/compare');
    await expect.poll(() => useCompareStore.getState().meta).toBeUndefined();
    expect(await settings.get('compare.session')).toBe('');
  });
});
