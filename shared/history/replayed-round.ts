/**
 * A partner's sealed round brought back in a later comparison: the partner re-used the round they
 * sealed last quarter instead of answering again (or replayed it on purpose). It verifies like any
 * seal — it is what they sealed — but it is not a new diagnostic. It stays one record (kept once per
 * sealed content): `pairedWith` names the first comparison's round of ours, `alsoPairedWith` the
 * later ones, so History and the plan can pick the later comparison and say what it was.
 */
import type { Round } from '../assessment/types';
import { ROLE_LABELS } from '../framework/labels';
import { localDayOf } from '../workspace/dates';
import type { Period } from './periods';

/** Whether `partner` was compared with our round `own` after it had been compared with another of ours. */
export function isReplayedFor(partner: Pick<Round, 'receivedFrom' | 'pairedWith' | 'alsoPairedWith'>, own: Pick<Round, 'id'>): boolean {
  return Boolean(partner.receivedFrom && partner.pairedWith && partner.pairedWith !== own.id && partner.alsoPairedWith?.includes(own.id));
}

/**
 * Said on Compare when the round revealed is one kept from an earlier comparison (`first`: our round
 * it was compared with then, undefined when it is no longer on this laptop). No partner text: the
 * role, their seal's day and our own round's label.
 */
export function replayedRoundNotice(partner: Pick<Round, 'role' | 'sealedAt'>, first: Pick<Round, 'label' | 'sealedAt'> | undefined): string {
  const role = ROLE_LABELS[partner.role];
  const sealed = partner.sealedAt ? localDayOf(partner.sealedAt) : 'an earlier day';
  const before = first
    ? `your round “${first.label.trim()}”${first.sealedAt ? ` (sealed ${localDayOf(first.sealedAt)})` : ''}`
    : 'another round of yours, no longer on this laptop';
  return (
    `Not a new diagnostic: the ${role}’s answers here are the round they sealed on ${sealed}, already compared with ${before}. ` +
    `History and the repair plan keep them as the ${role}’s answers for this round too, dated ${sealed}. ` +
    `If this comparison should show where the ${role} stands now, ask them to answer a new round.`
  );
}

/** A period whose charted partner round was brought back from an earlier comparison. */
export interface ReplayedInPeriod {
  period: string;
  role: Round['role'];
  sealedAt?: string;
}

/**
 * The periods where one leader's point repeats answers sealed for an earlier comparison: the trends
 * chart them (that is the comparison there was), and must say the line did not measure anything new.
 */
export function replayedInPeriods(periods: readonly Period[]): ReplayedInPeriod[] {
  return periods.flatMap((p) =>
    (['ceo', 'cto'] as const).flatMap((role) => {
      const theirs = p[role];
      const own = p[role === 'ceo' ? 'cto' : 'ceo'];
      return theirs && own && isReplayedFor(theirs, own) ? [{ period: p.label, role, ...(theirs.sealedAt ? { sealedAt: theirs.sealedAt } : {}) }] : [];
    }),
  );
}
