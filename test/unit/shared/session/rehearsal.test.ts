// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rehearseRevealCheck } from '../../../../shared/session/rehearsal';
import { projectSession } from '../../../../shared/session/projection';
import { createCommitmentNow } from '../../../../shared/reveal/commitment';
import { validPayload } from '../../../trust/hostile-inputs';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const SALT = 'c3'.repeat(16);

describe('the dry run of the reveal check (compiles the critical path ahead of time)', () => {
  it('passes on our own answers with a working hash', () => {
    expect(rehearseRevealCheck(validPayload('ceo'), SALT, sha256)).toBe(true);
    expect(rehearseRevealCheck(validPayload('cto'), SALT, sha256)).toBe(true);
  });

  it('fails when the hash does not give the same answer twice (the check is broken)', () => {
    let n = 0;
    const drifting = (t: string) => sha256(`${t}${n++}`);
    expect(rehearseRevealCheck(validPayload('ceo'), SALT, drifting)).toBe(false);
  });

  it('fails on answers the check would refuse from a partner', () => {
    expect(rehearseRevealCheck({ ...validPayload('ceo'), personName: '' }, SALT, sha256)).toBe(false);
  });

  it('throws on a salt too short to commit with, as committing would', () => {
    expect(() => rehearseRevealCheck(validPayload('ceo'), 'ab', sha256)).toThrow(/salt/);
  });

  it('leaves no verdict that vouches for a different reveal of the same answers', () => {
    const payload = validPayload('cto');
    expect(rehearseRevealCheck(payload, SALT, sha256)).toBe(true);
    // The real commitment (another salt) and a reveal claiming the rehearsal's salt against it.
    const realSalt = 'd4'.repeat(16);
    const commitment = createCommitmentNow(payload, realSalt, sha256);
    const view = projectSession(
      { participants: {}, commitments: { cto: { commitment, sealedAt: payload.sealedAt, name: payload.personName } }, acks: {}, reveals: { cto: { payload, salt: SALT } } },
      sha256,
    );
    expect(view.revealed.cto).toBeUndefined();
    expect(view.mismatches).toEqual(['cto']);
  });

  it('passes for any valid salt (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 64 }), (bytes) => {
        const salt = Buffer.from(bytes).toString('hex');
        return rehearseRevealCheck(validPayload('ceo'), salt, sha256);
      }),
      { numRuns: 50 },
    );
  });

  it('remembers nothing: the same reveal met later is hashed again (no verdict of it is kept, none evicted)', () => {
    let hashes = 0;
    const counting = (t: string) => {
      hashes++;
      return sha256(t);
    };
    const payload = validPayload('ceo');
    const salt = 'e7'.repeat(16);
    expect(rehearseRevealCheck(payload, salt, counting)).toBe(true);
    const commitment = createCommitmentNow(payload, salt, sha256);
    const raw = { participants: {}, commitments: { ceo: { commitment, sealedAt: payload.sealedAt, name: payload.personName } }, acks: {}, reveals: { ceo: { payload, salt } } };
    const before = hashes;
    expect(projectSession(raw, counting).revealed.ceo).toBeDefined();
    expect(hashes).toBe(before + 1);
  });
});
