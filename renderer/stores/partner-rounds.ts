import type { Round } from '../../shared/assessment/types';
import { roundFromPayload } from '../../shared/reveal/payload';
import type { SealedPayload } from '../../shared/reveal/types';
import { services } from './services';
import { useRoundsStore } from './rounds-store';
import { partnerRoundIds, sealedContentKey } from '../../shared/history/duplicate-rounds';
import { randomHex } from '../platform/digest';
import { isReplayedFor, replayedRoundNotice } from '../../shared/history/replayed-round';
import { MAX_PAIRINGS } from '../../shared/schema/round';

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
 *
 * The same sealed content compared with ANOTHER round of ours (the partner brought back a round
 * compared before, shared/history/replayed-round.ts) is no new round either: the kept one records
 * this comparison too (alsoPairedWith), so History and the plan can pick it, and the notice says
 * these are earlier answers — every time this comparison keeps it, so a resumed one says it again.
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
  const keptBefore = () => useRoundsStore.getState().rounds.find((r) => r.receivedFrom && !r.unverified && r.sealedAt && sealedContentKey(r) === key);
  // Said when this keep found another round in the place (a re-keep returns before it).
  let planted = false;
  // This keep marked a round unverified (a re-keep past planted ones marks none, says nothing).
  let marked = false;
  for (const id of partnerRoundIds(commitment)) {
    const there = await services().rounds.get(id);
    if (!there) {
      const before = keptBefore();
      if (!before) await save(checked(id));
      return notices(planted, before && (await comparedAgain(before, mine)));
    }
    if (there.receivedFrom && sealedContentKey(there) === key) {
      // This round, kept before (nothing to keep, maybe a comparison to record) — or planted with the right answers: checked now.
      if (!there.unverified) return notices(false, await comparedAgain(there, mine));
      await save(checked(id));
      return notices(planted, undefined);
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
  const before = keptBefore();
  if (before) return notices(marked, await comparedAgain(before, mine));
  await save(checked(`partner-${commitment}-${randomHex(8)}`));
  return PLANTED_ROUND_NOTICE;
}

/**
 * `kept` (this laptop's verified copy of the sealed content) revealed again in a comparison of our
 * round `mine`: when it was first compared with another round of ours, this comparison is recorded
 * on it (once) and the replay notice returned. A round kept before rounds were paired pairs with
 * any of ours already (isComparedPair): nothing to record, nothing known to say.
 */
async function comparedAgain(kept: Round, mine: Pick<Round, 'id'>): Promise<string | undefined> {
  if (!kept.pairedWith || kept.pairedWith === mine.id) return undefined;
  const pairings = kept.alsoPairedWith ?? [];
  // Past the cap a stored round would not read back (shared/schema/round.ts): not recorded, still said.
  if (!isReplayedFor(kept, mine) && pairings.length < MAX_PAIRINGS) await save({ ...kept, alsoPairedWith: [...pairings, mine.id] });
  const first = useRoundsStore.getState().rounds.find((r) => r.id === kept.pairedWith && !r.receivedFrom);
  return replayedRoundNotice(kept, first);
}

/** What a keep says: the planted-round notice, the replay notice, or both. */
function notices(planted: boolean, replay: string | undefined): string | undefined {
  return [planted ? PLANTED_ROUND_NOTICE : undefined, replay].filter(Boolean).join(' ') || undefined;
}

async function save(round: Round) {
  await services().rounds.put(round);
  // Into the list as written, not by reading the whole store back: kept is kept, and a failed
  // re-read must not be reported as a round that was not (compare-store's save notice).
  useRoundsStore.getState().stored(round);
}
