/**
 * Where a comparison's offsite ends: the first day of the next comparison the pair made after it.
 * The workspace keeps every offsite, and block ids repeat, so a plan or summary built for last
 * quarter's rounds (from History) listed what was captured and agreed at every offsite since as its
 * own. Its offsite runs from its first day (offsite-scope.ts offsiteFirstDay) to the day before the
 * next one's. Pure.
 *
 * A comparison here is one that happened on this laptop (isComparedPair): a partner's round with a
 * round of ours it was compared with (pairedWith / alsoPairedWith), or, for rounds not paired that
 * way (both leaders sealing on this laptop, taking turns; a partner's round kept before rounds were
 * paired), a CEO and a CTO round under one period label, as History pairs them. Every pair holds a
 * round of ours, so its first day (the later of its two seals) is never before this laptop's own
 * seal: a seal time the partner claims can move the end later, never earlier.
 */
import type { Round } from '../assessment/types';
import { offsiteFirstDay } from '../offsite/offsite-scope';
import { comparedOwnIds, isComparedPair } from './compared-pair';
import { periodKey } from './periods';

export interface ComparedPair {
  ceo: Round;
  cto: Round;
}

/** Whether a CEO and a CTO round (both sealed) stand as a comparison this laptop made (see above). */
function madeHere(ceo: Round, cto: Round): boolean {
  if (ceo.receivedFrom && cto.receivedFrom) return false;
  if (!isComparedPair(ceo, cto)) return false;
  const [theirs, ours] = ceo.receivedFrom ? [ceo, cto] : cto.receivedFrom ? [cto, ceo] : [undefined, undefined];
  // A partner's round paired with ours: the pairing says which of ours (isComparedPair checked it).
  if (theirs && ours && comparedOwnIds(theirs).length) return true;
  // Unpaired: one period, as History files them.
  return periodKey(ceo.label) === periodKey(cto.label);
}

/** Every comparison among this laptop's sealed rounds (see above), in no particular order. */
export function comparedPairs(rounds: readonly Round[]): ComparedPair[] {
  const sealed = rounds.filter((r) => r.sealedAt);
  const ceos = sealed.filter((r) => r.role === 'ceo');
  const ctos = sealed.filter((r) => r.role === 'cto');
  return ceos.flatMap((ceo) => ctos.filter((cto) => madeHere(ceo, cto)).map((cto) => ({ ceo, cto })));
}

/**
 * The first day (YYYY-MM-DD, offsiteFirstDay) of the next comparison after the one of `current`:
 * the earliest first day among this laptop's comparisons that is after `current`'s. Undefined when
 * there is none (the offsite is open-ended), or while `current` is not sealed on both sides.
 * `current` need not be among `rounds` (a live comparison's rounds are rebuilt from its payloads).
 */
export function nextComparisonDay(rounds: readonly Round[], current: { ceo: { sealedAt?: string }; cto: { sealedAt?: string } }): string | undefined {
  const first = offsiteFirstDay(current.ceo, current.cto);
  if (!first) return undefined;
  return comparedPairs(rounds)
    .flatMap((p) => {
      const day = offsiteFirstDay(p.ceo, p.cto);
      return day && day > first ? [day] : [];
    })
    .sort()[0];
}
