import type { Round } from '../../shared/assessment/types';
import { roundFromPayload } from '../../shared/reveal/payload';
import type { SealedPayload } from '../../shared/reveal/types';
import { services } from './services';
import { useRoundsStore } from './rounds-store';
import { sealedContentKey } from '../../shared/history/duplicate-rounds';

/**
 * After a comparison opens, the partner's sealed round is kept on this laptop (read-only,
 * marked as received) so history, trends and the repair plan work offline later.
 * The id comes from the commitment, and identical sealed content is kept once, so
 * receiving the same round twice stores it once.
 */
export async function keepPartnerRound(
  payload: SealedPayload,
  commitment: string,
  receivedFrom: NonNullable<Round['receivedFrom']>,
  mine: Pick<Round, 'id' | 'companyName'>,
) {
  const id = `partner-${commitment.slice(0, 24)}`;
  if (await services().rounds.get(id)) return;
  const round: Round = { ...roundFromPayload(payload, { id, receivedFrom, companyName: mine.companyName }), pairedWith: mine.id };
  // The same sealed content under another id (received again another way) is kept once.
  const key = sealedContentKey(round);
  if (useRoundsStore.getState().rounds.some((r) => r.receivedFrom && r.sealedAt && sealedContentKey(r) === key)) return;
  await services().rounds.put(round);
  // Into the list as written, not by reading the whole store back: kept is kept, and a failed
  // re-read must not be reported as a round that was not (compare-store's save notice).
  useRoundsStore.getState().stored(round);
}
