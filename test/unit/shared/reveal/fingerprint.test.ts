import { describe, expect, it } from 'vitest';
import { buildSealedFile, commitmentFingerprint, parseSealedFile, serializeSealedFile } from '../../../../shared/reveal/sealed-file';
import { createCommitment } from '../../../../shared/reveal/commitment';
import { SALT, samplePayload, sha256 } from './fixtures';

describe('commitment fingerprint', () => {
  it('is 5 groups of 4 digits, each from 5 hex digits of the commitment', () => {
    expect(commitmentFingerprint('0'.repeat(64))).toBe('0000 0000 0000 0000 0000');
    // fffff = 1048575 → 8575; 12345 = 74565 → 4565; 00001 → 0001; abcde = 703710 → 3710; 0270f = 9999.
    expect(commitmentFingerprint(`fffff12345` + `00001abcde` + `0270f` + '0'.repeat(39))).toBe('8575 4565 0001 3710 9999');
    expect(commitmentFingerprint('f'.repeat(64))).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/);
    expect(() => commitmentFingerprint('xyz')).toThrow(RangeError);
  });

  it('the importer sees the exporter’s digits for the same file; an edit with the hash recomputed shows different digits', async () => {
    const file = await buildSealedFile(samplePayload(), SALT, sha256);
    const parsed = await parseSealedFile(serializeSealedFile(file), sha256);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const readOut = commitmentFingerprint(file.commitment);
    expect(commitmentFingerprint(parsed.value.commitment)).toBe(readOut);

    // A forger changes an answer and recomputes the commitment from the salt in the file: the file is self-consistent…
    const forged = { ...file, payload: { ...file.payload, answers: { ...file.payload.answers, 'db-1': { value: 5 as const } } } };
    forged.commitment = await createCommitment(forged.payload, forged.salt, sha256);
    const accepted = await parseSealedFile(serializeSealedFile(forged), sha256);
    expect(accepted.ok).toBe(true);
    // …but it is a new commitment, and the fingerprint the partner reads out no longer matches.
    expect(commitmentFingerprint(forged.commitment)).not.toBe(readOut);
  });
});
