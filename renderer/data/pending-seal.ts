import type { Round } from '../../shared/assessment/types';

/*
 * A write-ahead note of a seal the user confirmed, kept until the store holds it. In a live
 * comparison the commitment to that seal leaves while it is being written; if the write
 * fails, or the app reloads first, this note is what keeps the round frozen and lets the
 * retry store exactly that seal — so the published commitment stays this laptop's, never
 * "a commitment published under your role before you sealed".
 *
 * localStorage because it is synchronous: the note exists before the first message leaves.
 * It holds what the round store holds (same profile, same machine); memory where there is
 * no localStorage (unit tests).
 */

const KEY_PREFIX = 'accord.pending-seal.';
const memory = new Map<string, string>();
const writing = new Set<string>();

function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage denied (some embedded contexts): memory only.
  }
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}

/** Note the seal before anything about it leaves; the write starts now. */
export function notePendingSeal(sealed: Round): void {
  writing.add(sealed.id);
  noteSeal(sealed);
}

/**
 * Note a seal found confirmed after a restart (its commitment is out; see
 * ComparisonController.preparedSealOut), with no write in progress: the round stays frozen
 * and the retry stores exactly it.
 */
export function noteSealOut(sealed: Round): void {
  noteSeal(sealed);
}

function noteSeal(sealed: Round): void {
  try {
    storage().setItem(KEY_PREFIX + sealed.id, JSON.stringify(sealed));
  } catch {
    // Quota or no storage: memory keeps it for this run.
    memory.set(KEY_PREFIX + sealed.id, JSON.stringify(sealed));
  }
}

/** The write ended (stored or failed); `stored` drops the note. */
export function sealWriteEnded(id: string, stored: boolean): void {
  writing.delete(id);
  if (!stored) return;
  memory.delete(KEY_PREFIX + id);
  try {
    storage().removeItem(KEY_PREFIX + id);
  } catch {
    // Nothing to drop.
  }
}

function noteText(id: string): string | null {
  try {
    return storage().getItem(KEY_PREFIX + id) ?? memory.get(KEY_PREFIX + id) ?? null;
  } catch {
    return memory.get(KEY_PREFIX + id) ?? null;
  }
}

/** Whether a seal of round `id` is noted and not stored (cheap: no parsing). */
export function hasPendingSeal(id: string): boolean {
  return noteText(id) !== null;
}

/**
 * The noted seal of round `id`, exactly as it would read back from the store; undefined if
 * none (or unreadable). The validators load on demand: they are not in the first chunk.
 */
export async function pendingSeal(id: string): Promise<Round | undefined> {
  const text = noteText(id);
  if (text === null) return undefined;
  const { decodeStoredRound } = await import('./dexie-round-repository');
  const decoded = decodeStoredRound({ id, body: text });
  return decoded.ok && decoded.round.sealedAt && decoded.round.id === id ? decoded.round : undefined;
}

/** True while the seal of round `id` is being written in this run (not failed, not from an earlier run). */
export function sealBeingWritten(id: string): boolean {
  return writing.has(id);
}

/**
 * Drop every note (a Replace restore: the rounds they were of are gone or replaced by the
 * backup's, and a note would freeze an unsealed round of the backup).
 */
export function dropAllPendingSeals(): void {
  for (const key of [...memory.keys()]) if (key.startsWith(KEY_PREFIX)) memory.delete(key);
  try {
    const store = storage();
    if (typeof localStorage !== 'undefined' && store === localStorage) {
      const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => k?.startsWith(KEY_PREFIX) ?? false);
      for (const key of keys) localStorage.removeItem(key);
    }
  } catch {
    // Nothing to drop.
  }
}

/** Drop the note of round `id` (the round was deleted). */
export function dropPendingSeal(id: string): void {
  sealWriteEnded(id, true);
}
