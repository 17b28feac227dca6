import * as v from 'valibot';
import type { Role } from '../assessment/types';
import { isCommitment, isSalt, verifyRevealNow } from '../reveal/commitment';
import type { SealedPayload, SyncDigest } from '../reveal/types';
import { parseSealedPayload } from '../schema/sealed-payload';
import { overfullReveal } from './reveal-bounds';
import { isUtcTime } from '../schema/iso-date-time';
import { MAX_NAME } from '../schema/limits';
import { isRecord } from '../schema/rules';

/**
 * Turns the raw content of a shared comparison document (untrusted: it came from a
 * peer) into a checked view. Malformed entries are dropped and listed in `problems`;
 * a reveal that does not match its commitment is never shown, only flagged.
 */

export const ROLES: readonly Role[] = ['ceo', 'cto'];

export interface ParticipantView {
  /** Random per-laptop id, so two people claiming the same role can be told apart. */
  id?: string;
  name: string;
  state: 'answering' | 'sealed';
}

export interface SessionView {
  participants: Partial<Record<Role, ParticipantView>>;
  sealed: Partial<Record<Role, { name: string; sealedAt: string; commitment: string }>>;
  /** Which two commitments each role says it saw (the fair-reveal acknowledgement). */
  acks: Partial<Record<Role, { ceo: string; cto: string }>>;
  revealed: Partial<Record<Role, SealedPayload>>;
  /** Roles whose reveal does not match their commitment: answers changed after sealing. */
  mismatches: Role[];
  problems: string[];
  bothSealed: boolean;
  complete: boolean;
}

export interface RawSession {
  participants: Record<string, unknown>;
  commitments: Record<string, unknown>;
  acks?: Record<string, unknown>;
  reveals: Record<string, unknown>;
}

const isRole = (k: string): k is Role => (ROLES as readonly string[]).includes(k);

/*
 * Each entry's shape as a valibot schema. The peer wrote these, so a malformed entry
 * is dropped whole (and listed in `problems` by role), never repaired.
 */
const entry = <const E extends v.ObjectEntries>(entries: E) => v.pipe(v.custom<Record<string, unknown>>(isRecord), v.object(entries));
const name = v.custom<string>((x) => typeof x === 'string' && x.trim().length > 0 && x.length <= MAX_NAME);
const commitment = v.custom<string>(isCommitment);

const presence = v.pipe(
  entry({ name, state: v.picklist(['answering', 'sealed']), id: v.optional(v.unknown()) }),
  // The id only tells two laptops apart: any text, capped; anything else is no id.
  v.transform((p): ParticipantView => ({ id: typeof p.id === 'string' ? p.id.slice(0, 64) : undefined, name: p.name, state: p.state })),
);
// The seal time in the one form sealing writes (and a reveal must repeat): a commitment announcing
// any other could never be opened, so this laptop must not acknowledge it and reveal against it.
const sealed = entry({ commitment, sealedAt: v.custom<string>(isUtcTime), name });
const ack = entry({ ceo: commitment, cto: commitment });
// A missing payload is the payload's own problem (reported below), not a malformed reveal.
const reveal = entry({ salt: v.custom<string>(isSalt), payload: v.optional(v.unknown()) });
const read = <T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | undefined => {
  const r = v.safeParse(schema, value, { abortEarly: true });
  return r.success ? r.output : undefined;
};

/** `payloadText`: the payload's JSON text, as the projection already made it (the cache key). */
type Verdict = (reveal: { payload: SealedPayload; salt: string }, commitment: string, payloadText: string) => boolean;

/**
 * The view, in the calling task: a protocol step runs in the task that delivered the
 * partner's message, with nothing (a render) in between. Each distinct reveal is hashed
 * once (a few KB, well under a millisecond); every later projection reads the verdict.
 */
export function projectSession(raw: RawSession, digest: SyncDigest, { remember = true }: { remember?: boolean } = {}): SessionView {
  // `remember: false` (the rehearsal, whose salt is thrown away): hash, keep no verdict, evict none.
  return project(raw, remember ? (reveal, commitment, payloadText) => verifiedOnce(reveal, commitment, payloadText, digest) : (reveal, commitment) => verifyRevealNow(reveal, commitment, digest));
}

function project(raw: RawSession, verdictOf: Verdict): SessionView {
  // Stryker disable next-line BooleanLiteral: bothSealed and complete are always assigned below before the view is returned
  const view: SessionView = { participants: {}, sealed: {}, acks: {}, revealed: {}, mismatches: [], problems: [], bothSealed: false, complete: false };

  for (const [key, value] of Object.entries(raw.participants)) {
    if (!isRole(key)) {
      view.problems.push(`participants["${key.slice(0, 20)}"]: unknown role, ignored`);
      continue;
    }
    const participant = read(presence, value);
    if (!participant) {
      view.problems.push(`participants.${key}: malformed presence, ignored`);
      continue;
    }
    view.participants[key] = participant;
  }

  for (const [key, value] of Object.entries(raw.commitments)) {
    if (!isRole(key)) {
      view.problems.push(`commitments["${key.slice(0, 20)}"]: unknown role, ignored`);
      continue;
    }
    const seal = read(sealed, value);
    if (!seal) {
      view.problems.push(`commitments.${key}: malformed commitment, ignored`);
      continue;
    }
    view.sealed[key] = { name: seal.name, sealedAt: seal.sealedAt, commitment: seal.commitment };
  }
  view.bothSealed = Boolean(view.sealed.ceo && view.sealed.cto);

  for (const [key, value] of Object.entries(raw.acks ?? {})) {
    const saw = isRole(key) ? read(ack, value) : undefined;
    if (!isRole(key) || !saw) {
      view.problems.push(`acks.${key.slice(0, 20)}: malformed acknowledgement, ignored`);
      continue;
    }
    view.acks[key] = { ceo: saw.ceo, cto: saw.cto };
  }

  for (const [key, value] of Object.entries(raw.reveals)) {
    if (!isRole(key)) {
      view.problems.push(`reveals["${key.slice(0, 20)}"]: unknown role, ignored`);
      continue;
    }
    const commitment = view.sealed[key]?.commitment;
    if (!commitment) {
      view.problems.push(`reveals.${key}: revealed without a commitment, ignored`);
      continue;
    }
    const revealed = read(reveal, value);
    if (!revealed) {
      view.problems.push(`reveals.${key}: malformed reveal, ignored`);
      continue;
    }
    // Checked and hashed as one and the same plain JSON value: nothing a prototype carries
    // (see isRecord) can be read by the check yet missed by the hash.
    const plain = plainJson(revealed.payload);
    if (!plain.ok) {
      // Cannot be hashed, so it cannot match its commitment.
      view.mismatches.push(key);
      continue;
    }
    const overfull = overfullReveal(plain.value, `reveals.${key}.payload`);
    if (overfull) {
      view.problems.push(overfull);
      continue;
    }
    const payload = parseSealedPayload(plain.value, `reveals.${key}.payload`);
    if (!payload.ok) {
      view.problems.push(...payload.errors.slice(0, 3));
      continue;
    }
    if (payload.value.role !== key) {
      view.problems.push(`reveals.${key}: payload says role ${payload.value.role}, ignored`);
      continue;
    }
    // The seal time announced with the commitment is the one the round is shown under while
    // waiting; the reveal may not swap it for another (history and the plan order rounds by it).
    if (payload.value.sealedAt !== view.sealed[key]?.sealedAt) {
      view.problems.push(`reveals.${key}.payload.sealedAt: ${JSON.stringify(payload.value.sealedAt)} is not the seal time announced with the commitment (${JSON.stringify(view.sealed[key]?.sealedAt)}), ignored`);
      continue;
    }
    // Verify exactly what was published (see sealed-file.ts: unknown fields must break the seal).
    const published = { payload: plain.value as SealedPayload, salt: revealed.salt };
    if (!verdictOf(published, commitment, plain.text ?? '')) {
      view.mismatches.push(key);
      continue;
    }
    view.revealed[key] = payload.value;
  }
  view.complete = Boolean(view.revealed.ceo && view.revealed.cto);
  return view;
}

/** The value as JSON data only (own members, no prototype); nothing stays nothing; not ok when it is not JSON. */
function plainJson(value: unknown): { ok: true; value: unknown; text?: string } | { ok: false } {
  try {
    const text = JSON.stringify(value);
    return { ok: true, value: text === undefined ? undefined : (JSON.parse(text) as unknown), text };
  } catch {
    return { ok: false };
  }
}

/**
 * Reveals are write-once (the peer guard refuses changes), and the view is projected on
 * every doc change: hash each distinct reveal once, not on every projection.
 */
const verdicts = new Map<string, boolean>();
const verdictKey = (commitment: string, salt: string, payloadText: string) => `${commitment}|${salt}|${payloadText}`;

/**
 * This laptop's own reveal, as it publishes it: the commitment was computed here from
 * exactly this payload and salt, so it matches without hashing again. Only ever for what
 * this laptop hashed itself; a reveal read from the doc in any other form is still hashed.
 */
export function rememberOwnReveal(reveal: { payload: SealedPayload; salt: string }, commitment: string): void {
  let text: string | undefined;
  try {
    text = JSON.stringify(reveal.payload);
  } catch {
    return;
  }
  if (text !== undefined) verdicts.set(verdictKey(commitment, reveal.salt, text), true);
}

function verifiedOnce(reveal: { payload: SealedPayload; salt: string }, commitment: string, payloadText: string, digest: SyncDigest): boolean {
  const key = verdictKey(commitment, reveal.salt, payloadText);
  const known = verdicts.get(key);
  // Stryker disable next-line ConditionalExpression: a cache miss only re-hashes; the verdict is the same
  if (known !== undefined) return known;
  const verdict = verifyRevealNow(reveal, commitment, digest);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only limits memory; a cleared cache re-hashes to the same verdict
  if (verdicts.size > 64) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}

/**
 * Why the reveal published under `role` was refused (the projection's first words about it),
 * or undefined when there is none or it was accepted. A mismatch with the commitment counts.
 */
export function refusedReveal(view: SessionView, role: Role): string | undefined {
  if (view.revealed[role]) return undefined;
  const problem = view.problems.find((p) => p.startsWith(`reveals.${role}.`) || p.startsWith(`reveals.${role}:`));
  if (problem) return problem;
  return view.mismatches.includes(role) ? `reveals.${role}: does not match the commitment` : undefined;
}
