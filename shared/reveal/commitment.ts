import { canonicalJson } from './canonical-json';
import type { Digest, Reveal, SealedPayload } from './types';

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

export async function createCommitment(payload: SealedPayload, salt: string, digest: Digest): Promise<string> {
  if (!isSalt(salt)) {
    throw new RangeError(`salt: expected at least ${MIN_SALT_HEX_CHARS} lowercase hex characters`);
  }
  const hex = (await digest(canonicalJson({ payload, salt }))).toLowerCase();
  if (!isCommitment(hex)) throw new RangeError('digest: expected a 64-character hex SHA-256');
  return hex;
}

/** True only when the payload and salt hash to exactly the commitment. Never throws. */
export async function verifyReveal(reveal: Reveal, commitment: string, digest: Digest): Promise<boolean> {
  if (!isSalt(reveal.salt) || typeof commitment !== 'string') return false;
  let text: string;
  try {
    text = canonicalJson({ payload: reveal.payload, salt: reveal.salt });
  } catch {
    return false;
  }
  const actual = (await digest(text)).toLowerCase();
  return actual === commitment.toLowerCase();
}
