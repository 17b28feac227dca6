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
/** Notes this run could not put in localStorage (quota, no storage): they die with the page. */
const memoryOnly = new Set<string>();

type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const inMemory: NoteStorage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };

function storage(): NoteStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage denied (some embedded contexts): memory only.
  }
  return inMemory;
}

/** Note the seal before anything about it leaves; the write starts now. */
export function notePendingSeal(sealed: Round): void {
  writing.add(sealed.id);
  const text = JSON.stringify(sealed);
  try {
    const store = storage();
    store.setItem(KEY_PREFIX + sealed.id, text);
    if (store === inMemory) memoryOnly.add(sealed.id);
    else memoryOnly.delete(sealed.id);
  } catch {
    // Quota or no storage: memory keeps it for this run.
    memory.set(KEY_PREFIX + sealed.id, text);
    memoryOnly.add(sealed.id);
  }
}

/**
 * Whether the seal noted for round `id` would outlive this page: its note is in localStorage,
 * which the next start reads back (open() restores it, and Seal now stores exactly it). A
 * note only in memory would not: answers sealed under it must wait for the store.
 */
export function sealNoteKept(id: string): boolean {
  return !memoryOnly.has(id) && noteText(id) !== null;
}

/** The write ended (stored or failed); `stored` drops the note. */
export function sealWriteEnded(id: string, stored: boolean): void {
  writing.delete(id);
  if (!stored) return;
  memoryOnly.delete(id);
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
