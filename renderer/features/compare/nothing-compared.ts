import type { Comparison } from '../../../shared/session/comparison';

/**
 * No statement both scored (and, with no gap, none where one answered "don't know"): no gap
 * because nothing was compared, not because the pair is healthy.
 */
export function nothingCompared(c: Comparison): boolean {
  return c.ranking.length === 0 && c.areas.every((a) => a.coverage.both === 0);
}
