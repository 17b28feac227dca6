import type { Comparison } from '../../../shared/session/comparison';

/**
 * No statement both scored (and, with no gap, none where one answered "don't know"): no gap
 * because nothing was compared, not because the pair is healthy.
 */
export function nothingCompared(c: Comparison): boolean {
  return c.ranking.length === 0 && c.areas.every((a) => a.coverage.both === 0);
}

/** How many statements both scored 1–5, of all the diagnostic's. */
export function comparedCount(c: Comparison): { both: number; total: number } {
  let both = 0;
  let total = 0;
  for (const a of c.areas) {
    both += a.coverage.both;
    total += a.coverage.total;
  }
  return { both, total };
}

/**
 * With no gap, what "no gaps" rests on. Every statement compared: the pair scored them all 4 or 5.
 * Only some: says how few, so "no gaps (healthy)" from 2 statements of 40 does not read as a
 * healthy pair; none: nothing was compared.
 */
export function noGapsText(c: Comparison): string {
  if (nothingCompared(c)) return 'No gaps to show: no statement was answered by both of you, so nothing was compared.';
  const { both, total } = comparedCount(c);
  if (both >= total) return 'No gaps: every statement you both answered, you both scored 4 or 5 (healthy). Skipped statements are not compared.';
  const rest = total - both;
  return `No gaps among the ${both} of ${total} statements you both answered: you both scored ${both === 1 ? 'it' : 'each'} 4 or 5. The other ${rest} ${rest === 1 ? 'was' : 'were'} not answered by both of you, so ${rest === 1 ? 'it was' : 'they were'} not compared.`;
}

/**
 * The gaps card's heading: "Top 3 gaps" over a list of three; over fewer it says how many there
 * are ("The 2 gaps", "The one gap", "Gaps"), so a short list never reads as a top three.
 */
export function topGapsHeading(listed: number, top: number): string {
  if (listed >= top) return `Top ${top} gaps`;
  if (listed === 0) return 'Gaps';
  return listed === 1 ? 'The one gap' : `The ${listed} gaps`;
}
