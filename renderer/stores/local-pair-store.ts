import { create } from 'zustand';
import type { Role } from '../../shared/assessment/types';
import { checkLock, createLock, type PassphraseLock } from '../platform/passphrase';
import { services } from './services';
import { useRoundsStore } from './rounds-store';

/**
 * Same-laptop mode: the CEO and the CTO take turns on one laptop. While the pair is
 * incomplete, each round is private — hidden from the other person — and an optional
 * personal passphrase lets its owner reopen it.
 */
export interface LocalPair {
  ceoRoundId?: string;
  ctoRoundId?: string;
  locks: Record<string, PassphraseLock>;
}

const KEY = 'local.pair';

interface LocalPairState {
  pair?: LocalPair;
  loaded: boolean;
  /** Rounds unlocked with their passphrase in this sitting (memory only). */
  unlocked: string[];
  load(): Promise<void>;
  assign(role: Role, roundId: string, passphrase?: string): Promise<void>;
  unlock(roundId: string, passphrase: string): Promise<boolean>;
  lockAll(): void;
  reset(): Promise<void>;
}

function parsePair(text: string | undefined): LocalPair | undefined {
  if (!text) return undefined;
  try {
    const raw = JSON.parse(text) as Partial<LocalPair>;
    const id = (v: unknown) => (typeof v === 'string' && v.length <= 64 ? v : undefined);
    const locks: Record<string, PassphraseLock> = {};
    for (const [k, v] of Object.entries(raw.locks ?? {})) {
      if (v && typeof v.salt === 'string' && typeof v.hash === 'string') locks[k] = { salt: v.salt, hash: v.hash };
    }
    return { ceoRoundId: id(raw.ceoRoundId), ctoRoundId: id(raw.ctoRoundId), locks };
  } catch {
    return undefined;
  }
}

export const useLocalPairStore = create<LocalPairState>((set, get) => {
  const save = async (pair: LocalPair) => {
    await services().settings.set(KEY, JSON.stringify(pair));
    set({ pair });
  };
  return {
    loaded: false,
    unlocked: [],
    async load() {
      set({ pair: parsePair(await services().settings.get(KEY)), loaded: true });
    },
    async assign(role, roundId, passphrase) {
      const pair: LocalPair = { ...(get().pair ?? { locks: {} }) };
      pair.locks = { ...pair.locks };
      if (role === 'ceo') pair.ceoRoundId = roundId;
      else pair.ctoRoundId = roundId;
      if (passphrase) pair.locks[roundId] = await createLock(passphrase);
      await save(pair);
      // The person who just set the passphrase is the one at the keyboard.
      if (passphrase) set({ unlocked: [...get().unlocked, roundId] });
    },
    async unlock(roundId, passphrase) {
      const lock = get().pair?.locks[roundId];
      if (!lock || !(await checkLock(lock, passphrase))) return false;
      set({ unlocked: [...get().unlocked, roundId] });
      return true;
    },
    lockAll: () => set({ unlocked: [] }),
    async reset() {
      await services().settings.set(KEY, '');
      set({ pair: undefined, unlocked: [] });
    },
  };
});

/** Whether a round's answers and results must stay hidden right now. */
export function privacyOf(roundId: string, state: Pick<LocalPairState, 'pair' | 'unlocked'>): 'open' | 'locked' | 'hidden' {
  const pair = state.pair;
  if (!pair || (pair.ceoRoundId !== roundId && pair.ctoRoundId !== roundId)) return 'open';
  const rounds = useRoundsStore.getState().rounds;
  const sealed = (id?: string) => Boolean(id && rounds.find((r) => r.id === id)?.sealedAt);
  if (sealed(pair.ceoRoundId) && sealed(pair.ctoRoundId)) return 'open';
  if (state.unlocked.includes(roundId)) return 'open';
  return pair.locks[roundId] ? 'locked' : sealed(roundId) ? 'hidden' : 'open';
}
