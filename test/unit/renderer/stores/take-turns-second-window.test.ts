// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { LOCAL_PAIR_KEY, RESET_REFUSED, privateRoundsNow, useLocalPairStore } from '../../../../renderer/stores/local-pair-store';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { createRound } from '../../../../shared/assessment/round';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * Taking turns in browser mode, a second tab (or a window opened before the turns began) holds
 * the pair as it was when that tab read it. The other leader, at that stale tab, used to write
 * the pair from that memory: starting their turn dropped the CEO's round and its passphrase
 * lock from the stored pair, and "Start over" found nothing private — either way the CEO's
 * sealed round was readable by anyone, in every tab, from then on. Now every write of the pair
 * starts from the stored one.
 */
const ceo = sealedRound({ id: 'ceo-pair', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const ctoDraft = createRound({ id: 'cto-draft', role: 'cto', personName: 'Blake', label: '2026-Q4 quarterly reset', kind: 'quarterly-reset', now: '2026-10-02T09:00:00.000Z' });

let settings: MemorySettingsRepository;

/** Tab A: the CEO took her turn (sealed, with or without a passphrase) and handed over. */
async function ceoTurnInTabA(passphrase?: string) {
  await useLocalPairStore.getState().assign('ceo', 'ceo-pair', passphrase);
  useLocalPairStore.getState().lockAll();
}

/** Tab B read the settings before the CEO's turn began: it knows of no pair. */
function staleTabB() {
  useLocalPairStore.setState({ pair: undefined, loaded: true, unlocked: [], justSealed: undefined });
}

beforeEach(async () => {
  const rounds = new MemoryRoundRepository();
  settings = new MemorySettingsRepository();
  await rounds.put(ceo);
  await rounds.put(ctoDraft);
  provideServices({ rounds, settings, docs: new MemoryDocStore() });
  useLocalPairStore.setState({ pair: undefined, loaded: false, unlocked: [], justSealed: undefined });
  await useLocalPairStore.getState().load();
  await useRoundsStore.getState().load();
});

describe('take turns from a second tab that read the pair earlier', () => {
  it("starting the CTO's turn there keeps the CEO's round and its lock in the pair: it stays private", async () => {
    await ceoTurnInTabA('blue-harbour');
    staleTabB();
    await useLocalPairStore.getState().assign('cto', 'cto-draft');
    const stored = JSON.parse((await settings.get(LOCAL_PAIR_KEY))!);
    expect(stored.ceoRoundId).toBe('ceo-pair');
    expect(Object.keys(stored.locks)).toEqual(['ceo-pair']);
    expect(stored.ctoRoundId).toBe('cto-draft');
    expect(await privateRoundsNow()).toEqual({ locked: ['ceo-pair'], hidden: [] });
  });

  it('a second CEO turn started there is refused: the first one stays in the pair', async () => {
    await ceoTurnInTabA();
    staleTabB();
    await expect(useLocalPairStore.getState().assign('ceo', 'cto-draft')).rejects.toThrow(/already/);
    expect(JSON.parse((await settings.get(LOCAL_PAIR_KEY))!).ceoRoundId).toBe('ceo-pair');
    expect((await privateRoundsNow()).hidden).toEqual(['ceo-pair']);
  });

  it("Start over there is refused while the CEO's round is private", async () => {
    // Tab B saw the pair when only the CTO had started (nothing private then).
    await useLocalPairStore.getState().assign('cto', 'cto-draft');
    const before = useLocalPairStore.getState().pair;
    await ceoTurnInTabA();
    useLocalPairStore.setState({ pair: before, unlocked: [] });
    await expect(useLocalPairStore.getState().reset()).resolves.toBe(RESET_REFUSED);
    expect(JSON.parse((await settings.get(LOCAL_PAIR_KEY))!).ceoRoundId).toBe('ceo-pair');
  });
});
