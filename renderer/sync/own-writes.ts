/**
 * What this laptop wrote into the offsite record: capture ids, each with the hash of the
 * content as written here. A record's "author" is only what the shared doc says,
 * and the partner's laptop can write any (plain yjs, or an offsite file): a capture filed
 * under this leader's role reads as theirs only when this laptop wrote exactly that content.
 * Kept in localStorage beside this laptop's own confirmations (workspace-agreement.ts).
 * Captures written before this record existed are taken as written here once, from the
 * workspace as stored on this laptop when it is opened — before any partner is connected in
 * that run (adoptStoredOnce). Nothing arriving later is ever adopted: a fresh laptop joining
 * a partner who forges captures in its name has an empty record by then.
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

/**
 * The first time this laptop keeps the record, every capture already in its stored workspace
 * counts as written here (they were, or came before any check existed). Called by the workspace's
 * owner after loading the stored doc and before any session attaches; later runs do nothing.
 * Storage full: nothing is adopted, and those captures read as "no record" (true, and only a warning).
 */
export function adoptStoredOnce(stored: () => readonly { id: string; hash: string }[]): void {
  try {
    if (localStorage.getItem(KEY) !== null) return;
    const all: Record<string, string> = {};
    for (const c of stored()) all[c.id] = c.hash;
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // See above.
  }
}
