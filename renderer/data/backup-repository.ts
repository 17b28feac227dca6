import type { Round } from '../../shared/assessment/types';
import { buildBackup, type Backup } from '../../shared/backup/format';
import { fromBase64 } from '../../shared/backup/base64';
import { planRestore, type CurrentData, type RestoreMode, type RestorePlan } from '../../shared/backup/plan';
import type { AccordDatabase, StoredDoc, StoredRound } from './db';
import { decodeStoredRound } from './dexie-round-repository';
import type { StoredProblem } from './round-repository';

/*
 * Export everything on this laptop into one backup, and restore one.
 *
 * A restore is ONE Dexie read-write transaction over rounds, settings and docs:
 * the plan is recomputed inside it from what is stored at that moment, and any
 * error (a damaged Yjs update, a failed write, a quota error) aborts it, so the
 * database is either fully restored or exactly as it was. Everything that can
 * be checked beforehand (base64, Yjs decoding) is checked before it starts.
 */

export type RestorePhase = 'checking' | 'writing' | 'done';

export interface ExportResult {
  backup: Backup;
  /** Stored rows that could not be read and so are not in the backup. */
  skipped: StoredProblem[];
}

export interface RestoreResult {
  plan: RestorePlan;
}

type Yjs = typeof import('yjs');

export class BackupRepository {
  constructor(private readonly db: AccordDatabase) {}

  /** What is stored now, in the shape planRestore takes (for the preview). */
  async current(): Promise<CurrentData> {
    return this.db.transaction('r', this.db.rounds, this.db.settings, this.db.docs, () => this.readCurrent());
  }

  async exportAll(now: Date = new Date()): Promise<ExportResult> {
    return this.db.transaction('r', this.db.rounds, this.db.settings, this.db.docs, async () => {
      const rows = await this.db.rounds.toArray();
      const rounds: Round[] = [];
      const skipped: StoredProblem[] = [];
      for (const row of rows) {
        const decoded = decodeStoredRound(row);
        if (decoded.ok) rounds.push(decoded.round);
        else skipped.push(decoded.problem);
      }
      const settings = Object.fromEntries((await this.db.settings.toArray()).map((s) => [s.key, s.value]));
      const docs = (await this.db.docs.toArray()).map((d) => {
        const doc: { id: string; update: Uint8Array; updatedAt?: string; meta?: string } = { id: d.id, update: d.update };
        if (d.updatedAt) doc.updatedAt = d.updatedAt;
        if (d.meta !== undefined) doc.meta = d.meta;
        return doc;
      });
      return { backup: buildBackup({ rounds, settings, docs, now }), skipped };
    });
  }

  /**
   * Restores a backup that passed parseBackup. Resolves with the plan that was
   * carried out; rejects (with nothing written) on any failure.
   */
  async restore(backup: Backup, mode: RestoreMode, onPhase?: (phase: RestorePhase) => void): Promise<RestoreResult> {
    onPhase?.('checking');
    const Y: Yjs = await import('yjs');
    // Decode and check every document before the transaction starts.
    const updates = new Map<string, Uint8Array>();
    backup.docs.forEach((doc, i) => {
      let bytes: Uint8Array;
      try {
        bytes = fromBase64(doc.update);
        Y.decodeUpdate(bytes);
      } catch (e) {
        throw new Error(`docs[${i}].update: not a readable Yjs document (${e instanceof Error ? e.message : String(e)})`);
      }
      updates.set(doc.id, bytes);
    });

    onPhase?.('writing');
    const now = new Date().toISOString();
    const plan = await this.db.transaction('rw', this.db.rounds, this.db.settings, this.db.docs, async () => {
      const current = await this.readCurrent();
      const plan = planRestore(current, backup, mode);
      const roundRow = (r: Round): StoredRound => ({ id: r.id, body: JSON.stringify(r), updatedAt: r.updatedAt, sealedAt: r.sealedAt });
      const docRow = (id: string, update: Uint8Array, updatedAt: string | undefined, meta: string | undefined): StoredDoc => {
        const row: StoredDoc = { id, update, updatedAt: updatedAt ?? now };
        if (meta !== undefined) row.meta = meta;
        return row;
      };

      if (mode === 'replace') {
        await Promise.all([this.db.rounds.clear(), this.db.settings.clear(), this.db.docs.clear()]);
        await this.db.rounds.bulkPut(backup.rounds.map(roundRow));
        await this.db.settings.bulkPut(Object.entries(backup.settings ?? {}).map(([key, value]) => ({ key, value })));
        await this.db.docs.bulkPut(backup.docs.map((d) => docRow(d.id, updates.get(d.id)!, d.updatedAt, d.meta)));
        return plan;
      }

      await this.db.rounds.bulkPut([...plan.rounds.add, ...plan.rounds.overwrite].map(roundRow));
      await this.db.settings.bulkPut(plan.settings.add.map((key) => ({ key, value: backup.settings![key] })));
      const docRows: StoredDoc[] = plan.docs.add.map((d) => docRow(d.id, updates.get(d.id)!, d.updatedAt, d.meta));
      for (const d of plan.docs.merge) {
        const local = await this.db.docs.get(d.id);
        // Y semantics: the merged update holds both laptops' edits; applying it twice is harmless.
        const merged = local ? Y.mergeUpdates([local.update, updates.get(d.id)!]) : updates.get(d.id)!;
        docRows.push(docRow(d.id, merged, now, local?.meta ?? d.meta));
      }
      await this.db.docs.bulkPut(docRows);
      return plan;
    });
    onPhase?.('done');
    return { plan };
  }

  private async readCurrent(): Promise<CurrentData> {
    const rows = await this.db.rounds.toArray();
    const rounds: Pick<Round, 'id' | 'updatedAt'>[] = [];
    const unreadableRoundIds: string[] = [];
    for (const row of rows) {
      const decoded = decodeStoredRound(row);
      if (decoded.ok) rounds.push({ id: row.id, updatedAt: decoded.round.updatedAt });
      else unreadableRoundIds.push(row.id);
    }
    const settings = Object.fromEntries((await this.db.settings.toArray()).map((s) => [s.key, s.value]));
    const docIds = (await this.db.docs.toCollection().primaryKeys()) as string[];
    return { rounds, unreadableRoundIds, settings, docIds };
  }
}
