/**
 * What this laptop wrote into the offsite record: capture ids, each with the hash of the
 * content as written here. A record's "author" is only what the shared doc says,
 * and the partner's laptop can write any (plain yjs, or an offsite file): a capture filed
 * under this leader's role reads as theirs only when this laptop wrote exactly that content.
 * Kept in localStorage beside this laptop's own confirmations (workspace-agreement.ts).
 * Nothing already in the record is taken as written here (not even on first use): a fresh laptop
 * joining a partner who forged captures in its name would adopt them. Captures written before
 * this record existed therefore read as "no record of writing it" — which is true.
 */
const KEY = 'accord.offsite.ownWrites';
/** Enough for years of offsites; the oldest are dropped first. */
const MAX_ENTRIES = 5000;

function read(): Record<string, string> {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberOwnWrite(id: string, hash: string): void {
  const all = read();
  delete all[id]; // re-inserted last: the newest stay when the list is cut
  all[id] = hash;
  const keys = Object.keys(all);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete all[k];
  // Throws when storage is full: the caller refuses the write, as a confirmation is refused
  // (workspace-agreement.ts), rather than file the leader's own words as not theirs.
  localStorage.setItem(KEY, JSON.stringify(all));
}

/** True when this laptop wrote `id` with exactly this content. */
export function isOwnWrite(id: string, hash: string): boolean {
  const all = read();
  return Object.prototype.hasOwnProperty.call(all, id) && all[id] === hash;
}
