import type { Round } from '../../../shared/assessment/types';
import { PIN_KEY_PREFIX } from '../../../shared/assessment/pins';
import { TAKE_TURNS_PAIR_SETTING, type RestorePlan } from '../../../shared/backup/plan';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { plainPartnerText } from '../../app/PartnerText';
import { day } from './history-format';

/*
 * What the restore preview names, beyond the counts: every round the restore would write and
 * every setting it would add. A backup may come from the partner, so the names, labels and
 * setting keys in it are partner text: cleaned of bidi overrides here (plainPartnerText), and
 * rendered in their own <bdi> by the summary (PartnerText).
 */

export interface RoundLine {
  id: string;
  label: string;
  /** "CEO" or "CTO". */
  role: string;
  personName: string;
  /** "sealed Nov 27, 2026" or "not sealed". */
  sealed: string;
  /** Marked as the partner's round (received from a peer or a file); otherwise it reads as this laptop's own. */
  partner: boolean;
  /** Replace mode: written over the round with the same id here. */
  replaces: boolean;
  /** The whole line as text. */
  text: string;
}

function line(round: Round, replaces: boolean): RoundLine {
  const label = plainPartnerText(round.label);
  const personName = plainPartnerText(round.personName);
  const role = ROLE_LABELS[round.role];
  const sealed = round.sealedAt ? `sealed ${day(round.sealedAt)}` : 'not sealed';
  const partner = round.receivedFrom !== undefined;
  const whose = partner ? 'marked as your partner’s round' : 'marked as this laptop’s own round';
  const text = `${label} · ${role} ${personName} · ${sealed} · ${whose}${replaces ? ' · replaces the copy here' : ''}`;
  return { id: round.id, label, role, personName, sealed, partner, replaces, text };
}

/** The rounds the restore would write: those added, then (Replace) those written over the copy here. */
export function roundLines(plan: RestorePlan): RoundLine[] {
  return [...plan.rounds.add.map((r) => line(r, false)), ...plan.rounds.overwrite.map((r) => line(r, true))];
}

/** Setting names the restore would add, and the backup's session settings it leaves out, cleaned. */
export function settingLines(plan: RestorePlan): { added: string[]; ignored: string[] } {
  return { added: plan.settings.add.map(plainPartnerText), ignored: plan.settings.ignored.map(plainPartnerText) };
}

/**
 * The backup's settings the restore leaves out, by kind (shared/backup/plan.ts): live sessions, and in
 * Merge this laptop's own choices. `pinsHere`: of the left-out pins, those for a comparison this laptop
 * has its own pins for (Merge keeps a local setting, so they are among `keep`).
 */
export function settingsLeftOut(plan: RestorePlan): { sessions: number; pair: boolean; pairHere: boolean; pins: number; pinsHere: number } {
  const ignored = plan.settings.ignored;
  const pinKeys = ignored.filter((k) => k.startsWith(PIN_KEY_PREFIX));
  const pair = ignored.includes(TAKE_TURNS_PAIR_SETTING);
  const pairHere = pair && plan.settings.keep.includes(TAKE_TURNS_PAIR_SETTING);
  const pinsHere = pinKeys.filter((k) => plan.settings.keep.includes(k)).length;
  return { sessions: ignored.length - pinKeys.length - (pair ? 1 : 0), pair, pairHere, pins: pinKeys.length, pinsHere };
}

/** The preview's words for a take-turns pair a Merge leaves out: "keeps its own" only when there is one here. */
export function pairLeftOutText(pairHere: boolean): string {
  return pairHere
    ? 'The backup’s take-turns pair is not merged: this laptop keeps its own (start taking turns again here if you need to).'
    : `The backup’s take-turns pair is not merged, and this laptop has none: start taking turns here if you need to. ${REPLACE_KEEPS_PAIR}`;
}

/** Said wherever a Merge leaves out own choices: one's own backup onto a new laptop keeps them only this way. */
const REPLACE_KEEPS_THEM = 'If this is your own backup (onto a new laptop, say), restore it with Replace to keep them.';
const REPLACE_KEEPS_PAIR = 'If this is your own backup (onto a new laptop, say), restore it with Replace to keep it.';

/**
 * The preview's words for pins a Merge leaves out (`pins`: how many comparisons they are for;
 * `pinsHere`: how many of those have pins chosen on this laptop). With none here, nothing is kept
 * in their place, so the text must not say so: restoring one's own backup with Merge would
 * otherwise silently start the plan from no chosen gap.
 */
export function pinsLeftOutText(pins: number, pinsHere: number): string {
  const which = pins === 1 ? 'one comparison' : `${pins} comparisons`;
  const here = pinsHere > 0 ? ': this laptop keeps the ones chosen here' : ', and none are chosen on this laptop';
  return `The gaps the backup says were chosen to work on (for ${which}) are not merged${here}. ${REPLACE_KEEPS_THEM} Gaps your partner pinned show in the plan as their proposal, to take or leave.`;
}

/**
 * Why a Merge leaves out a round the backup's take-turns pair keeps private (shared/backup/plan.ts,
 * KeptOutReason), in the preview's words (`role`: the round's, "CEO"/"CTO"). The pair is not merged,
 * so the round would arrive with no lock: open to the other leader before its owner seals.
 */
export function privateLeftOutText(reason: 'locked' | 'pair-unreadable', role: string): string {
  return reason === 'locked'
    ? `the ${role}’s private round, not sealed and locked with their passphrase: it is left out, as its lock is not merged — added without it, whoever uses this laptop could read and change it. If this is your own backup (onto a new laptop, say), restore it with Replace: the round comes back still locked.`
    : // Not Replace: the store cannot read that pair either, so after Replace the round would be open too.
      `the ${role}’s round, not sealed: it is left out, as the backup’s take-turns pair could not be read and may lock it — added, whoever uses this laptop could read and change it.`;
}

/** After a Merge: this laptop's own choices in the backup that were not taken (empty when none). */
export function choicesLeftOutText(plan: RestorePlan): string {
  const { pair, pins } = settingsLeftOut(plan);
  const parts = [...(pins ? ['the gaps it says were chosen to work on'] : []), ...(pair ? ['its take-turns pair'] : [])];
  return parts.length ? ` Not merged, as choices made on this laptop stay its own: ${parts.join(' and ')}. ${REPLACE_KEEPS_THEM}` : '';
}

/**
 * The preview's words for the partner's rounds a Merge adds: planRestore marks each unverified, as
 * this laptop never checked it against a seal (empty when it adds none).
 */
export function unverifiedAddedText(plan: RestorePlan): string {
  const n = plan.mode === 'merge' ? plan.rounds.add.filter((r) => r.receivedFrom).length : 0;
  if (!n) return '';
  const which = n === 1 ? 'Your partner’s round this Merge adds is' : `Your partner’s ${n} rounds this Merge adds are`;
  const it = n === 1 ? 'it' : 'them';
  // Replace takes the backup's rounds as they are: one's own backup restored onto a new laptop keeps what it had checked.
  return `${which} marked “not verified”: this laptop did not check ${it} against a seal. If this is your own backup (onto a new laptop, say), Replace restores ${it} as checked when the backup was made.`;
}

/** The workspace document's id (workspace-owner.ts's WORKSPACE_DOC_ID, not imported: it brings Yjs along). */
const WORKSPACE_DOC = 'workspace';

/**
 * After a Merge: how many of this laptop's values, texts, list cells and list orders it kept where
 * the backup's differed (merge-doc.ts), and the workspace version kept just before it (BackupPanel's
 * beforeRestore), which takes back what it added. Empty when the Merge merged no document.
 */
export function mergeKeptText(plan: RestorePlan, keptLocalValues: number): string {
  if (plan.mode !== 'merge') return '';
  const one = keptLocalValues === 1;
  const kept = keptLocalValues
    ? ` ${one ? '1 value here' : `${keptLocalValues} values here`} (a field, a text, a list or the order of a list) differed in the backup and ${one ? 'was' : 'were'} kept as ${one ? 'it is' : 'they are'} here.`
    : '';
  const version = plan.docs.merge.some((d) => d.id === WORKSPACE_DOC)
    ? ' The workspace as it was just before the Merge is kept as a version: Versions, on the Workspace page, puts it back.'
    : '';
  return kept + version;
}
