/**
 * What this laptop wrote into the offsite record: capture ids, each with the hash of the
 * capture as written here — its body and every field a reader is shown beside it (block,
 * block title, author, name, creation, offsite file: writtenHash, capture-agreement.ts). A
 * record's "author" is only what the shared doc says, and the partner's laptop can write any
 * (plain yjs, or an offsite file): a capture filed under this leader's role reads as theirs only
 * when this laptop wrote exactly that record. The metadata is outside the agreement's hash, so
 * without it here the partner could move the leader's capture to another block, file it as
 * proposed in the partner's offsite file, or retitle it, and it would still read as the leader's.
 *
 * Earlier versions kept the body's hash only (captureHash, 32 hex digits, no prefix): such an
 * entry still vouches for the body (else every existing capture would start warning), and is
 * replaced by the whole record's hash from the workspace as stored here when it is next opened,
 * before any partner is connected in that run (adoptStored).
 *
 * Kept in localStorage beside this laptop's own confirmations (workspace-agreement.ts).
 * Captures written before this record existed are taken as written here once, from the
 * workspace as stored on this laptop when it is opened — before any partner is connected in
 * that run (adoptStored). Nothing arriving later is ever adopted: a fresh laptop joining
 * a partner who forges captures in its name has an empty record by then.
 */
import type { Capture } from '../../shared/offsite/capture';
import { captureHash, writtenHash } from '../../shared/offsite/capture-agreement';

const KEY = 'accord.offsite.ownWrites';
/** Enough for years of offsites; the oldest are dropped first. */
const MAX_ENTRIES = 5000;

/** The record kept under `key` (id → hash); anything unreadable reads as empty. */
export function readKept(key: string): Record<string, string> {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const read = () => readKept(KEY);

/** Remembers `c` as written here, as it stands (writtenHash). */
export function rememberOwnWrite(c: Capture): void {
  keep(KEY, c.id, writtenHash(c));
}

/** Keeps `hash` for `id` under `key`, newest last, at most MAX_ENTRIES. Throws when storage is full. */
export function keep(key: string, id: string, hash: string): void {
  const all = readKept(key);
  delete all[id]; // re-inserted last: the newest stay when the list is cut
  all[id] = hash;
  const keys = Object.keys(all);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete all[k];
  // Throws when storage is full: the caller refuses the write, as a confirmation is refused
  // (workspace-agreement.ts), rather than file the leader's own words as not theirs.
  localStorage.setItem(key, JSON.stringify(all));
}

const LEGACY = /^[0-9a-f]{32}$/;

/**
 * 'as-written': this laptop wrote `c` exactly as it stands (for an entry of an earlier version,
 * the body only). 'changed': this laptop wrote a capture under this id, and it no longer stands
 * as written. 'none': no record of writing it.
 */
export const ownWrite = (c: Capture): 'as-written' | 'changed' | 'none' => ownWriteCheck()(c);

/** ownWrite with the record read once: many captures are checked against one parse of it. */
export function ownWriteCheck(): (c: Capture) => 'as-written' | 'changed' | 'none' {
  const all = read();
  return (c) => {
    if (!Object.prototype.hasOwnProperty.call(all, c.id)) return 'none';
    const kept = all[c.id];
    return kept === writtenHash(c) || (LEGACY.test(kept) && kept === captureHash(c)) ? 'as-written' : 'changed';
  };
}

/** The ids this laptop wrote captures under, read once (to rank a long list: listed.ts). */
export const ownWriteIds = (): ReadonlySet<string> => new Set(Object.keys(read()));

/** True when this laptop wrote `c` exactly as it stands (ownWrite). */
export const isOwnWrite = (c: Capture): boolean => ownWrite(c) === 'as-written';

/**
 * Filed under `role` (this laptop's leader) and written on this laptop under its id: the leader's
 * own capture, so an offsite file named on it is not the partner's proposal (the partner can set
 * `importedFrom` on any capture; this laptop's imports only add captures it does not hold).
 */
export const writtenHereAs = (c: Capture, role: Capture['author'] | undefined): boolean => Boolean(role) && c.author === role && ownWrite(c) !== 'none';

/**
 * The first time this laptop keeps the record, every capture already in its stored workspace
 * counts as written here (they were, or came before any check existed). Every later time, an entry
 * of an earlier version (the body's hash only) whose body the stored capture still has takes the
 * whole stored record's hash, so its block, title and file can no longer change unnoticed. Called
 * by the workspace's owner after loading the stored doc and before any session attaches.
 * Storage full: nothing is adopted, and those captures read as "no record" (true, and only a warning);
 * legacy entries stay as they were.
 */
export function adoptStored(stored: () => readonly Capture[]): void {
  try {
    const first = localStorage.getItem(KEY) === null;
    const all = first ? {} : read();
    if (!first && !Object.values(all).some((h) => LEGACY.test(h))) return;
    let changed = first;
    for (const c of stored()) {
      if (first) all[c.id] = writtenHash(c);
      else if (Object.prototype.hasOwnProperty.call(all, c.id) && LEGACY.test(all[c.id]) && all[c.id] === captureHash(c)) {
        all[c.id] = writtenHash(c);
        changed = true;
      }
    }
    if (changed) localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // See above.
  }
}
