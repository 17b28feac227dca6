/**
 * Which offsite a capture or parked item belongs to. Agenda block ids repeat from one offsite to the
 * next ("owners", "close", "gap-<statement>"), so a block id alone put last quarter's captures under
 * this offsite's blocks, titled as this agenda titles them. An offsite follows its comparison: what
 * was captured before the later of its two seals (by local day, as the plan counts: build-plan.ts)
 * belongs to an earlier one. Pure.
 */
import { localDayOf } from '../workspace/dates';

/** The later seal's local day of the comparison an offsite runs on; undefined while either is unsealed. */
export function offsiteFirstDay(ceo: { sealedAt?: string }, cto: { sealedAt?: string }): string | undefined {
  if (!ceo.sealedAt || !cto.sealedAt) return undefined;
  return [localDayOf(ceo.sealedAt), localDayOf(cto.sealedAt)].sort().pop();
}

/** Captured or parked on or after `firstDay`; every item is when there is none. */
export const ofThisOffsite = (item: { createdAt: string }, firstDay: string | undefined): boolean => !firstDay || localDayOf(item.createdAt) >= firstDay;

