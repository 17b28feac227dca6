/**
 * This laptop's record of when it first saw each agreement completed (shared/workspace/agreement-seen.ts),
 * kept in localStorage beside its own confirmations (workspace-agreement.ts), never in the shared doc:
 * the day an agreement is dated and filed by (agreement-date.ts agreedOn), which the partner cannot move.
 *
 * Watched from when the workspace is opened (workspace-owner.ts), after the stored state is loaded and
 * before any partner is connected: every change to the agreement record after that, this laptop's own
 * confirmation, the partner's arriving live or on the first sync after a restart, an offsite file
 * imported, stamps what it completes with this laptop's clock, in the same transaction (before the
 * doc is saved, so a crash cannot leave a completion saved and unstamped). What the stored workspace
 * holds agreed with no stamp when watching begins is marked UNKNOWN: agreed before this record was
 * kept (or its stamp could not be stored), when not known.
 *
 * Bounded by this laptop's own record: a completion needs one of its own confirmations, so a flood of
 * the partner's entries stamps nothing and costs a lookup each.
 */
import type * as Y from 'yjs';
import { parseConfirmation, sharedKey, type AgreementRole, type Confirmation } from '../../shared/workspace/agreement';
import { newlyCompleted, parseSeen, UNKNOWN, withFirstSeen, type SeenStamps } from '../../shared/workspace/agreement-seen';
import { AGREEMENT, readLocal, rememberedRole } from './workspace-agreement';

export const SEEN_KEY = 'accord.agreement.seen';

/** The record as stored; anything unreadable reads as empty (every agreement then reads as not dated here). */
export function readSeen(): SeenStamps {
  try {
    // Stryker disable next-line StringLiteral: JSON.parse('') throws, which the catch reads as empty too
    return parseSeen(JSON.parse(localStorage.getItem(SEEN_KEY) ?? '{}'));
  } catch {
    return {};
  }
}

/** Stamps each of `found` `at` unless the stored record already has it (the first observation wins). */
function stamp(found: readonly { key: string; hash: string }[], at: string): void {
  if (!found.length) return;
  let seen = readSeen();
  for (const f of found) seen = withFirstSeen(seen, f.key, f.hash, at);
  try {
    localStorage.setItem(SEEN_KEY, JSON.stringify(seen));
  } catch {
    // Storage full: these agreements read as not dated on this laptop, as before this record.
  }
}

const ROLES: readonly AgreementRole[] = ['ceo', 'cto'];
const ROLE_SUFFIX = /\|(ceo|cto)$/;

/** The shared entries of `keys` only, under their own role (a flood of other entries is not parsed). */
function sharedOf(map: Y.Map<unknown>, keys: Iterable<string>): Record<string, Confirmation> {
  const out: Record<string, Confirmation> = {};
  for (const key of keys) {
    for (const r of ROLES) {
      const c = parseConfirmation(map.get(sharedKey(key, r)));
      // Stryker disable next-line ConditionalExpression: confirmationsOfHash checks the role again and reads a missing entry as none; this keeps the record typed
      if (c && c.role === r) out[sharedKey(key, r)] = c;
    }
  }
  return out;
}

export interface AgreementSeenWatch {
  destroy(): void;
}

export function watchAgreementsSeen(doc: Y.Doc, opts: { now?: () => Date } = {}): AgreementSeenWatch {
  const map = doc.getMap(AGREEMENT);
  const now = () => (opts.now?.() ?? new Date()).toISOString();
  /** The completions among `keys` the record holds nothing for (only keys this laptop confirmed can complete). */
  const unstamped = (keys: Iterable<string>) => {
    const local = readLocal();
    // Stryker disable next-line MethodExpression,ConditionalExpression: completedHashes finds nothing for a key this laptop never confirmed; this spares parsing the partner's other entries
    const own = [...keys].filter((k) => local[k] !== undefined);
    // Stryker disable next-line ConditionalExpression: a shortcut; newlyCompleted of no keys is none
    if (!own.length) return [];
    // Same rule as agreementState: a confirmation under this laptop's role counts only from its own record.
    return newlyCompleted(own, { shared: sharedOf(map, own), local, me: rememberedRole() }, readSeen());
  };
  stamp(unstamped(Object.keys(readLocal())), UNKNOWN);
  const observer = (event: Y.YMapEvent<unknown>) => {
    const keys = new Set<string>();
    for (const k of event.keysChanged) if (ROLE_SUFFIX.test(k)) keys.add(k.replace(ROLE_SUFFIX, ''));
    stamp(unstamped(keys), now());
  };
  map.observe(observer);
  return { destroy: () => map.unobserve(observer) };
}

