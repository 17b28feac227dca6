// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectSession, projectSessionNow, rememberOwnReveal, type RawSession } from '../../../../shared/session/projection';
import { createCommitment } from '../../../../shared/reveal/commitment';
import type { Digest } from '../../../../shared/reveal/types';
import { validPayload } from '../../../trust/hostile-inputs';

let hashes = 0;
const sha256: Digest = async (t) => {
  hashes++;
  return createHash('sha256').update(t, 'utf8').digest('hex');
};
const AT = '2026-10-03T09:00:00.000Z';

/** A doc where the CTO committed and revealed; `tamper` changes the reveal after the commitment. */
async function revealedDoc(salt: string, tamper = false): Promise<RawSession> {
  const payload = validPayload('cto');
  const commitment = await createCommitment(payload, salt, sha256);
  const shown = tamper ? { ...payload, personName: 'Someone else' } : payload;
  return { participants: {}, commitments: { cto: { commitment, sealedAt: AT, name: 'Dana' } }, acks: {}, reveals: { cto: { payload: shown, salt } } };
}

describe('the projection right now (no hash on the protocol step)', () => {
  it('is the same view as the hashed projection when nothing is revealed', async () => {
    const raw: RawSession = { participants: { ceo: { name: 'Alex', state: 'sealed' } }, commitments: { ceo: { commitment: 'ab'.repeat(32), sealedAt: AT, name: 'Alex' } }, acks: {}, reveals: {} };
    const now = projectSessionNow(raw);
    expect(now).toEqual(await projectSession(raw, sha256));
    expect(now?.sealed.ceo?.commitment).toBe('ab'.repeat(32));
  });

  it('waits for the hash of a reveal it has not verified, then knows it without hashing again', async () => {
    const raw = await revealedDoc('a1'.repeat(16));
    expect(projectSessionNow(raw)).toBeUndefined();
    const before = hashes;
    const hashed = await projectSession(raw, sha256);
    expect(hashes).toBe(before + 1);
    expect(hashed.revealed.cto?.personName).toBe(validPayload('cto').personName);
    const again = projectSessionNow(raw);
    expect(again).toEqual(hashed);
    expect(hashes).toBe(before + 1);
  });

  it('never shows an unverified reveal, and a tampered one stays a mismatch', async () => {
    const raw = await revealedDoc('b2'.repeat(16), true);
    expect(projectSessionNow(raw)).toBeUndefined();
    const hashed = await projectSession(raw, sha256);
    expect(hashed.revealed.cto).toBeUndefined();
    expect(hashed.mismatches).toEqual(['cto']);
    expect(projectSessionNow(raw)?.mismatches).toEqual(['cto']);
    expect(projectSessionNow(raw)?.complete).toBe(false);
  });

  it('treats a reveal that cannot be serialised as not matching, without hashing', async () => {
    const raw = await revealedDoc('c3'.repeat(16));
    (raw.reveals.cto as { payload: Record<string, unknown> }).payload = { ...validPayload('cto'), big: 10n };
    const before = hashes;
    const view = await projectSession(raw, sha256);
    expect(hashes).toBe(before);
    expect(view.revealed.cto).toBeUndefined();
  });
});

describe("this laptop's own reveal", () => {
  it('is known to match without a hash when remembered with the commitment made from it', async () => {
    const salt = 'd4'.repeat(16);
    const raw = await revealedDoc(salt);
    const { commitment } = raw.commitments.cto as { commitment: string };
    rememberOwnReveal({ payload: validPayload('cto'), salt }, commitment);
    const view = projectSessionNow(raw);
    expect(view?.revealed.cto?.personName).toBe(validPayload('cto').personName);
  });

  it('does not vouch for a different payload under the same commitment', async () => {
    const salt = 'e5'.repeat(16);
    const raw = await revealedDoc(salt, true);
    const { commitment } = raw.commitments.cto as { commitment: string };
    rememberOwnReveal({ payload: validPayload('cto'), salt }, commitment);
    expect(projectSessionNow(raw)).toBeUndefined();
    expect((await projectSession(raw, sha256)).mismatches).toEqual(['cto']);
  });
});
