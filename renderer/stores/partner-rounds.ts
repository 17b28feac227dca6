import type { Round } from '../../shared/assessment/types';
import { roundFromPayload } from '../../shared/reveal/payload';
import type { SealedPayload } from '../../shared/reveal/types';
import { services } from './services';
import { useRoundsStore } from './rounds-store';
import { partnerRoundIds, sealedContentKey } from '../../shared/history/duplicate-rounds';
import { randomHex } from '../platform/digest';

/** Said when the place of a checked round held another round (see keepPartnerRound). */
export const PLANTED_ROUND_NOTICE =
  'A partner’s round with other answers was already stored on this laptop under this seal’s id — not by a comparison (a backup can add one). It is now marked “not verified”; the round checked against the seal is kept beside it, and History and the repair plan use that one.';

/**
 * After a comparison opens, the partner's sealed round is kept on this laptop (read-only,
 * marked as received) so history, trends and the repair plan work offline later.
 * The id comes from the commitment, and identical sealed content is kept once, so
 * receiving the same round twice stores it once.
 *
 * The id is no secret (the partner knows their commitment), so a backup Merge may have put
 * another round there first. Then the checked round is kept under the next id
 * (partnerRoundIds — a few only, one read each), paired with ours, and the other is marked
 * unverified, so no screen calls it verified nor charts or plans it; the returned notice says so
 * (undefined when nothing was odd). When all those ids are taken, the checked round goes under
 * an id with a random suffix, which no backup can have taken.
 */
export async function keepPartnerRound(
  payload: SealedPayload,
  commitment: string,
  receivedFrom: NonNullable<Round['receivedFrom']>,
  mine: Pick<Round, 'id' | 'companyName'>,
): Promise<string | undefined> {
  const checked = (id: string): Round => ({ ...roundFromPayload(payload, { id, receivedFrom, companyName: mine.companyName }), pairedWith: mine.id });
  const key = sealedContentKey(checked(''));
  // The same sealed content under another id (received again another way, or kept under a random
  // id before) is kept once: only a copy this laptop checked counts, a backup's unverified one not.
  const keptBefore = () => useRoundsStore.getState().rounds.some((r) => r.receivedFrom && !r.unverified && r.sealedAt && sealedContentKey(r) === key);
  // Said when this keep found another round in the place (a re-keep returns before it).
  let planted = false;
  // This keep marked a round unverified (a re-keep past planted ones marks none, says nothing).
  let marked = false;
  for (const id of partnerRoundIds(commitment)) {
    const there = await services().rounds.get(id);
    if (!there) {
      if (!keptBefore()) await save(checked(id));
      return planted ? PLANTED_ROUND_NOTICE : undefined;
    }
    if (there.receivedFrom && sealedContentKey(there) === key) {
      // This round, kept before (nothing to do) — or planted with the right answers: checked now.
      if (!there.unverified) return undefined;
      await save(checked(id));
      return planted ? PLANTED_ROUND_NOTICE : undefined;
    }
    planted = true;
    // Another round in the checked one's place: never again read as verified (an own round is
    // this laptop's, left alone).
    if (there.receivedFrom && !there.unverified) {
      await save({ ...there, unverified: true });
      marked = true;
    }
  }
  // Every predictable id is taken — only planted rounds do that. Walking on (-3, -4, …) would
  // read one round per planted one, and a backup holds thousands: use an unpredictable id instead.
  if (keptBefore()) return marked ? PLANTED_ROUND_NOTICE : undefined;
  await save(checked(`partner-${commitment}-${randomHex(8)}`));
  return PLANTED_ROUND_NOTICE;
}

async function save(round: Round) {
  await services().rounds.put(round);
  // Into the list as written, not by reading the whole store back: kept is kept, and a failed
  // re-read must not be reported as a round that was not (compare-store's save notice).
  useRoundsStore.getState().stored(round);
}
