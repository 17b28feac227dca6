import type { Round } from '../assessment/types';

/**
 * This laptop's rounds a kept partner round was compared with: the first comparison's
 * (`pairedWith`), then any later one that brought the same sealed round back (`alsoPairedWith`).
 * Empty for an own round and for a partner round kept before rounds were paired.
 */
export function comparedOwnIds(r: Pick<Round, 'receivedFrom' | 'pairedWith' | 'alsoPairedWith'>): string[] {
  if (!r.receivedFrom || !r.pairedWith) return [];
  return [r.pairedWith, ...(r.alsoPairedWith ?? []).filter((id) => id !== r.pairedWith)];
}

/**
 * Whether a CEO round and a CTO round may stand as one comparison. A partner's round kept from a
 * comparison (`pairedWith`, or `alsoPairedWith` when it was compared again, naming our round it was
 * compared with) stands only with those rounds: set against another of ours — say the one we sealed
 * since, whose live comparison has not revealed it — it makes a comparison that never happened, and
 * what is derived from it (the offsite agenda's gaps, the gap fixes offered) would go into the shared
 * workspace, telling the partner about answers that have not left this laptop. Our own rounds pair
 * freely (taking turns), as do partner rounds kept before rounds were paired.
 */
export function isComparedPair(a: Round, b: Round): boolean {
  const strays = (theirs: Round, ours: Round) => Boolean(theirs.receivedFrom && theirs.pairedWith && !ours.receivedFrom && !comparedOwnIds(theirs).includes(ours.id));
  return !strays(a, b) && !strays(b, a);
}
