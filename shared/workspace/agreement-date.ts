/**
 * The day an agreement is dated and filed under (the plan's "agreed by both on …", the offsite it
 * belongs to: offsite/summary.ts), apart from what counts as agreed (agreement.ts).
 *
 * Why its own rule: the partner's laptop writes its confirmation's time and can rewrite it whenever it
 * likes, so a date taken from it could move last quarter's agreement into this week's plan. An
 * agreement is dated by this laptop's own clock: the later of its own confirmation and when it first
 * saw the agreement completed (agreement-seen.ts), never by the partner's confirmation time. Only
 * where this laptop holds no such record is the partner's time used, and said to be the partner's.
 */
// agreement.ts imports agreedOn back (agreementState dates what it finds agreed): neither module uses
// the other's exports at load time, only inside functions, so the loop is safe in either load order.
import { ROLES, sharedKey, type AgreementInput } from './agreement';

/**
 * When `key` at `hash` (agreed by both) was agreed, as an ISO time ('' when nothing dates it).
 *
 * With this laptop's record of when it first saw the agreement completed (input.seen): the later of
 * that and its own confirmations, both its own clock. Nothing the partner writes afterwards (its
 * confirmation re-dated to this week, to 2019) moves it between offsites or re-dates it.
 *
 * Without one for this key and hash (agreed before the record was kept, or restored onto another
 * laptop), as before: the later of the two confirmations as the shared record has them, and
 * `notDatedHere` when that later one is not this laptop's own (a time the partner's laptop wrote).
 * Without input.seen at all (no such record kept), that time, and no flag.
 */
export function agreedOn(key: string, hash: string, input: AgreementInput): { at: string; notDatedHere?: true } {
  const mine = input.local[key] ?? {};
  const entries = ROLES.flatMap((r) => {
    const c = input.shared[sharedKey(key, r)];
    if (!c || c.role !== r || c.hash !== hash || Number.isNaN(Date.parse(c.at))) return [];
    if (r === input.me && mine[r] !== hash) return [];
    const own = mine[r] === hash && (!input.ownKeys || input.ownKeys.has(sharedKey(key, r)));
    return [{ at: c.at, own }];
  });
  const latest = (ats: readonly string[]) => [...ats].sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? '';
  // UNKNOWN ('') is no time: seen agreed when the record began, not when (agreement-seen.ts).
  const seen = input.seen?.[key]?.[hash];
  if (seen && !Number.isNaN(Date.parse(seen))) return { at: latest([seen, ...entries.filter((e) => e.own).map((e) => e.at)]) };
  const at = latest(entries.map((e) => e.at));
  // The partner's time when no confirmation of this laptop's own has it (a tie is this laptop's time too).
  const theirs = input.seen !== undefined && at !== '' && !entries.some((e) => e.at === at && e.own);
  return theirs ? { at, notDatedHere: true } : { at };
}
