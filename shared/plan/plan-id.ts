/**
 * Which pair of rounds a plan is built from, as a short hash of what both leaders sealed.
 * Both laptops compute the same id (a kept partner round carries the sealed content, not the
 * partner's local round id), and the next round's plan gets another. The plan's calendar
 * UIDs use it: exporting the same plan again, on any day and from either laptop, updates its
 * events instead of adding a second copy, and a later plan never overwrites an earlier one's.
 */
import type { Round } from '../assessment/types';
import { payloadFromRound } from '../reveal/payload';
import { contentHash } from '../workspace/agreement';

/** A round as sealed (the committed payload); an unsealed round by its id, which is all it has. */
const identity = (r: Round) => (r.sealedAt ? payloadFromRound(r) : { unsealed: r.id });

export function planIdOf(ceoRound: Round, ctoRound: Round): string {
  return contentHash({ ceo: identity(ceoRound), cto: identity(ctoRound) });
}
