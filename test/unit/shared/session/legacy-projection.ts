// The hand-written entry checks before valibot, kept only as a test oracle (projection.property.test.ts).
import type { Role } from '../../../../shared/assessment/types';
import { isCommitment, isSalt, verifyReveal } from '../../../../shared/reveal/commitment';
import type { Digest, SealedPayload } from '../../../../shared/reveal/types';
import { parseSealedPayload } from '../../../../shared/schema/sealed-payload';
import { isIsoDateTime } from '../../../../shared/schema/iso-date-time';
import { MAX_NAME } from '../../../../shared/schema/limits';

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
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_NAME;

export async function projectSession(raw: RawSession, digest: Digest): Promise<SessionView> {
  const view: SessionView = { participants: {}, sealed: {}, acks: {}, revealed: {}, mismatches: [], problems: [], bothSealed: false, complete: false };

  for (const [key, value] of Object.entries(raw.participants)) {
    if (!isRole(key)) {
      view.problems.push(`participants["${key.slice(0, 20)}"]: unknown role, ignored`);
      continue;
    }
    if (!isObj(value) || !isName(value.name) || (value.state !== 'answering' && value.state !== 'sealed')) {
      view.problems.push(`participants.${key}: malformed presence, ignored`);
      continue;
    }
    view.participants[key] = { id: typeof value.id === 'string' ? value.id.slice(0, 64) : undefined, name: value.name, state: value.state };
  }

  for (const [key, value] of Object.entries(raw.commitments)) {
    if (!isRole(key)) {
      view.problems.push(`commitments["${key.slice(0, 20)}"]: unknown role, ignored`);
      continue;
    }
    if (!isObj(value) || !isCommitment(value.commitment) || typeof value.sealedAt !== 'string' || !isIsoDateTime(value.sealedAt) || !isName(value.name)) {
      view.problems.push(`commitments.${key}: malformed commitment, ignored`);
      continue;
    }
    view.sealed[key] = { name: value.name, sealedAt: value.sealedAt, commitment: value.commitment };
  }
  view.bothSealed = Boolean(view.sealed.ceo && view.sealed.cto);

  for (const [key, value] of Object.entries(raw.acks ?? {})) {
    if (!isRole(key) || !isObj(value) || !isCommitment(value.ceo) || !isCommitment(value.cto)) {
      view.problems.push(`acks.${key.slice(0, 20)}: malformed acknowledgement, ignored`);
      continue;
    }
    view.acks[key] = { ceo: value.ceo, cto: value.cto };
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
    if (!isObj(value) || !isSalt(value.salt)) {
      view.problems.push(`reveals.${key}: malformed reveal, ignored`);
      continue;
    }
    const payload = parseSealedPayload(value.payload, `reveals.${key}.payload`);
    if (!payload.ok) {
      view.problems.push(...payload.errors.slice(0, 3));
      continue;
    }
    if (payload.value.role !== key) {
      view.problems.push(`reveals.${key}: payload says role ${payload.value.role}, ignored`);
      continue;
    }
    // Verify exactly what was published (see sealed-file.ts: unknown fields must break the seal).
    const verified = await verifiedOnce({ payload: value.payload as SealedPayload, salt: value.salt }, commitment, digest);
    if (!verified) {
      view.mismatches.push(key);
      continue;
    }
    view.revealed[key] = payload.value;
  }
  view.complete = Boolean(view.revealed.ceo && view.revealed.cto);
  return view;
}

/**
 * Reveals are write-once (the peer guard refuses changes), and the view is projected on
 * every doc change: hash each distinct reveal once, not on every projection.
 */
const verdicts = new Map<string, boolean>();
async function verifiedOnce(reveal: { payload: SealedPayload; salt: string }, commitment: string, digest: Digest): Promise<boolean> {
  let key: string;
  try {
    key = `${commitment}|${reveal.salt}|${JSON.stringify(reveal.payload)}`;
  } catch {
    return false;
  }
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = await verifyReveal(reveal, commitment, digest);
  if (verdicts.size > 64) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}
