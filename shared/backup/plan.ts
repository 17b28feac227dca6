import type { Round } from '../assessment/types';
import type { Backup, BackupDoc } from './format';

/*
 * What a restore will do, worked out before anything is written, so the user
 * sees the counts and chooses.
 *
 * replace — this laptop ends up exactly like the backup: every local round,
 *           setting and document not in the backup is removed (including rows
 *           that could not be read), everything in the backup is written.
 * merge   — nothing local is removed:
 *           rounds:   a backup round missing here is added; for the same id the
 *                     newer `updatedAt` wins (a tie keeps the local one); a local
 *                     row that could not be read is kept as it is.
 *           settings: local values are kept; missing keys are added.
 *           docs:     missing documents are added; a document on both sides is
 *                     merged with Yjs semantics by the caller (Y.mergeUpdates),
 *                     so edits from both laptops survive.
 */

export type RestoreMode = 'merge' | 'replace';

export interface CurrentData {
  rounds: readonly Pick<Round, 'id' | 'updatedAt'>[];
  /** Ids of stored round rows that could not be read. */
  unreadableRoundIds?: readonly string[];
  settings: Readonly<Record<string, string>>;
  docIds: readonly string[];
}

export interface RestorePlan {
  mode: RestoreMode;
  rounds: {
    /** Written, not on this laptop yet. */
    add: Round[];
    /** Written over the local round with the same id. */
    overwrite: Round[];
    /** Local rounds left as they are. */
    keep: string[];
    /** Local rounds (and unreadable rows) deleted. */
    remove: string[];
  };
  settings: { add: string[]; overwrite: string[]; keep: string[]; remove: string[] };
  docs: {
    add: BackupDoc[];
    /** Merge mode: combined with the local document. */
    merge: BackupDoc[];
    /** Replace mode: written over the local document. */
    overwrite: BackupDoc[];
    keep: string[];
    remove: string[];
  };
}

export interface RestoreCounts {
  added: number;
  overwritten: number;
  merged: number;
  kept: number;
  removed: number;
}

export function planRestore(current: CurrentData, backup: Backup, mode: RestoreMode): RestorePlan {
  const localRounds = new Map(current.rounds.map((r) => [r.id, r]));
  const unreadable = new Set(current.unreadableRoundIds ?? []);
  const backupRoundIds = new Set(backup.rounds.map((r) => r.id));
  const rounds: RestorePlan['rounds'] = { add: [], overwrite: [], keep: [], remove: [] };

  for (const round of backup.rounds) {
    const local = localRounds.get(round.id);
    if (mode === 'replace') {
      if (local || unreadable.has(round.id)) rounds.overwrite.push(round);
      else rounds.add.push(round);
    } else if (unreadable.has(round.id)) {
      // Never overwrite a damaged row in merge mode: it stays for inspection.
      continue;
    } else if (!local) rounds.add.push(round);
    else if (round.updatedAt > local.updatedAt) rounds.overwrite.push(round);
  }
  const overwritten = new Set(rounds.overwrite.map((r) => r.id));
  for (const id of [...localRounds.keys(), ...unreadable]) {
    if (overwritten.has(id)) continue;
    if (mode === 'replace' && !backupRoundIds.has(id)) rounds.remove.push(id);
    else rounds.keep.push(id);
  }

  const settings: RestorePlan['settings'] = { add: [], overwrite: [], keep: [], remove: [] };
  const incoming = backup.settings ?? {};
  for (const key of Object.keys(incoming)) {
    if (!(key in current.settings)) settings.add.push(key);
    else if (mode === 'replace') settings.overwrite.push(key);
    else settings.keep.push(key);
  }
  for (const key of Object.keys(current.settings)) {
    if (key in incoming) continue;
    if (mode === 'replace') settings.remove.push(key);
    else settings.keep.push(key);
  }

  const docs: RestorePlan['docs'] = { add: [], merge: [], overwrite: [], keep: [], remove: [] };
  const localDocs = new Set(current.docIds);
  const backupDocIds = new Set(backup.docs.map((d) => d.id));
  for (const doc of backup.docs) {
    if (!localDocs.has(doc.id)) docs.add.push(doc);
    else if (mode === 'replace') docs.overwrite.push(doc);
    else docs.merge.push(doc);
  }
  for (const id of current.docIds) {
    if (backupDocIds.has(id)) continue;
    if (mode === 'replace') docs.remove.push(id);
    else docs.keep.push(id);
  }

  return { mode, rounds, settings, docs };
}

/** Totals over rounds, settings and documents, for a one-line preview. */
export function restoreCounts(plan: RestorePlan): RestoreCounts {
  return {
    added: plan.rounds.add.length + plan.settings.add.length + plan.docs.add.length,
    overwritten: plan.rounds.overwrite.length + plan.settings.overwrite.length + plan.docs.overwrite.length,
    merged: plan.docs.merge.length,
    kept: plan.rounds.keep.length + plan.settings.keep.length + plan.docs.keep.length,
    removed: plan.rounds.remove.length + plan.settings.remove.length + plan.docs.remove.length,
  };
}

/** True when the restore would write nothing. */
export function isNoop(plan: RestorePlan): boolean {
  const c = restoreCounts(plan);
  return c.added + c.overwritten + c.merged + c.removed === 0;
}
