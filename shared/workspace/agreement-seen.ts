/**
 * When this laptop first saw each agreement completed: both confirmations of one content (key and
 * hash) present and counting (agreement.ts confirmationsOfHash), by this laptop's own clock. Kept on
 * this laptop only (renderer/sync/agreement-seen.ts), never in the shared doc. Pure.
 *
 * Why: the day an agreement was reached dates it in the plan and files it under an offsite
 * (offsite/summary.ts). It used to be the partner's confirmation time, which the partner's laptop
 * writes and can rewrite at any time: re-dating its confirmation of last quarter's agreement to this
 * week moved that agreement into this week's plan, printed as agreed this week. This laptop's first
 * sight of the completion is a time it can vouch for, and the partner cannot move it afterwards.
 *
 * The first observation wins: a later one (the partner withdrawing and confirming again, a re-dated
 * entry, a restore) never replaces it. A completion already there, unstamped, when the record starts
 * watching (the workspace as stored before this record was kept) is marked UNKNOWN: nothing here
 * knows when it happened, and the plan says so (agreement-date.ts agreedOn, notDatedHere).
 */
import { confirmationsOfHash, type AgreementInput } from './agreement';

/** key → content hash → ISO time this laptop first saw that content agreed by both, or UNKNOWN. */
export type SeenStamps = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Seen agreed already when this record began watching (the workspace as stored): when it was
 * completed is not known here. Kept like a time, so no later observation stamps it either: that
 * would date last quarter's agreement by the day the partner withdrew and re-sent its confirmation.
 */
export const UNKNOWN = '';

/**
 * The hashes of `key` agreed by both by the confirmations alone: one of this laptop's own (its local
 * record) and the other role's counting under the same rule as agreementState. Whatever the content
 * now says: the pair agreed that content, and if the workspace holds it again, that is when.
 */
export function completedHashes(key: string, input: Pick<AgreementInput, 'shared' | 'local' | 'me'>): string[] {
  const mine = input.local[key];
  if (!mine) return [];
  const candidates = [...new Set([mine.ceo, mine.cto].filter((h): h is string => typeof h === 'string'))];
  return candidates.filter((hash) => confirmationsOfHash(key, hash, input).agreed !== undefined);
}

/** `seen` with `hash` of `key` stamped `at`, unless it already has a stamp (the first observation wins). */
export function withFirstSeen(seen: SeenStamps, key: string, hash: string, at: string): SeenStamps {
  if (seen[key]?.[hash] !== undefined) return seen;
  return { ...seen, [key]: { ...seen[key], [hash]: at } };
}

/**
 * The completions among `keys` (completedHashes) this record holds nothing for yet: what to stamp
 * now, on a change to those keys; or, when watching begins, what to mark UNKNOWN.
 */
export function newlyCompleted(keys: Iterable<string>, input: Pick<AgreementInput, 'shared' | 'local' | 'me'>, seen: SeenStamps): { key: string; hash: string }[] {
  const out: { key: string; hash: string }[] = [];
  for (const key of new Set(keys)) {
    for (const hash of completedHashes(key, input)) if (seen[key]?.[hash] === undefined) out.push({ key, hash });
  }
  return out;
}

/** Parses a stored record; anything that is not key → hash → ISO time is dropped. */
export function parseSeen(v: unknown): SeenStamps {
  // Stryker disable next-line ConditionalExpression: a string's entries are one-character strings and a number has none: neither holds key → hash → time
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  const out: Record<string, Record<string, string>> = {};
  for (const [key, hashes] of Object.entries(v as Record<string, unknown>)) {
    if (!hashes || typeof hashes !== 'object' || Array.isArray(hashes)) continue;
    for (const [hash, at] of Object.entries(hashes as Record<string, unknown>)) {
      if (typeof at === 'string' && (at === UNKNOWN || !Number.isNaN(Date.parse(at)))) (out[key] ??= {})[hash] = at;
    }
  }
  return out;
}
