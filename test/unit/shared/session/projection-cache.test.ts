// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectSession, rememberOwnReveal, type RawSession } from '../../../../shared/session/projection';
import { createCommitmentNow } from '../../../../shared/reveal/commitment';
import { validPayload } from '../../../trust/hostile-inputs';

let hashes = 0;
const sha256 = (t: string) => {
  hashes++;
  return createHash('sha256').update(t, 'utf8').digest('hex');
};
const AT = '2026-10-03T09:00:00.000Z';

/** A doc where the CTO committed and revealed; `tamper` changes the reveal after the commitment. */
function revealedDoc(salt: string, tamper = false): RawSession {
  const payload = validPayload('cto');
  const commitment = createCommitmentNow(payload, salt, sha256);
  const shown = tamper ? { ...payload, personName: 'Someone else' } : payload;
  return { participants: {}, commitments: { cto: { commitment, sealedAt: AT, name: 'Dana' } }, acks: {}, reveals: { cto: { payload: shown, salt } } };
}

describe('the projection in the calling task, each reveal hashed once', () => {
  it('hashes nothing when nothing is revealed', () => {
    const raw: RawSession = { participants: { ceo: { name: 'Alex', state: 'sealed' } }, commitments: { ceo: { commitment: 'ab'.repeat(32), sealedAt: AT, name: 'Alex' } }, acks: {}, reveals: {} };
    const before = hashes;
    expect(projectSession(raw, sha256).sealed.ceo?.commitment).toBe('ab'.repeat(32));
    expect(hashes).toBe(before);
  });

  it('verifies a new reveal with one hash, then knows it without hashing again', () => {
    const raw = revealedDoc('a1'.repeat(16));
    const before = hashes;
    const first = projectSession(raw, sha256);
    expect(hashes).toBe(before + 1);
    expect(first.revealed.cto?.personName).toBe(validPayload('cto').personName);
    expect(projectSession(raw, sha256)).toEqual(first);
    expect(hashes).toBe(before + 1);
  });

  it('never shows a tampered reveal, and keeps it a mismatch without hashing again', () => {
    const raw = revealedDoc('b2'.repeat(16), true);
    const first = projectSession(raw, sha256);
    expect(first.revealed.cto).toBeUndefined();
    expect(first.mismatches).toEqual(['cto']);
    const before = hashes;
    expect(projectSession(raw, sha256).mismatches).toEqual(['cto']);
    expect(projectSession(raw, sha256).complete).toBe(false);
    expect(hashes).toBe(before);
  });

  it('treats a reveal that cannot be serialised as not matching, without hashing', () => {
    const raw = revealedDoc('c3'.repeat(16));
    (raw.reveals.cto as { payload: Record<string, unknown> }).payload = { ...validPayload('cto'), big: 10n };
    const before = hashes;
    const view = projectSession(raw, sha256);
    expect(hashes).toBe(before);
    expect(view.revealed.cto).toBeUndefined();
  });
});

describe("this laptop's own reveal", () => {
  it('is known to match without a hash when remembered with the commitment made from it', () => {
    const salt = 'd4'.repeat(16);
    const raw = revealedDoc(salt);
    const { commitment } = raw.commitments.cto as { commitment: string };
    rememberOwnReveal({ payload: validPayload('cto'), salt }, commitment);
    const before = hashes;
    expect(projectSession(raw, sha256).revealed.cto?.personName).toBe(validPayload('cto').personName);
    expect(hashes).toBe(before);
  });

  it('does not vouch for a different payload under the same commitment', () => {
    const salt = 'e5'.repeat(16);
    const raw = revealedDoc(salt, true);
    const { commitment } = raw.commitments.cto as { commitment: string };
    rememberOwnReveal({ payload: validPayload('cto'), salt }, commitment);
    expect(projectSession(raw, sha256).mismatches).toEqual(['cto']);
  });

  it('with remember: false, hashes every time and keeps no verdict for later projections', () => {
    const raw = revealedDoc('a7'.repeat(16));
    const before = hashes;
    expect(projectSession(raw, sha256, { remember: false }).revealed.cto).toBeDefined();
    expect(projectSession(raw, sha256, { remember: false }).revealed.cto).toBeDefined();
    expect(hashes).toBe(before + 2);
    // Nothing was remembered: the first remembering projection still hashes.
    projectSession(raw, sha256);
    expect(hashes).toBe(before + 3);
    projectSession(raw, sha256);
    expect(hashes).toBe(before + 3);
  });

  it('with remember: false, a tampered reveal is still a mismatch', () => {
    const view = projectSession(revealedDoc('b8'.repeat(16), true), sha256, { remember: false });
    expect(view.revealed.cto).toBeUndefined();
    expect(view.mismatches).toEqual(['cto']);
  });
});
