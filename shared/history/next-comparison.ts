/**
 * Where a comparison's offsite ends: the first day of the next comparison the pair made after it.
 * The workspace keeps every offsite, and block ids repeat, so a plan or summary built for last
 * quarter's rounds (from History) listed what was captured and agreed at every offsite since as its
 * own. Its offsite runs from its first day (offsite-scope.ts offsiteFirstDay) to the day before the
 * next one's. Pure.
 *
 * The end empties this offsite's plan into "a later offsite" from that day on, so only what this
 * laptop did itself may set it. A comparison here is one that happened on this laptop, built on a
 * round of its own (made here: not received, not unverified): a partner's verified round with the
 * round of ours it was compared with (pairedWith / alsoPairedWith), or two rounds of ours under one
 * period label (both leaders sealing on this laptop, taking turns). A received round is never paired
 * by its label alone (one kept before rounds were paired, or merged from a backup file: the label
 * and the seal time are the partner's claims). The NEXT comparison is one whose own round is a
 * different one, sealed after the current comparison's first day: a second partner round compared
 * with the same own round, claiming a later seal, is no next offsite. Its day is the later of its two
 * seals, so never before that own round's seal day: a seal time the partner claims can move the end
 * later, never earlier.
 */
import type { Round } from '../assessment/types';
import { offsiteFirstDay } from '../offsite/offsite-scope';
import { localDayOf } from '../workspace/dates';
import { comparedOwnIds, isComparedPair } from './compared-pair';
import { periodKey } from './periods';

export interface ComparedPair {
  ceo: Round;
  cto: Round;
}

/** A round made on this laptop: neither received from the partner (by peer or file) nor unverified. */
const isOwn = (r: Round) => !r.receivedFrom && !r.unverified;

/** Whether a CEO and a CTO round (both sealed, none unverified) stand as a comparison this laptop made (see above). */
function madeHere(ceo: Round, cto: Round): boolean {
  if (!isOwn(ceo) && !isOwn(cto)) return false;
  if (!isComparedPair(ceo, cto)) return false;
  const [theirs, ours] = !isOwn(ceo) ? [ceo, cto] : !isOwn(cto) ? [cto, ceo] : [undefined, undefined];
  // A partner's round stands only with the round of ours its pairing names; never by label alone.
  if (theirs && ours) return comparedOwnIds(theirs).includes(ours.id);
  // Both ours (taking turns): one period, as History files them.
  return periodKey(ceo.label) === periodKey(cto.label);
}

/** Every comparison among this laptop's sealed, verified rounds (see above), in no particular order. */
export function comparedPairs(rounds: readonly Round[]): ComparedPair[] {
  const sealed = rounds.filter((r) => r.sealedAt && !r.unverified);
  const ceos = sealed.filter((r) => r.role === 'ceo');
  const ctos = sealed.filter((r) => r.role === 'cto');
  return ceos.flatMap((ceo) => ctos.filter((cto) => madeHere(ceo, cto)).map((cto) => ({ ceo, cto })));
}

/**
 * The first day (YYYY-MM-DD, offsiteFirstDay) of the next comparison after the one of `current`:
 * the earliest first day among this laptop's comparisons whose own round was sealed (by its local
 * day) after `current`'s first day (see above). Undefined when
 * there is none (the offsite is open-ended), or while `current` is not sealed on both sides.
 * `current` need not be among `rounds` (a live comparison's rounds are rebuilt from its payloads).
 */
export function nextComparisonDay(rounds: readonly Round[], current: { ceo: { sealedAt?: string }; cto: { sealedAt?: string } }): string | undefined {
  const first = offsiteFirstDay(current.ceo, current.cto);
  if (!first) return undefined;
  return comparedPairs(rounds)
    .flatMap((p) => {
      // An own round of this pair sealed after the current comparison began: a different round than its own.
      const ownSealedSince = [p.ceo, p.cto].some((r) => isOwn(r) && r.sealedAt && localDayOf(r.sealedAt) > first);
      const day = offsiteFirstDay(p.ceo, p.cto);
      return ownSealedSince && day ? [day] : [];
    })
    .sort()[0];
}
