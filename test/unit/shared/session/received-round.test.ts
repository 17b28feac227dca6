// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectSession } from '../../../../shared/session/projection';
import { createCommitment } from '../../../../shared/reveal/commitment';
import type { Digest, SealedPayload } from '../../../../shared/reveal/types';
import { validPayload } from '../../../trust/hostile-inputs';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

const sha256: Digest = async (t) => createHash('sha256').update(t, 'utf8').digest('hex');
const AT = '2026-10-03T09:00:00.000Z';

async function viewWithPartnerReveal(payload: unknown) {
  const salt = 'cd'.repeat(16);
  // Self-consistent: the commitment is made from exactly this payload, so only validation can refuse it.
  const commitment = await createCommitment(payload as SealedPayload, salt, sha256);
  return projectSession(
    { participants: {}, commitments: { cto: { commitment, sealedAt: AT, name: 'Dana' } }, acks: {}, reveals: { cto: { payload, salt } } },
    sha256Now,
  );
}

describe('a partner round reaches this laptop only whole and sealed', () => {
  it('accepts a well-formed sealed payload that matches its commitment', async () => {
    const view = await viewWithPartnerReveal(validPayload('cto'));
    expect(view.revealed.cto?.sealedAt).toBe(validPayload('cto').sealedAt);
  });

  it('refuses a reveal without sealedAt, even when it matches its commitment', async () => {
    const { sealedAt: _drop, ...unsealed } = validPayload('cto');
    const view = await viewWithPartnerReveal(unsealed);
    expect(view.revealed.cto).toBeUndefined();
    expect(view.problems.join('\n')).toMatch(/sealedAt/);
  });

  it('refuses a reveal whose payload claims the other role', async () => {
    const view = await viewWithPartnerReveal(validPayload('ceo'));
    expect(view.revealed.cto).toBeUndefined();
    expect(view.problems.join('\n')).toMatch(/payload says role ceo/);
  });
});
