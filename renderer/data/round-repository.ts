import type { Round } from '../../shared/assessment/types';

/** A stored record that could not be read: reported to the user, never deleted. */
export interface StoredProblem {
  id: string;
  message: string;
}

export interface RoundListing {
  rounds: Round[];
  problems: StoredProblem[];
}

/** What the UI needs from storage. Dexie, memory and tests implement it. */
export interface RoundRepository {
  list(): Promise<RoundListing>;
  get(id: string): Promise<Round | undefined>;
  /** Atomic: either the whole round is written or nothing is. */
  put(round: Round): Promise<void>;
  /** Removes the round and any prepared seal of it. */
  remove(id: string): Promise<void>;
  /**
   * Holds a seal the user is about to confirm in a live comparison, as durably as `put`
   * would, without sealing the stored round: once it is held, the reveal need not wait for
   * a write after the click. Replaces an earlier one of the same round.
   */
  prepareSeal(sealed: Round): Promise<void>;
  /** The prepared seal of round `id`, if one is held and reads back valid. */
  preparedSeal(id: string): Promise<Round | undefined>;
  dropPreparedSeal(id: string): Promise<void>;
}

/** The order every listing uses: most recently changed first, then by id (so ties never reorder). */
export function byRecent(a: Round, b: Round): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
