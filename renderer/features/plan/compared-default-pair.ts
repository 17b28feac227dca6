import type { Round } from '../../../shared/assessment/types';
import { isComparedPair } from '../../../shared/history/compared-pair';
import { defaultPair, type LocalPair } from './plan-source';

/**
 * The sealed pair the plan would preselect (defaultPair), but only a comparison that happened
 * (isComparedPair): when it would set our round against a partner round compared with another of
 * ours, that round of ours is left out and the choice made again — so our newest round, still
 * unrevealed, yields to the last comparison there was. Undefined when none is left.
 */
export function comparedDefaultPair(rounds: readonly Round[], saved: LocalPair = {}): { ceo: Round; cto: Round } | undefined {
  let pool = rounds;
  for (;;) {
    const pair = defaultPair(pool, saved);
    const ceo = pool.find((r) => r.id === pair.ceoId);
    const cto = pool.find((r) => r.id === pair.ctoId);
    if (!ceo || !cto) return undefined;
    if (isComparedPair(ceo, cto)) return { ceo, cto };
    const ours = ceo.receivedFrom ? cto : ceo;
    pool = pool.filter((r) => r !== ours);
  }
}
