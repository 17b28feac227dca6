import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/reveal/canonical-json';
import { createCommitment, isCommitment, isSalt, verifyReveal } from '../../../../shared/reveal/commitment';
import { commitmentFingerprint } from '../../../../shared/reveal/sealed-file';
import { SALT, samplePayload, sha256 } from './fixtures';

// The edges of what counts as a salt, a commitment and JSON data to hash.

describe('salts and commitments', () => {
  it('a salt is 32 to 256 lowercase hex characters', () => {
    expect(isSalt('a'.repeat(32))).toBe(true);
    expect(isSalt('a'.repeat(256))).toBe(true);
    expect(isSalt('a'.repeat(257))).toBe(false);
    expect(isSalt('a'.repeat(31))).toBe(false);
    expect(isSalt('A'.repeat(32))).toBe(false);
  });

  it('a commitment is exactly 64 lowercase hex characters', () => {
    expect(isCommitment('a'.repeat(64))).toBe(true);
    for (const bad of ['a'.repeat(63), 'a'.repeat(65), 'g'.repeat(64), 'A'.repeat(64), `${'a'.repeat(63)} `, 64, null, undefined]) {
      expect(isCommitment(bad), String(bad)).toBe(false);
    }
  });

  it('a digest that does not give 64 hex characters is refused, never used as a commitment', async () => {
    await expect(createCommitment(samplePayload(), SALT, async () => 'not a hash')).rejects.toThrow('digest: expected a 64-character hex SHA-256');
  });

  it('a reveal with a weak salt is refused even when it hashes to the commitment (the answers could be brute-forced)', async () => {
    const weak = 'ab';
    const commitment = await sha256(canonicalJson({ payload: samplePayload(), salt: weak }));
    expect(await verifyReveal({ payload: samplePayload(), salt: weak }, commitment, sha256)).toBe(false);
  });

  it('a commitment that is not text never verifies, and never throws', async () => {
    expect(await verifyReveal({ payload: samplePayload(), salt: SALT }, 42 as unknown as string, sha256)).toBe(false);
  });

  it('a fingerprint of something that is not a commitment is refused, saying what is expected', () => {
    expect(() => commitmentFingerprint('A'.repeat(64))).toThrow('commitment: expected 64 lowercase hex characters');
  });
});

describe('canonical JSON refuses what it would not hash faithfully', () => {
  it.each([
    ['a function inside an object', { a: () => 1 }],
    ['a symbol inside an object', { a: Symbol('s') }],
    ['undefined inside a list', [1, undefined]],
    ['a function inside a list', [() => 1]],
  ])('%s', (_what, value) => {
    expect(() => canonicalJson(value)).toThrow('canonicalJson: value is not JSON data');
  });

  it('a value that is no JSON at all', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
