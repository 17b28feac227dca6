/**
 * What this laptop parked: parked-item ids, each with the hash of the item as parked here
 * (parkedWrittenHash). As with captures (own-writes.ts), a parked item's author, text and block are
 * only what the shared doc says, and the partner's laptop can write any: an item filed under this
 * leader reads as theirs only when this laptop parked exactly that item. Nothing edits a parked
 * item, so one parked here that no longer stands as parked was changed elsewhere.
 *
 * Kept in localStorage apart from the captures' record (another key), so an id shared by a capture
 * and a parked item cannot vouch for the other. Parked items stored before this record existed are
 * taken as parked here once, from the workspace as stored on this laptop when it is opened, before
 * any partner is connected in that run (adoptStoredParked), as own-writes.ts adopts captures.
 */
import type { ParkedItem } from '../../shared/offsite/capture';
import { parkedWrittenHash } from '../../shared/offsite/parked-written';
import { keep, readKept } from './own-writes';

const KEY = 'accord.offsite.ownParked';

/** Remembers `p` as parked here. Throws when storage is full (the caller then does not park it). */
export function rememberOwnParked(p: ParkedItem): void {
  keep(KEY, p.id, parkedWrittenHash(p));
}

/** The record, read once: a list of items is checked against one parse of it. */
export function ownParkedCheck(): (p: ParkedItem) => 'as-written' | 'changed' | 'none' {
  const all = readKept(KEY);
  return (p) => (!Object.prototype.hasOwnProperty.call(all, p.id) ? 'none' : all[p.id] === parkedWrittenHash(p) ? 'as-written' : 'changed');
}

/** See own-writes.ts adoptStored: the first time only; storage full adopts nothing. */
export function adoptStoredParked(stored: () => readonly ParkedItem[]): void {
  try {
    if (localStorage.getItem(KEY) !== null) return;
    const all: Record<string, string> = {};
    for (const p of stored()) all[p.id] = parkedWrittenHash(p);
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Nothing adopted: those items read as "no record" (true, and only a note).
  }
}

/** The ids this laptop parked items under, read once (to rank a long list: listed.ts, the plan's cap). */
export const ownParkedIds = (): ReadonlySet<string> => new Set(Object.keys(readKept(KEY)));
