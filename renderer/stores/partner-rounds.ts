import type { Round } from '../../shared/assessment/types';
import { roundFromPayload } from '../../shared/reveal/payload';
import type { SealedPayload } from '../../shared/reveal/types';
import { services } from './services';
import { useRoundsStore } from './rounds-store';

/**
 * After a comparison opens, the partner's sealed round is kept on this laptop (read-only,
 * marked as received) so history, trends and the repair plan work offline later.
 * The id comes from the commitment, so receiving the same round twice stores it once.
 */
export async function keepPartnerRound(payload: SealedPayload, commitment: string, receivedFrom: NonNullable<Round['receivedFrom']>, companyName?: string) {
  const id = `partner-${commitment.slice(0, 24)}`;
  if (await services().rounds.get(id)) return;
  await services().rounds.put(roundFromPayload(payload, { id, receivedFrom, companyName }));
  await useRoundsStore.getState().load();
}
