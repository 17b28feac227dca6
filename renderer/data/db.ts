import Dexie, { type Table } from 'dexie';

/**
 * Stored rows keep the domain object as JSON text in `body`, not as a structured
 * clone: every read goes through the same validator as an imported file, so a
 * damaged or future-version row is reported and skipped instead of crashing the app.
 */
export interface StoredRound {
  id: string;
  body: string;
  updatedAt?: string;
  sealedAt?: string;
}

export interface StoredSetting {
  key: string;
  value: string;
}

/** A persisted Y.Doc (comparison session or shared workspace), as one merged update. */
export interface StoredDoc {
  id: string;
  update: Uint8Array;
  updatedAt: string;
  meta?: string;
  /**
   * Written new by each backup restored with Replace, kept by merged saves: a tab whose copy was
   * loaded under another epoch does not write (renderer/sync/restore-epoch.ts). Not indexed, so
   * no schema version; absent on rows no Replace has written.
   */
  epoch?: string;
}

/**
 * A kept version of a persisted Y.Doc (workspace versions): the full state at that
 * moment. Local to this laptop: never in backups, never synced.
 */
export interface StoredVersion {
  id: string;
  docId: string;
  /** ISO time the version was taken. */
  at: string;
  reason: string;
  update: Uint8Array;
  /** Encoded state vector, to skip a version identical to the previous one. */
  stateVector: Uint8Array;
  bytes: number;
}

export const DB_NAME = 'accord';

/** Schema history. Never edit an old version: add a new one with an upgrade. */
export function defineSchema(db: Dexie): void {
  // v1: first release, rounds keyed by id only.
  db.version(1).stores({ rounds: 'id', settings: 'key' });
  // v2: index rounds by update/seal time for the round list, add persisted Y.Docs.
  db.version(2)
    .stores({ rounds: 'id, updatedAt, sealedAt', settings: 'key', docs: 'id, updatedAt' })
    .upgrade(async (tx) => {
      await tx
        .table('rounds')
        .toCollection()
        .modify((row: StoredRound) => {
          // Copy the index fields out of the body; a body that does not parse is
          // left exactly as it was (it is reported later, never deleted).
          try {
            const parsed = JSON.parse(row.body) as { updatedAt?: unknown; sealedAt?: unknown };
            if (typeof parsed.updatedAt === 'string') row.updatedAt = parsed.updatedAt;
            if (typeof parsed.sealedAt === 'string') row.sealedAt = parsed.sealedAt;
          } catch {
            /* keep as is */
          }
        });
    });
  // v3: kept versions of the workspace doc (new table only; nothing to convert).
  db.version(3).stores({ rounds: 'id, updatedAt, sealedAt', settings: 'key', docs: 'id, updatedAt', versions: 'id, docId, at' });
  // v4: prepared seals (new table only; nothing to convert).
  db.version(4).stores({ rounds: 'id, updatedAt, sealedAt', settings: 'key', docs: 'id, updatedAt', versions: 'id, docId, at', seals: 'id' });
}

export class AccordDatabase extends Dexie {
  rounds!: Table<StoredRound, string>;
  settings!: Table<StoredSetting, string>;
  docs!: Table<StoredDoc, string>;
  versions!: Table<StoredVersion, string>;
  /**
   * Prepared seals: a seal written while the user reads the seal dialog of a live comparison,
   * so the reveal need not wait for a write after the click. Same shape as a round row;
   * local to this laptop (never in backups), dropped once the round is stored sealed.
   */
  seals!: Table<StoredRound, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    defineSchema(this);
  }
}
