import { PIN_KEY_PREFIX } from '../assessment/pins';
import { parsePair } from '../assessment/take-turns-pair';
import type { Round } from '../assessment/types';
import { canonicalJson } from '../reveal/canonical-json';
import type { Backup, BackupDoc } from './format';

/*
 * What a restore will do, worked out before anything is written, so the user
 * sees the counts and chooses.
 *
 * replace — this laptop ends up exactly like the backup: every local round,
 *           setting and document not in the backup is removed (including rows
 *           that could not be read), everything in the backup is written.
 * merge   — nothing local is removed or replaced ("keep everything here"):
 *           rounds:   a backup round missing here is added (a partner's round
 *                     marked unverified) — but not an unsealed round the
 *                     backup's take-turns pair locks (its lock is not merged);
 *                     a round on both
 *                     sides stays as it is here. When the backup's copy differs
 *                     it is left out and reported — above all for a round sealed
 *                     here, whose answers must never change after sealing. A
 *                     local row that could not be read is kept for inspection.
 *           settings: local values are kept; missing keys are added, except
 *                     session settings (isSessionSetting), never restored, and
 *                     this laptop's own choices (isOwnChoiceSetting).
 *           docs:     missing documents are added; a document on both sides is
 *                     merged by the caller keeping every local item and value
 *                     (renderer/data/merge-doc.ts), adding the backup's.
 */

export type RestoreMode = 'merge' | 'replace';

/**
 * Settings that hold a live network session or its secrets; a restore never writes them, in
 * either mode, and an export leaves them out. Any other setting is plain data.
 *
 *   compare.session            the comparison in progress (room, secret key, signaling address,
 *                              isHost): `resume()` (renderer/stores/compare-store.ts) reconnects
 *                              to it at start, and with isHost listens on the LAN. Restored from
 *                              a backup the partner handed over, it joins their room and
 *                              workspace unasked; restored onto a new laptop, it would come up
 *                              in a room from the past as if never left. A comparison is started
 *                              again from the Compare page.
 *   compare.identity.<room>.<round>  the salt and participant id committed in that room. The
 *                              salt is what keeps a commitment from giving away the answers (the
 *                              answer space is small): one planted by the partner would be known
 *                              to them. Never from a file; a rejoin after a restore commits anew.
 *
 * Kept (plain data, no session starts from them): `compare.withheld` (History's record of a
 * partner who never revealed), gap pins, `local.pair` (same-laptop turns: round ids and
 * passphrase locks, needed after restoring onto a new laptop; export redacts a left-out round's),
 * and preferences; Merge leaves out the pins and the pair (isOwnChoiceSetting), and so the
 * unsealed rounds the pair locks (privateInBackup). `file-exchange-store` keeps no setting.
 * Replace removes the local session settings like every other local setting not in the backup:
 * the laptop becomes the backup, and nothing reconnects after the reload.
 */
export function isSessionSetting(key: string): boolean {
  return key === 'compare.session' || key.startsWith('compare.identity.');
}

/** The take-turns pair on this laptop (renderer/stores/local-pair-store.ts). */
export const TAKE_TURNS_PAIR_SETTING = 'local.pair';

/**
 * Settings that record a choice this laptop's own user made. Merge never takes one from a file:
 * a backup may be the partner's, and what it says this user chose, this user did not choose here
 * (like the agreement records, which are not exported at all).
 *
 *   local.pair   the take-turns pair: it names which rounds here are private and locks them with
 *                passphrases, so a crafted backup could hide this laptop's own rounds behind a
 *                passphrase nobody here knows.
 *   gap-pins:*   the gaps this user chose to work on in one comparison (pinKey: the two seal times,
 *                which the partner knows). Taken from their file, their pins would read in this
 *                laptop's plan as "the gaps you chose to work on". Their pins still arrive with the
 *                shared workspace, shown as their proposal to take or leave (resolvePins).
 *
 * Replace does restore them: it makes this laptop the backup — one's own backup onto a new or
 * repaired laptop, after a confirmation that everything here is replaced — so the choices in it
 * are the ones its user made. Not a choice: `compare.withheld`, a record of what this laptop saw
 * (Merge keeps a local record as it is, like every local setting).
 */
export function isOwnChoiceSetting(key: string): boolean {
  return key === TAKE_TURNS_PAIR_SETTING || key.startsWith(PIN_KEY_PREFIX);
}

/**
 * Why Merge leaves a backup round out. `other-leader`: the other leader's own unsealed round on a
 * laptop whose own rounds are all one leader's — added, it would count as answered here, and the
 * laptop would read as shared by both (laptop-role.ts), so a file could then confirm in this
 * leader's name. (Sealed, such a round is added as received: the partner's.)
 * `locked`: an unsealed round the backup's take-turns pair locks with its owner's passphrase.
 * Merge never takes the pair (isOwnChoiceSetting), so added, the round would be open to whoever
 * sits at this laptop — the other leader could read and change it before its owner seals. Replace
 * restores it with its lock. `pair-unreadable`: the backup's pair cannot be read, so which round
 * it locks is unknown; every unsealed round of a role this laptop has no own round of stays out.
 */
export type KeptOutReason = 'sealed-here' | 'differs' | 'unreadable-here' | 'other-leader' | 'locked' | 'pair-unreadable';

export interface CurrentData {
  /** Local rounds; the full round where known, so a backup copy can be compared with it. */
  rounds: readonly (Pick<Round, 'id' | 'updatedAt'> & Partial<Round>)[];
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
    /** Merge mode: backup copies that differ from the round here, left out. */
    keptOut: { round: Round; reason: KeptOutReason }[];
  };
  settings: {
    add: string[];
    overwrite: string[];
    keep: string[];
    remove: string[];
    /** Settings in the backup never written: session settings (isSessionSetting), and in Merge this laptop's own choices (isOwnChoiceSetting). */
    ignored: string[];
  };
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
  const rounds: RestorePlan['rounds'] = { add: [], overwrite: [], keep: [], remove: [], keptOut: [] };

  // This laptop's leader, when its own rounds (not received ones) are all one role's and the pair
  // does not take turns on it (this laptop's own setting, never the backup's: the other leader's
  // turn may simply not have come yet).
  const ownRoles = new Set(current.rounds.filter((r) => !r.receivedFrom && r.role).map((r) => r.role));
  const takesTurns = Boolean(current.settings[TAKE_TURNS_PAIR_SETTING]);
  const laptopRole = ownRoles.size === 1 && !takesTurns ? [...ownRoles][0] : undefined;
  const privateInFile = mode === 'merge' ? privateInBackup(backup, ownRoles) : () => undefined;
  for (const inFile of backup.rounds) {
    const local = localRounds.get(inFile.id);
    // The other leader's own round (on a laptop with one leader): sealed, it comes as their round
    // received here — History and trends keep it, it counts as answered by neither here, and it is
    // the same round the next time the file is merged; unsealed, it is their draft and stays out.
    const theirs = mode === 'merge' && laptopRole !== undefined && !inFile.receivedFrom && inFile.role !== laptopRole;
    const round: Round = theirs && inFile.sealedAt ? { ...inFile, receivedFrom: 'file' } : inFile;
    const privateThere = local ? undefined : privateInFile(round);
    if (mode === 'replace') {
      if (local || unreadable.has(round.id)) rounds.overwrite.push(round);
      else rounds.add.push(round);
    } else if (unreadable.has(round.id)) {
      // Never overwrite a damaged row in merge mode: it stays for inspection.
      rounds.keptOut.push({ round, reason: 'unreadable-here' });
    } else if (privateThere) rounds.keptOut.push({ round, reason: privateThere });
    else if (!local && theirs && !round.sealedAt) rounds.keptOut.push({ round, reason: 'other-leader' });
    // A partner's round added by Merge was never checked against a seal here, whatever the file
    // says: anyone can write a backup, and its rounds must not read as verified (Round.unverified).
    else if (!local) rounds.add.push(round.receivedFrom ? { ...round, unverified: true } : round);
    else if (!sameRound(local, round)) rounds.keptOut.push({ round, reason: local.sealedAt ? 'sealed-here' : 'differs' });
  }
  const overwritten = new Set(rounds.overwrite.map((r) => r.id));
  for (const id of [...localRounds.keys(), ...unreadable]) {
    if (overwritten.has(id)) continue;
    if (mode === 'replace' && !backupRoundIds.has(id)) rounds.remove.push(id);
    else rounds.keep.push(id);
  }

  const settings: RestorePlan['settings'] = { add: [], overwrite: [], keep: [], remove: [], ignored: [] };
  const all = backup.settings ?? {};
  // Merge also leaves out this laptop's own choices (the take-turns pair, gap pins): see isOwnChoiceSetting.
  const notRestored = (key: string) => isSessionSetting(key) || (mode === 'merge' && isOwnChoiceSetting(key));
  const incoming = Object.fromEntries(Object.entries(all).filter(([key]) => !notRestored(key)));
  settings.ignored = Object.keys(all).filter(notRestored);
  // Own keys only: `"constructor" in {}` is true, which would plan a missing setting as kept (and never write it).
  const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
  for (const key of Object.keys(incoming)) {
    if (!has(current.settings, key)) settings.add.push(key);
    else if (mode === 'replace') settings.overwrite.push(key);
    else settings.keep.push(key);
  }
  for (const key of Object.keys(current.settings)) {
    if (has(incoming, key)) continue;
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

/**
 * Merge: which of the backup's rounds its take-turns pair keeps private, and so must stay out, as
 * the pair and its locks are never merged. In every Merge, even onto a laptop with the same pair and
 * lock: the pair here is this laptop's own choice, and whether a round is private here must not
 * hinge on what a file says. Read with the store's own validator; a pair present but unreadable
 * locks who knows which round, so every unsealed round of a role with no own round here stays
 * out (an own role's draft is this laptop's user's, not the other leader's).
 */
function privateInBackup(backup: Backup, ownRoles: ReadonlySet<string | undefined>): (round: Round) => KeptOutReason | undefined {
  const text = backup.settings?.[TAKE_TURNS_PAIR_SETTING];
  if (text === undefined || text.trim() === '') return () => undefined;
  const pair = parsePair(text);
  if (!pair) return (round) => (!round.sealedAt && !ownRoles.has(round.role) ? 'pair-unreadable' : undefined);
  const locked = (id: string) => (id === pair.ceoRoundId || id === pair.ctoRoundId) && Boolean(pair.locks[id]);
  return (round) => (!round.sealedAt && locked(round.id) ? 'locked' : undefined);
}

/** Equal, apart from whether this laptop verified it (one copy may be marked, the other not). */
function sameRound(local: Partial<Round>, backup: Round): boolean {
  const content = ({ unverified: _, ...rest }: Partial<Round>) => canonicalJson(rest);
  try {
    return content(local) === content(backup);
  } catch {
    return false;
  }
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
