/**
 * Agreement records in the workspace doc, and this laptop's own record of what
 * it confirmed. Two roots, plain JSON values:
 *
 *   agreement  Y.Map<`${key}|${role}`, Confirmation>   one entry per role, so the two
 *                                                       laptops never overwrite each other
 *   policies   Y.Map<field, value>                     the pair's policy numbers
 *   bets       Y.Map<id, BetBudget fields>             big bets with their own risk budgets
 *
 * Neither is in the undo manager's scope: undoing an edit is undoable, undoing
 * someone's confirmation is not something Ctrl+Z should do.
 */
import type * as Y from 'yjs';
import {
  parseBet,
  parseConfirmation,
  notAfter,
  recordLocal,
  withOwnConfirmations,
  ownConfirmationKeys,
  sharedKey,
  type AgreementRole,
  type BetBudget,
  type Confirmation,
  type LocalConfirmations,
  type PairPolicies,
  type SharedConfirmations,
} from '../../shared/workspace/agreement';

export const AGREEMENT = 'agreement';
export const POLICIES = 'policies';
export const BETS = 'bets';
const ORIGIN = 'workspace-agreement';
const LOCAL_KEY = 'accord.agreement.mine';
const OWN_KEY = 'accord.agreement.mine-whole';
const ROLE_KEY = 'accord.agreement.role';

/**
 * The role this laptop last held in a live comparison, whose workspace it shares with that
 * partner. Kept so that, after the comparison is left, a confirmation the partner filed under
 * this role is still not counted as this laptop's.
 */
export function rememberRole(role: AgreementRole): void {
  try {
    localStorage.setItem(ROLE_KEY, role);
  } catch {
    // Without it, the live comparison's role still applies while one is set up.
  }
}

export function rememberedRole(): AgreementRole | undefined {
  const v = localStorage.getItem(ROLE_KEY);
  return v === 'ceo' || v === 'cto' ? v : undefined;
}

/** Confirmations under their keys; an entry filed under another role than its own is ignored. */
function confirmationsOf(entries: Iterable<[string, unknown]>): Record<string, Confirmation> {
  const out: Record<string, Confirmation> = {};
  for (const [k, v] of entries) {
    const c = parseConfirmation(v);
    if (c && k.endsWith(`|${c.role}`)) out[k] = c;
  }
  return out;
}

/**
 * The shared agreement record, with this laptop's own confirmations as it made them (see
 * withOwnConfirmations) and none dated later than `now`: what every screen, the plan and the
 * offsite file read.
 */
export function readShared(doc: Y.Doc, now = new Date()): SharedConfirmations {
  return notAfter(withOwnConfirmations(confirmationsOf(doc.getMap(AGREEMENT).entries()), readLocal(), readOwnConfirmations()), now);
}

/** The shared keys whose entry readShared takes from this laptop's own whole record (ownConfirmationKeys). */
export function readOwnKeys(): ReadonlySet<string> {
  return ownConfirmationKeys(readLocal(), readOwnConfirmations());
}

/** This laptop's own confirmations, whole (name, time, mode), kept beside the hashes it confirmed. */
function readOwnConfirmations(): SharedConfirmations {
  try {
    const v = JSON.parse(localStorage.getItem(OWN_KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? confirmationsOf(Object.entries(v)) : {};
  } catch {
    return {};
  }
}

export function readPolicies(doc: Y.Doc): PairPolicies {
  const d = doc.getMap(POLICIES).get('debateDays') as number; // unchecked: Number.isInteger refuses non-numbers
  return Number.isInteger(d) && d >= 1 && d <= 90 ? { debateDays: d } : {};
}

export function setDebateDays(doc: Y.Doc, days: number | undefined): void {
  doc.transact(() => {
    if (days === undefined) doc.getMap(POLICIES).delete('debateDays');
    else doc.getMap(POLICIES).set('debateDays', days);
  }, ORIGIN);
}

export function readBets(doc: Y.Doc): BetBudget[] {
  const out: BetBudget[] = [];
  for (const [id, v] of doc.getMap(BETS).entries()) {
    const b = parseBet(id, v);
    if (b) out.push(b);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Writes one bet whole (plain JSON, last writer wins per bet). */
export function putBet(doc: Y.Doc, bet: BetBudget): void {
  const { id, ...fields } = bet;
  doc.transact(() => doc.getMap(BETS).set(id, fields), ORIGIN);
}

export function removeBet(doc: Y.Doc, id: string): void {
  doc.transact(() => doc.getMap(BETS).delete(id), ORIGIN);
}

export function readLocal(): LocalConfirmations {
  try {
    const v = JSON.parse(localStorage.getItem(LOCAL_KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as LocalConfirmations) : {};
  } catch {
    return {};
  }
}

function writeLocal(v: LocalConfirmations): void {
  localStorage.setItem(LOCAL_KEY, JSON.stringify(v));
}

/**
 * Confirms `key` at `hash` for the given roles (one in live mode, both in
 * take-turns mode). The local record is written first: if it cannot be kept,
 * nothing is written to the shared doc and the caller sees the error.
 */
export function confirm(
  doc: Y.Doc,
  key: string,
  hash: string,
  who: readonly { role: AgreementRole; name: string }[],
  mode: Confirmation['mode'],
  now = new Date(),
): void {
  writeLocal(
    recordLocal(
      readLocal(),
      key,
      who.map((w) => w.role),
      hash,
    ),
  );
  const made = who.map((w): Confirmation => ({ role: w.role, name: w.name.trim(), hash, at: now.toISOString(), mode }));
  try {
    const own: Record<string, Confirmation> = { ...readOwnConfirmations() };
    for (const c of made) own[sharedKey(key, c.role)] = c;
    localStorage.setItem(OWN_KEY, JSON.stringify(own));
  } catch {
    // The hashes above are what counts; without this copy the shared entry's name and time show.
  }
  doc.transact(() => {
    for (const c of made) doc.getMap(AGREEMENT).set(sharedKey(key, c.role), c);
  }, ORIGIN);
}
