/**
 * Which offsite a capture or parked item belongs to. Agenda block ids repeat from one offsite to the
 * next ("owners", "close", "gap-<statement>"), so a block id alone put last quarter's captures under
 * this offsite's blocks, titled as this agenda titles them. An offsite follows its comparison: what
 * was captured before the later of its two seals (by local day, as the plan counts: build-plan.ts)
 * belongs to an earlier one. Pure.
 */
import { localDayOf } from '../workspace/dates';
import { PIN_KEY_PREFIX } from '../assessment/pins';
import { isIsoDateTime } from '../schema/iso-date-time';

/** The later seal's local day of the comparison an offsite runs on; undefined while either is unsealed. */
export function offsiteFirstDay(ceo: { sealedAt?: string }, cto: { sealedAt?: string }): string | undefined {
  if (!ceo.sealedAt || !cto.sealedAt) return undefined;
  return [localDayOf(ceo.sealedAt), localDayOf(cto.sealedAt)].sort().pop();
}

/** Captured or parked on or after `firstDay`; every item is when there is none. */
export const ofThisOffsite = (item: { createdAt: string }, firstDay: string | undefined): boolean => !firstDay || localDayOf(item.createdAt) >= firstDay;

/** offsiteFirstDay of the comparison a stored agenda names (its sourceComparison, pins.ts pinKey); undefined when it names none. */
export function offsiteFirstDayOfKey(sourceComparison: unknown): string | undefined {
  if (typeof sourceComparison !== 'string' || !sourceComparison.startsWith(PIN_KEY_PREFIX)) return undefined;
  const [ceo, cto, ...rest] = sourceComparison.slice(PIN_KEY_PREFIX.length).split('|');
  if (rest.length || !isIsoDateTime(ceo) || !isIsoDateTime(cto)) return undefined;
  return offsiteFirstDay({ sealedAt: ceo }, { sealedAt: cto });
}
