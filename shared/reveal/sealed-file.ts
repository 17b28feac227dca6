import * as v from 'valibot';
import { safeParseJson } from '../schema/json';
import { MAX_FILE_BYTES } from '../schema/limits';
import { fail, ok, type Result } from '../schema/result';
import { record } from '../schema/rules';
import { sealedPayload } from '../schema/sealed-payload';
import { expected, parseWith } from '../schema/valibot-issues';
import { createCommitment, isCommitment, isSalt, verifyReveal } from './commitment';
import type { Digest, SealedPayload } from './types';

/**
 * A sealed round saved to disk or handed to the partner: the payload, the salt
 * and the commitment, so the reader can check nothing changed after sealing.
 */
export interface SealedFile {
  format: 'accord-sealed-round';
  version: 1;
  payload: SealedPayload;
  salt: string;
  commitment: string;
}

export const SEALED_FILE_FORMAT = 'accord-sealed-round';

export async function buildSealedFile(payload: SealedPayload, salt: string, digest: Digest): Promise<SealedFile> {
  return {
    format: SEALED_FILE_FORMAT,
    version: 1,
    payload,
    salt,
    commitment: await createCommitment(payload, salt, digest),
  };
}

/** Pretty-printed for people who open the file; the commitment does not depend on layout. */
export function serializeSealedFile(file: SealedFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A short, speakable form of a commitment: 5 groups of 4 digits (about 66
 * bits), each from 5 hex digits (20 bits) of the commitment. The exporter reads
 * it to the partner by phone or in person; the importer sees the same digits
 * only if the file carries that very commitment. A file edited with its hash
 * recomputed is a new commitment, so its fingerprint differs; forging one with
 * the same fingerprint means about 2^66 hash attempts.
 */
export function commitmentFingerprint(commitment: string): string {
  if (!isCommitment(commitment)) throw new RangeError('commitment: expected 64 lowercase hex characters');
  const groups: string[] = [];
  for (let i = 0; i < 5; i++) {
    const n = parseInt(commitment.slice(i * 5, i * 5 + 5), 16) % 10_000;
    groups.push(String(n).padStart(4, '0'));
  }
  return groups.join(' ');
}

export const COMMITMENT_MISMATCH = 'commitment does not match: the file was changed after sealing';

const fileSchema = record({
  format: v.literal(SEALED_FILE_FORMAT, expected(`"${SEALED_FILE_FORMAT}"`)),
  version: v.literal(1, expected('1')),
  salt: v.custom<string>(isSalt, expected('at least 32 lowercase hex characters')),
  commitment: v.custom<string>(isCommitment, expected('64 lowercase hex characters')),
  payload: sealedPayload,
});

/** Reads an untrusted sealed file: size and depth limits, shape, then the commitment. */
export async function parseSealedFile(
  text: unknown,
  digest: Digest,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<Result<SealedFile>> {
  const json = safeParseJson(text, maxBytes);
  if (!json.ok) return json;

  const r = parseWith(fileSchema, json.value, '', 'file');
  if (!r.ok) return r;
  const o = r.value;

  // Verify the payload exactly as written: the validated copy drops unknown
  // fields, and an added field must also break the seal.
  const sealed = await verifyReveal(
    { payload: (json.value as { payload: SealedPayload }).payload, salt: o.salt },
    o.commitment,
    digest,
  );
  if (!sealed) return fail(COMMITMENT_MISMATCH);

  return ok({
    format: SEALED_FILE_FORMAT,
    version: 1,
    payload: o.payload,
    salt: o.salt,
    commitment: o.commitment,
  });
}
