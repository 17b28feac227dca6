/**
 * What became of the decision-log entry or action line an own capture wrote (`log-<captureId>`,
 * `action-<captureId>`): the one piece of the workspace Restore may write back beside the capture
 * (renderer/sync/own-removals.ts). Kept by the entry's Yjs item — the entry this laptop wrote,
 * not whatever stands under its key: the partner's laptop can write anything under that key, and
 * a key that is gone tells nothing of who took it. A junk entry the partner put where this leader
 * had deleted theirs, then took with the capture, read as "taken with it", and Restore brought
 * back the entry this leader had deleted.
 *
 * Pure: the record's states, read back from storage (untrusted), changed one key at a time.
 */

/** A Yjs item: the client that wrote it and its clock there. Never reused, the same on every copy of the doc. */
export interface ItemId {
  client: number;
  clock: number;
}

export type EntryFate =
  /** This laptop wrote it (or it stood as the capture says when first seen here): `item` is that entry. */
  | { item: ItemId; taken?: undefined }
  /** A partner's change took `item` (deleted or replaced it): Restore writes it back. */
  | { item: ItemId; taken: true }
  /** This laptop's leader took it away (the Workspace page, a version restored): it stays away. */
  | { here: true };

/** Entry id → what became of it; oldest first. */
export type OwnEntries = Record<string, EntryFate>;

/** One per own capture at most: as many as own-writes.ts keeps. The oldest go first. */
export const MAX_OWN_ENTRIES = 5000;

const isItemId = (v: unknown): v is ItemId => {
  const { client, clock } = (v ?? {}) as Record<string, unknown>;
  return Number.isSafeInteger(client) && (client as number) >= 0 && Number.isSafeInteger(clock) && (clock as number) >= 0;
};

/** One kept fate read back; undefined when it does not read as one. */
function parseFate(v: unknown): EntryFate | undefined {
  // Stryker disable next-line ConditionalExpression: a string or number destructures to no `item` and no `here`, so it reads as no fate below too
  if (!v || typeof v !== 'object') return undefined;
  const { item, taken, here } = v as Record<string, unknown>;
  if (here === true) return { here: true };
  if (!isItemId(item)) return undefined;
  const id = { client: item.client, clock: item.clock };
  return taken === true ? { item: id, taken: true } : { item: id };
}

/** The record as stored (another version, or edited by hand): what does not read as a fate is dropped. */
export function parseOwnEntries(value: unknown): OwnEntries {
  const out: OwnEntries = {};
  // Stryker disable next-line ConditionalExpression: a string's entries are its characters and a number has none: neither reads as a fate
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [id, v] of Object.entries(value as Record<string, unknown>)) {
    const fate = parseFate(v);
    if (fate) out[id] = fate;
  }
  return bounded(out);
}

function bounded(all: OwnEntries): OwnEntries {
  const ids = Object.keys(all);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_OWN_ENTRIES))) delete all[id];
  return all;
}

/** `all` with `fates` set (re-inserted last: the newest stay when the record is cut), at most MAX_OWN_ENTRIES. */
export function withFates(all: OwnEntries, fates: ReadonlyMap<string, EntryFate>): OwnEntries {
  const out = { ...all };
  for (const [id, fate] of fates) {
    delete out[id];
    out[id] = fate;
  }
  return bounded(out);
}

/** Restore writes the entry back: the one this laptop wrote was taken by a partner's change, and this leader has not taken it away since. */
// Stryker disable next-line ConditionalExpression: every fate with a `taken` key is built with taken: true (parseFate, renderer/sync/own-entries.ts)
export const takenByPartner = (fate: EntryFate | undefined): boolean => fate !== undefined && 'taken' in fate && fate.taken === true;
