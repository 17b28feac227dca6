import type { Round } from '../assessment/types';

/**
 * Whether a CEO round and a CTO round may stand as one comparison. A partner's round kept from a
 * comparison (`pairedWith` naming our round it was compared with) stands only with that round:
 * set against another of ours — say the one we sealed since, whose live comparison has not
 * revealed it — it makes a comparison that never happened, and what is derived from it (the
 * offsite agenda's gaps, the gap fixes offered) would go into the shared workspace, telling the
 * partner about answers that have not left this laptop. Our own rounds pair freely (taking
 * turns), as do partner rounds kept before rounds were paired.
 */
export function isComparedPair(a: Round, b: Round): boolean {
  const strays = (theirs: Round, ours: Round) => Boolean(theirs.receivedFrom && theirs.pairedWith && !ours.receivedFrom && theirs.pairedWith !== ours.id);
  return !strays(a, b) && !strays(b, a);
}
