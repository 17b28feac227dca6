import type { Round } from '../../shared/assessment/types';
import { MAX_BACKUP_BYTES, MAX_BACKUP_DOC_BYTES, buildBackup, serializeBackup, type Backup } from '../../shared/backup/format';
import { fromBase64 } from '../../shared/backup/base64';
import { isSessionSetting, planRestore, type CurrentData, type RestoreMode, type RestorePlan } from '../../shared/backup/plan';
import type { AccordDatabase, StoredDoc, StoredRound } from './db';
import { decodeStoredRound } from './dexie-round-repository';
import type { StoredProblem } from './round-repository';
import { mergeKeepingLocal } from './merge-doc';
import { dropAllPendingSeals } from './pending-seal';
import { describeDropped, dropDeepTypes } from './deep-types';
import { checkHeldEntries, type PeerLimits } from '../sync/peer-guard';
import { newRestoreEpoch } from '../sync/restore-epoch';
import type { Doc } from 'yjs';

/*
 * Export everything on this laptop into one backup, and restore one.
 *
 * A restore is ONE Dexie read-write transaction over rounds, settings and docs:
 * the plan is recomputed inside it from what is stored at that moment, and any
 * error (a damaged Yjs update, a failed write, a quota error) aborts it, so the
 * database is either fully restored or exactly as it was. Everything that can
 * be checked beforehand (base64, Yjs decoding, entry limits) is checked before it starts.
 */

export type RestorePhase = 'checking' | 'writing' | 'done';

export interface ExportResult {
  backup: Backup;
  /** Stored rows that could not be read and so are not in the backup. */
  skipped: StoredProblem[];
}

export interface RestoreResult {
  plan: RestorePlan;
  /** Merge mode: local values, texts, list cells and list orders the backup would have changed, kept as they are here. */
  keptLocalValues: number;
  /** Shared types nested too deep to read safely (here or in the backup), left out: one line each, with where. */
  dropped: string[];
}

export interface ExportOptions {
  /** Rounds that must not leave this laptop now (a private round on a shared laptop). */
  leaveOut?: ReadonlySet<string>;
  /** Rewrites a setting before export (drops what belongs to a left-out round); undefined drops it. */
  redactSetting?: (key: string, value: string, leaveOut: ReadonlySet<string>) => string | undefined;
}

export interface BackupHooks {
  /**
   * Runs before a restore, Replace or Merge, writes anything, so the workspace as it was
   * can be recovered (a workspace version, kept in a table Replace does not clear): a Merge
   * keeps what is here, yet it adds rows, entries and rows brought back, which only a
   * version takes away again. The History page passes the workspace's `snapshotWorkspace`.
   * A failure stops the restore.
   */
  beforeRestore?: (mode: RestoreMode) => Promise<void>;
  /**
   * Runs (after beforeRestore) just before either mode writes: the History page passes
   * `closeWorkspace`, so the open workspace saves what is pending first and then never
   * writes its old state over the restored one. A failure stops the restore.
   */
  beforeWrite?: (mode: RestoreMode) => Promise<void>;
}

/** What to do when only the merge is over a limit: each side alone may be within it, and Replace writes the backup's alone. */
const MERGED_OVER_LIMIT = '; use Replace, or restore on a laptop with less here';

/**
 * A backup may hold the partner's bytes as much as a live session's updates do, so it is held to
 * the entries a live session accepts (rows, entries in one row or list cell, entries in all): past
 * them, every read of the workspace walks the flood. Throws naming the document and where, and
 * `whatToDo` when there is something to do (MERGED_OVER_LIMIT).
 */
function checkEntryLimits(doc: Doc, limits: PeerLimits, what: string, whatToDo = ''): void {
  const over = checkHeldEntries(doc, limits);
  if (over) throw new Error(`${what}: ${over} — more than a live session accepts from the partner${whatToDo}`);
}

export class BackupRepository {
  constructor(
    private readonly db: AccordDatabase,
    private readonly hooks: BackupHooks = {},
  ) {}

  /** What is stored now, in the shape planRestore takes (for the preview). */
  async current(): Promise<CurrentData> {
    return this.db.transaction('r', this.db.rounds, this.db.settings, this.db.docs, () => this.readCurrent());
  }

  /**
   * Everything on this laptop as one backup, minus `leaveOut` rounds. Rejects
   * when a document or the whole file is over what a restore accepts: a backup
   * that cannot be restored is worse than none, because it looks like one.
   *
   * Not exported: this laptop's own agreement records (localStorage, renderer/sync/workspace-agreement.ts).
   * They are what stops the partner from filing a confirmation as this laptop's; taken back from an
   * unauthenticated file, a crafted one would forge "agreed by both". Until a backup can be authenticated
   * as this laptop's, a new laptop confirms again (review r11, open).
   */
  async exportAll(now: Date = new Date(), options: ExportOptions = {}): Promise<ExportResult & { leftOut: string[] }> {
    const leaveOut = options.leaveOut ?? new Set<string>();
    const result = await this.db.transaction('r', this.db.rounds, this.db.settings, this.db.docs, async () => {
      const rows = await this.db.rounds.toArray();
      const rounds: Round[] = [];
      const skipped: StoredProblem[] = [];
      const leftOut: string[] = [];
      for (const row of rows) {
        if (leaveOut.has(row.id)) {
          leftOut.push(row.id);
          continue;
        }
        const decoded = decodeStoredRound(row);
        if (decoded.ok) rounds.push(decoded.round);
        else skipped.push(decoded.problem);
      }
      const settings: Record<string, string> = {};
      for (const { key, value } of await this.db.settings.toArray()) {
        // A live session's room, secret and salt never leave in a file (see isSessionSetting).
        if (isSessionSetting(key)) continue;
        const kept = options.redactSetting ? options.redactSetting(key, value, leaveOut) : value;
        if (kept !== undefined) settings[key] = kept;
      }
      const docs = (await this.db.docs.toArray()).map((d) => {
        const doc: { id: string; update: Uint8Array; updatedAt?: string; meta?: string } = { id: d.id, update: d.update };
        if (d.updatedAt) doc.updatedAt = d.updatedAt;
        if (d.meta !== undefined) doc.meta = d.meta;
        return doc;
      });
      return { backup: buildBackup({ rounds, settings, docs, now }), skipped, leftOut };
    });
    for (const doc of result.backup.docs) {
      const bytes = Math.floor((doc.update.length * 3) / 4);
      if (bytes > MAX_BACKUP_DOC_BYTES) throw new Error(`the shared document "${doc.id}" is ${bytes} bytes, over the ${MAX_BACKUP_DOC_BYTES}-byte limit a restore accepts`);
    }
    const size = serializeBackup(result.backup).length;
    if (size > MAX_BACKUP_BYTES) throw new Error(`the backup would be ${size} bytes, over the ${MAX_BACKUP_BYTES}-byte limit a restore accepts`);
    return result;
  }

  /**
   * Restores a backup that passed parseBackup. Resolves with the plan that was
   * carried out; rejects (with nothing written) on any failure.
   */
  async restore(backup: Backup, mode: RestoreMode, onPhase?: (phase: RestorePhase) => void): Promise<RestoreResult> {
    onPhase?.('checking');
    // workspace-sync is loaded with the restore, as yjs: it brings the network code along.
    const [Y, { WORKSPACE_LIMITS }] = await Promise.all([import('yjs'), import('../sync/workspace-sync')]);
    // Decode and check every document before the transaction starts.
    const updates = new Map<string, Uint8Array>();
    const dropped: string[] = [];
    backup.docs.forEach((doc, i) => {
      // Applied, not only decoded: an update that builds on changes it does not carry
      // decodes fine but shows nothing once loaded (its content stays pending). A live
      // session never stores one (the peer bridge holds such updates back), so a backup
      // holding one is damaged or made by hand.
      const scratch = new Y.Doc(); // gc on, as deep-types.ts needs
      try {
        let bytes: Uint8Array;
        try {
          bytes = fromBase64(doc.update);
          Y.applyUpdate(scratch, bytes);
          if (scratch.store.pendingStructs || scratch.store.pendingDs) throw new Error('the document depends on changes it does not contain');
        } catch (e) {
          throw new Error(`docs[${i}].update: not a readable Yjs document (${e instanceof Error ? e.message : String(e)})`);
        }
        // A backup made on a laptop that took in a partner's flood before the guard refused it:
        // either mode would store the subtree again, and every later merge would trip on it.
        const left = dropDeepTypes(scratch);
        dropped.push(...describeDropped(doc.id, 'the backup', left));
        checkEntryLimits(scratch, WORKSPACE_LIMITS, `docs "${doc.id}"`);
        updates.set(doc.id, left.length ? Y.encodeStateAsUpdate(scratch) : bytes);
      } finally {
        scratch.destroy();
      }
    });

    await this.hooks.beforeRestore?.(mode);
    await this.hooks.beforeWrite?.(mode);
    onPhase?.('writing');
    let keptLocalValues = 0;
    const now = new Date().toISOString();
    const plan = await this.db.transaction('rw', this.db.rounds, this.db.settings, this.db.docs, this.db.seals, async () => {
      const current = await this.readCurrent();
      const plan = planRestore(current, backup, mode);
      const roundRow = (r: Round): StoredRound => ({ id: r.id, body: JSON.stringify(r), updatedAt: r.updatedAt, sealedAt: r.sealedAt });
      const docRow = (id: string, update: Uint8Array, updatedAt: string | undefined, meta: string | undefined, epoch: string | undefined): StoredDoc => {
        const row: StoredDoc = { id, update, updatedAt: updatedAt ?? now };
        if (meta !== undefined) row.meta = meta;
        if (epoch !== undefined) row.epoch = epoch;
        return row;
      };

      if (mode === 'replace') {
        // Prepared seals go with the rounds they were prepared from.
        await Promise.all([this.db.rounds.clear(), this.db.settings.clear(), this.db.docs.clear(), this.db.seals.clear()]);
        await this.db.rounds.bulkPut(backup.rounds.map(roundRow));
        // The plan's settings, not the file's: a session setting in the file is never written (isSessionSetting).
        await this.db.settings.bulkPut([...plan.settings.add, ...plan.settings.overwrite].map((key) => ({ key, value: backup.settings![key] })));
        // A new restore epoch with the restored docs, in this transaction: a tab still holding the
        // old workspace finds it inside its own save's transaction, and writes nothing (restore-epoch.ts).
        const epoch = newRestoreEpoch();
        await this.db.docs.bulkPut(backup.docs.map((d) => docRow(d.id, updates.get(d.id)!, d.updatedAt, d.meta, epoch)));
        return plan;
      }

      // Merge writes only rounds that are not here yet: a round here, sealed above all, is never replaced.
      if (plan.rounds.overwrite.length) throw new Error('merge must not overwrite a local round');
      await this.db.rounds.bulkAdd(plan.rounds.add.map(roundRow));
      await this.db.settings.bulkPut(plan.settings.add.map((key) => ({ key, value: backup.settings![key] })));
      // Merge keeps each row's epoch: a union removes nothing, so a tab's save merged over it loses nothing either.
      const docRows: StoredDoc[] = plan.docs.add.map((d) => docRow(d.id, updates.get(d.id)!, d.updatedAt, d.meta, undefined));
      for (const d of plan.docs.merge) {
        const local = await this.db.docs.get(d.id);
        let update = updates.get(d.id)!;
        if (local) {
          let merged;
          try {
            merged = mergeKeepingLocal(local.update, update);
          } catch (e) {
            throw new Error(`docs "${d.id}": could not be merged (${e instanceof Error ? e.message : String(e)})`);
          }
          if (merged.update.byteLength > MAX_BACKUP_DOC_BYTES) {
            throw new Error(`docs "${d.id}": merged, it would be ${merged.update.byteLength} bytes, over the ${MAX_BACKUP_DOC_BYTES}-byte limit${MERGED_OVER_LIMIT}`);
          }
          // Each side within the limits can still add up to more than them in one row.
          const result = new Y.Doc();
          try {
            Y.applyUpdate(result, merged.update);
            checkEntryLimits(result, WORKSPACE_LIMITS, `docs "${d.id}", merged with this laptop's`, MERGED_OVER_LIMIT);
          } finally {
            result.destroy();
          }
          keptLocalValues += merged.keptLocal;
          dropped.push(...describeDropped(d.id, 'this laptop', merged.dropped.here));
          update = merged.update;
        }
        docRows.push(docRow(d.id, update, now, local?.meta ?? d.meta, local?.epoch));
      }
      await this.db.docs.bulkPut(docRows);
      return plan;
    });
    // Notes of seals not stored went with the rounds a Replace removed or replaced (as the prepared seals did).
    if (mode === 'replace') dropAllPendingSeals();
    onPhase?.('done');
    return { plan, keptLocalValues, dropped };
  }

  private async readCurrent(): Promise<CurrentData> {
    const rows = await this.db.rounds.toArray();
    const rounds: Round[] = [];
    const unreadableRoundIds: string[] = [];
    for (const row of rows) {
      const decoded = decodeStoredRound(row);
      if (decoded.ok) rounds.push(decoded.round);
      else unreadableRoundIds.push(row.id);
    }
    const settings = Object.fromEntries((await this.db.settings.toArray()).map((s) => [s.key, s.value]));
    const docIds = (await this.db.docs.toCollection().primaryKeys()) as string[];
    return { rounds, unreadableRoundIds, settings, docIds };
  }
}
