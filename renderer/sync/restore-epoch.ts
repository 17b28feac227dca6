/**
 * The restore epoch of a stored doc: a backup restored with Replace writes a new one into each doc
 * row it writes, in the same transaction. A tab holding the doc (the workspace, in browser mode)
 * remembers the epoch of the row it loaded, and its merged save checks it inside the transaction
 * that reads and writes the row (doc-persistence's acrossTabs): a row of another epoch was
 * replaced under this copy, and merging this copy in would bring back what the Replace removed.
 * The check throws, so the transaction aborts and nothing is written; the tab then stops and
 * reloads. Held in storage, not in a message: a save that starts before the tab hears of the
 * restore, or a tab that opened after it was told, is stopped all the same.
 *
 * Merged saves keep the row's epoch; a Merge restore keeps it too (a union takes nothing away).
 * Not in backups: it names a write on this laptop, not the data.
 */

/** A new epoch, unlike any other (Web Crypto is there in browsers, Electron and Node 20). */
export function newRestoreEpoch(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a tab knows of the stored row: whether there is one, and its epoch (none before any Replace). */
export interface SeenRow {
  present: boolean;
  epoch?: string;
}

/**
 * Whether the row as it is now was replaced under a copy that last saw `seen`. A row that is gone
 * was replaced too (a Replace with a backup that holds no such doc clears it; nothing else
 * removes one). A row where there was none is another tab's first save unless it carries an epoch.
 */
export function replacedSince(seen: SeenRow, now: SeenRow): boolean {
  return now.present ? now.epoch !== seen.epoch : seen.present;
}

/** Thrown inside a merged save whose row was replaced: the transaction aborts, nothing is written. */
export class ReplacedUnderThisCopy extends Error {
  constructor(id: string) {
    super(`"${id}" was replaced by a backup restored in another tab; this tab reloads from it.`);
    this.name = 'ReplacedUnderThisCopy';
  }
}

/**
 * Told when a tab found its workspace replaced in storage: restore-tabs.ts then follows it as a
 * Replace restored in another tab (writers stopped, page reloaded). No imports, so the first
 * screen's bundle carries nothing more for it.
 */
const listeners = new Set<() => void>();
export function whenReplacedInStorage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function replacedInStorage(): void {
  for (const l of [...listeners]) l();
}
