import type { Round } from '../../../shared/assessment/types';
import type { RestorePlan } from '../../../shared/backup/plan';
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
