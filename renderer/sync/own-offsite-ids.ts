/**
 * The ids of the captures and parked items this laptop wrote (own-writes.ts, own-parked.ts), read
 * once: the plan lists them first past its cap (build-plan.ts ownOffsiteIds), so a flood from the
 * partner's laptop cannot push them out of the plan.
 */
import { ownWriteIds } from './own-writes';
import { ownParkedIds } from './own-parked';

export const ownOffsiteIds = (): ReadonlySet<string> => new Set([...ownWriteIds(), ...ownParkedIds()]);
