import { canonicalJson } from './canonical-json';
import type { Digest, Reveal, SealedPayload, SyncDigest } from './types';

/*
 * Commit–reveal for blind scoring: each leader first shares only
 * digest(canonicalJson({ payload, salt })), then later the payload and salt.
 * Anyone can recompute the digest, so answers cannot be changed after seeing
 * the partner's. The salt matters because the answer space is small enough to
 * brute-force: without it a commitment would leak the answers.
 */

/** 128 bits of salt, as hex. */
export const MIN_SALT_HEX_CHARS = 32;

const HEX = /^[0-9a-f]+$/;

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export function isSalt(salt: unknown): salt is string {
  return typeof salt === 'string' && salt.length >= MIN_SALT_HEX_CHARS && salt.length <= 256 && HEX.test(salt);
}

export function isCommitment(value: unknown): value is string {
  return typeof value === 'string' && value.length === 64 && HEX.test(value);
}

/** What is hashed: RFC 8785 canonical JSON of { payload, salt } (throws on a bad salt). */
function committedText(payload: SealedPayload, salt: string): string {
  if (!isSalt(salt)) {
    throw new RangeError(`salt: expected at least ${MIN_SALT_HEX_CHARS} lowercase hex characters`);
  }
  return canonicalJson({ payload, salt });
}

function checkedHex(digest: string): string {
  const hex = digest.toLowerCase();
  if (!isCommitment(hex)) throw new RangeError('digest: expected a 64-character hex SHA-256');
  return hex;
}

export async function createCommitment(payload: SealedPayload, salt: string, digest: Digest): Promise<string> {
  const text = committedText(payload, salt);
  return checkedHex(await digest(text));
}

/** createCommitment in the calling task. */
export function createCommitmentNow(payload: SealedPayload, salt: string, digest: SyncDigest): string {
  return checkedHex(digest(committedText(payload, salt)));
}

/** The text a reveal's digest is taken of, or undefined when it can never match. */
function revealedText(reveal: Reveal, commitment: string): string | undefined {
  if (!isSalt(reveal.salt) || typeof commitment !== 'string') return undefined;
  try {
    return canonicalJson({ payload: reveal.payload, salt: reveal.salt });
  } catch {
    return undefined;
  }
}

/** True only when the payload and salt hash to exactly the commitment. Never throws. */
export async function verifyReveal(reveal: Reveal, commitment: string, digest: Digest): Promise<boolean> {
  const text = revealedText(reveal, commitment);
  if (text === undefined) return false;
  return (await digest(text)).toLowerCase() === commitment.toLowerCase();
}

/** verifyReveal in the calling task. Never throws. */
export function verifyRevealNow(reveal: Reveal, commitment: string, digest: SyncDigest): boolean {
  const text = revealedText(reveal, commitment);
  return text !== undefined && digest(text).toLowerCase() === commitment.toLowerCase();
}
