// A laptop where the CEO and the CTO take turns: `rounds` stored (in memory), the pair naming the
// CEO's and the CTO's round (no passphrase locks), and the rounds and pair stores read from them.
import type { Round } from '../../../../../shared/assessment/types';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { LOCAL_PAIR_KEY, useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { useRoundsStore } from '../../../../../renderer/stores/rounds-store';

export async function takeTurnsLaptop(ceo: Round, cto: Round): Promise<void> {
  const rounds = new MemoryRoundRepository();
  const settings = new MemorySettingsRepository();
  await rounds.put(ceo);
  await rounds.put(cto);
  await settings.set(LOCAL_PAIR_KEY, JSON.stringify({ ceoRoundId: ceo.id, ctoRoundId: cto.id, locks: {} }));
  provideServices({ rounds, settings, docs: new MemoryDocStore() });
  useLocalPairStore.setState({ pair: undefined, loaded: false, unlocked: [], justSealed: undefined });
  await useRoundsStore.getState().load();
  await useLocalPairStore.getState().load();
}
