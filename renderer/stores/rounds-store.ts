import { create } from 'zustand';
import type { Round, RoundKind, Role } from '../../shared/assessment/types';
import { createRound } from '../../shared/assessment/round';
import { byRecent, type StoredProblem } from '../data/round-repository';
import { services } from './services';

export interface NewRoundInput {
  role: Role;
  personName: string;
  kind: RoundKind;
  label: string;
  event?: string;
  companyName?: string;
}

interface RoundsState {
  rounds: Round[];
  problems: StoredProblem[];
  loaded: boolean;
  load(): Promise<void>;
  /** A round this laptop just stored, as stored: the list follows without reading every round back. */
  stored(round: Round): void;
  create(input: NewRoundInput): Promise<string>;
  remove(id: string): Promise<void>;
}

export const useRoundsStore = create<RoundsState>((set, get) => ({
  rounds: [],
  problems: [],
  loaded: false,
  async load() {
    const { rounds, problems } = await services().rounds.list();
    set({ rounds, problems, loaded: true });
  },
  stored(round) {
    set((s) => ({ rounds: [...s.rounds.filter((r) => r.id !== round.id), round].sort(byRecent) }));
  },
  async create(input) {
    const round = createRound({ ...input, id: crypto.randomUUID(), now: new Date().toISOString() });
    await services().rounds.put(round);
    await get().load();
    return round.id;
  },
  async remove(id) {
    await services().rounds.remove(id);
    await get().load();
  },
}));
