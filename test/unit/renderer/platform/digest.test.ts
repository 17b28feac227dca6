import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomHex, sha256Hex } from '../../../../renderer/platform/digest';
// The file the browser build bundles (under Node, 'lib0/hash/sha256' resolves to a wrapper of Node's crypto).
import { digest as browserSha256 } from '../../../../node_modules/lib0/hash/sha256.js';
import { toHex } from '../../../../shared/reveal/commitment';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex (lib0, in the calling task)', () => {
  it('matches the FIPS 180-4 test vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals Node’s OpenSSL SHA-256 on any text, multi-byte characters and block boundaries included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ minLength: 50, maxLength: 140 })), async (text) => {
        expect(await sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 300 },
    );
  });

  it('the browser build’s pure-JS SHA-256 equals OpenSSL’s on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ minLength: 50, maxLength: 140 })), (text) => {
        expect(toHex(browserSha256(new TextEncoder().encode(text)))).toBe(nodeSha256(text));
      }),
      { numRuns: 300 },
    );
  });

  it('answers before any other task runs (a queued timer has not fired when the hash is ready)', async () => {
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    await sha256Hex('x'.repeat(5000));
    expect(timerFired).toBe(false);
  });

  it('randomHex gives the asked number of random bytes as lowercase hex', () => {
    const a = randomHex(32);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(randomHex(32)).not.toBe(a);
  });
});
