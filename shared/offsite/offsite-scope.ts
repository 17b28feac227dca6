/**
 * Which offsite a capture or parked item belongs to. Agenda block ids repeat from one offsite to the
 * next ("owners", "close", "gap-<statement>"), so a block id alone put last quarter's captures under
 * this offsite's blocks, titled as this agenda titles them. An offsite follows its comparison: what
 * was captured before the later of its two seals (by local day, as the plan counts: build-plan.ts)
 * belongs to an earlier one, and what was captured from the next comparison's first day on
 * (history/next-comparison.ts) to a later one: a plan built from last quarter's rounds is last
 * quarter's offsite, not everything since. Pure.
 *
 * The rule, and why (clocks):
 * - An item's stamp (createdAt) is the writing laptop's clock, maybe the partner's, maybe wrong. A day
 *   of slack (CLOCK_SLACK_DAYS) keeps a capture made in the room on a laptop a day behind in the room,
 *   not "outside this agenda". Offsites are weeks apart (a re-score is about 30 days on), so the day
 *   before the later seal holds no earlier offsite. The block id is no evidence: ids repeat (above).
 * - The stamp is only ever the partner's word, and they can write any. So it scopes only what reads
 *   as not agreed (proposed, parked). What reads "agreed by both" is scoped by the day it was
 *   agreed: the later of this laptop's own confirmation day (its own record and clock, same slack)
 *   and the day both had: when this laptop first saw both confirmations (its own stamp and clock,
 *   workspace/agreement-seen.ts), as when the partner confirmed only after the next comparison. Not
 *   the partner's confirmation time, which its laptop can rewrite: no date the partner writes moves
 *   an agreement between offsites. Only an agreement agreed before those stamps were kept is still
 *   dated by the partner's confirmation (never after today), and said to be (agreement-date.ts agreedOn).
 * - The end is the next offsite's start, with the same slack on the same clocks: a day belongs to
 *   exactly one offsite (below: three days apart or more), so no item is listed in two plans nor in none. The next comparison's first
 *   day is the later of its two seals, never before this laptop's own seal of it: the partner cannot
 *   bring the end forward to drop this offsite's agreements out of its plan. The end never comes
 *   before firstDay + 1 + the slack (laterOffsiteFrom): with comparisons under three days apart, a day
 *   is then in both offsites rather than the seal day in the later one alone. And an agreement ends
 *   this offsite by the day it was agreed, as it starts it (summary.ts: the later of this laptop's own
 *   confirmation day and the day both had).
 */
import { localDayOf, addDays, parseIsoDate, toIsoDate } from '../workspace/dates';

/** How many days before its first day an item's day may fall and still be this offsite's (clock skew). */
export const CLOCK_SLACK_DAYS = 1;

/** The later seal's local day of the comparison an offsite runs on; undefined while either is unsealed. */
export function offsiteFirstDay(ceo: { sealedAt?: string }, cto: { sealedAt?: string }): string | undefined {
  if (!ceo.sealedAt || !cto.sealedAt) return undefined;
  return [localDayOf(ceo.sealedAt), localDayOf(cto.sealedAt)].sort().pop();
}

/** The earliest local day (YYYY-MM-DD) of the offsite that starts on `firstDay`, with the clock slack. */
function earliestDay(firstDay: string): string {
  const d = parseIsoDate(firstDay);
  return d ? toIsoDate(addDays(d, -CLOCK_SLACK_DAYS)) : firstDay;
}

export type OffsiteOfDay = 'earlier' | 'this' | 'later';

/**
 * The first local day (YYYY-MM-DD) counted as a later offsite's, for the offsite starting on
 * `firstDay` that the next comparison's (starting on `nextDay`) ends: the earliest day of the next
 * one (its first day less the slack), but never before firstDay + 1 + the slack. Comparisons a day
 * apart would otherwise put this offsite's first day (or the day after, on a laptop a day ahead) in
 * the later one: what was agreed the day the rounds were sealed is always this offsite's.
 * Undefined when there is no later offsite (no `firstDay`, no `nextDay`, or one not after `firstDay`).
 */
export function laterOffsiteFrom(firstDay: string | undefined, nextDay: string | undefined): string | undefined {
  if (!firstDay || nextDay === undefined || !(nextDay > firstDay)) return undefined;
  const first = parseIsoDate(firstDay);
  if (!first) return earliestDay(nextDay);
  const floor = toIsoDate(addDays(first, 1 + CLOCK_SLACK_DAYS));
  const from = earliestDay(nextDay);
  return from > floor ? from : floor;
}

/**
 * Which offsite a local day (YYYY-MM-DD) falls in, for the offsite starting on `firstDay` that the
 * next comparison's offsite (starting on `nextDay`) ends: from the earliest day of this one up to the
 * day before laterOffsiteFrom (the earliest day of the next, both with the clock slack). Every day is
 * this one's when there is no `firstDay`; none is later when there is no `nextDay` (open-ended: no
 * later comparison). No day (an agreement this laptop holds no dated confirmation of) is an earlier
 * one's, as before.
 */
export function offsiteOfDay(day: string | undefined, firstDay: string | undefined, nextDay?: string): OffsiteOfDay {
  if (!firstDay) return 'this';
  if (day === undefined || day < earliestDay(firstDay)) return 'earlier';
  const later = laterOffsiteFrom(firstDay, nextDay);
  return later !== undefined && day >= later ? 'later' : 'this';
}

/** A local day (YYYY-MM-DD) that falls within the offsite starting on `firstDay` (and ending before `nextDay`'s); every day does when there is none, no day when there is one. */
export const dayOfThisOffsite = (day: string | undefined, firstDay: string | undefined, nextDay?: string): boolean => offsiteOfDay(day, firstDay, nextDay) === 'this';

/** Which offsite an item captured or parked belongs to by its stamp (within the slack). */
export const offsiteOfItem = (item: { createdAt: string }, firstDay: string | undefined, nextDay?: string): OffsiteOfDay => offsiteOfDay(localDayOf(item.createdAt), firstDay, nextDay);

/** Captured or parked on or after `firstDay` (and before `nextDay`) by its stamp (within the slack); every item is when there is none. */
export const ofThisOffsite = (item: { createdAt: string }, firstDay: string | undefined, nextDay?: string): boolean => offsiteOfItem(item, firstDay, nextDay) === 'this';
