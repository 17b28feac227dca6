/**
 * Partner rounds received twice (live and again by file, or restored from a backup)
 * are the same sealed content under two ids. This finds them so History can show one
 * as the copy of the other and offer to delete the copy: the sealed content decides,
 * not the id or how it arrived.
 */
import type { Round } from '../assessment/types';
import { contentHash } from '../workspace/agreement';

/** What a sealed round says: who, which round, when sealed, every answer, note and warning sign. */
export function sealedContentKey(r: Round): string {
  return contentHash({ role: r.role, personName: r.personName, label: r.label, sealedAt: r.sealedAt, answers: r.answers, warnings: r.warnings });
}

/**
 * Where a partner's round checked against `commitment` may be kept, in order: `partner-` and the
 * first 24 hex of it; then, while an id holds other sealed content, the full commitment, then
 * that with -2. The partner knows their own commitment, so a backup Merge can plant a round
 * under any of these ids before the real one arrives: the first id holding the same sealed
 * content, else the first free one, is the place. Only these few: a longer predictable walk costs
 * one store read per planted round, so when all are taken keepPartnerRound picks an id no one can
 * plant before it.
 */
export function partnerRoundIds(commitment: string): readonly string[] {
  return [`partner-${commitment.slice(0, 24)}`, `partner-${commitment}`, `partner-${commitment}-2`];
}

/**
 * Received rounds whose sealed content equals an earlier-listed round's → the id of
 * that first one. The first of a set (an own round first, then one this laptop verified,
 * then by id) is the original: History offers to delete the others, and deleting the
 * verified copy would leave only a backup's unverified one (review r25).
 */
export function duplicateReceivedRounds(rounds: readonly Round[]): Map<string, string> {
  const sealed = rounds.filter((r) => r.sealedAt);
  const rank = (r: Round) => (!r.receivedFrom ? 0 : r.unverified ? 2 : 1);
  const ordered = [...sealed].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  const first = new Map<string, string>();
  const out = new Map<string, string>();
  for (const r of ordered) {
    const key = sealedContentKey(r);
    const original = first.get(key);
    if (original === undefined) first.set(key, r.id);
    else if (r.receivedFrom) out.set(r.id, original);
  }
  return out;
}
