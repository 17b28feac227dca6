/**
 * What a kept workspace version is, and the in-memory store, without Yjs: the start-up
 * chunk builds the storage adapters and must not pull in Yjs (workspace-versions.ts keeps them).
 */

export type VersionReason = 'open' | 'connect' | 'disconnect' | 'editing' | 'before-restore' | 'before-backup-restore' | 'before-import' | 'manual';

export const REASON_TEXT: Record<VersionReason, string> = {
  open: 'When the workspace was opened',
  connect: 'Before syncing with your partner',
  disconnect: 'When the session with your partner ended',
  editing: 'While editing (kept every few minutes)',
  'before-restore': 'Before restoring a version',
  'before-backup-restore': 'Before restoring a backup',
  'before-import': "Before importing your partner's offsite file",
  manual: 'Saved by you',
};

export interface VersionRecord {
  id: string;
  docId: string;
  at: string;
  reason: string;
  update: Uint8Array;
  stateVector: Uint8Array;
  bytes: number;
}
export type VersionMeta = Omit<VersionRecord, 'update' | 'stateVector'>;

/** Newest first: ids start with the time, then a per-run sequence number. */
export const newestFirst = (a: { id: string }, b: { id: string }) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export interface VersionStore {
  /** Newest first. */
  list(docId: string): Promise<VersionMeta[]>;
  get(id: string): Promise<VersionRecord | undefined>;
  latest(docId: string): Promise<VersionRecord | undefined>;
  add(v: VersionRecord): Promise<void>;
  remove(ids: string[]): Promise<void>;
}

/** Versions kept in memory (tests, `?storage=memory`). */
export class MemoryVersionStore implements VersionStore {
  private readonly rows = new Map<string, VersionRecord>();
  async list(docId: string) {
    return [...this.rows.values()]
      .filter((v) => v.docId === docId)
      .sort(newestFirst)
      .map(({ update: _u, stateVector: _sv, ...meta }) => meta);
  }
  async get(id: string) {
    return this.rows.get(id);
  }
  async latest(docId: string) {
    const [first] = await this.list(docId);
    return first ? this.rows.get(first.id) : undefined;
  }
  async add(v: VersionRecord) {
    this.rows.set(v.id, v);
  }
  async remove(ids: string[]) {
    for (const id of ids) this.rows.delete(id);
  }
}

/** When a version was kept, as the Versions panel lists it. */
export const versionWhen = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A version as the Versions panel names it: "Nov 27, 2026, 10:05 AM — Before importing …" (two imports differ by time). */
export const versionLabel = (v: { at: string; reason: string }) => `${versionWhen(v.at)} — ${REASON_TEXT[v.reason as VersionReason] ?? v.reason}`;
