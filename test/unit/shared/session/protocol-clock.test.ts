// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decide, type LocalSide } from '../../../../shared/session/protocol';
import { projectSession, type RawSession } from '../../../../shared/session/projection';
import { createCommitmentNow } from '../../../../shared/reveal/commitment';
import { SEALED_AT_CLOCK_SKEW_MS } from '../../../../shared/schema/sealed-payload';
import type { SealedPayload } from '../../../../shared/reveal/types';
import { validPayload } from '../../../trust/hostile-inputs';

// The partner's commitment announces its seal time, and its reveal must repeat it, no later than
// this laptop's clock allows. Against a commitment dated further ahead, our answers would go out
// and theirs could not be accepted: the protocol holds ours until this clock reaches it.

const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const SALT_CEO = 'ab'.repeat(16);
const NOW = Date.parse('2026-10-03T09:00:00.000Z');
const minutes = (n: number) => new Date(NOW + n * 60_000).toISOString();

function setup(theirSealedAt: string) {
  const ceo = validPayload('ceo') as SealedPayload;
  const ceoC = createCommitmentNow(ceo, SALT_CEO, sha256Now);
  const raw: RawSession = {
    participants: { ceo: { id: 'me', name: ceo.personName, role: 'ceo', state: 'sealed', at: minutes(0) } },
    commitments: {
      ceo: { commitment: ceoC, sealedAt: ceo.sealedAt, name: ceo.personName },
      cto: { commitment: 'c'.repeat(64), sealedAt: theirSealedAt, name: 'Dana' },
    },
    acks: {},
    reveals: {},
  };
  const me = (now: number, patch: Partial<LocalSide> = {}): LocalSide => ({
    role: 'ceo',
    participantId: 'me',
    salt: SALT_CEO,
    mine: { payload: ceo, commitment: ceoC },
    presence: { name: ceo.personName, state: 'sealed' },
    revealTogether: false,
    userReady: false,
    now,
    ...patch,
  });
  const run = (now: number, patch?: Partial<LocalSide>) => decide(raw, projectSession(raw, sha256Now), me(now, patch));
  return { raw, run, ceo, ceoC };
}

describe('a partner commitment dated ahead of this laptop’s clock', () => {
  it('more than the allowed skew ahead: neither ack nor reveal, until this clock is within it', () => {
    const { run } = setup(minutes(11));
    expect(run(NOW)).toEqual({ phase: 'partner-clock-ahead', actions: [] });
    // Reveal together and the user pressed Reveal: held all the same.
    expect(run(NOW, { revealTogether: true, userReady: true })).toEqual({ phase: 'partner-clock-ahead', actions: [] });
    // A minute later this clock allows it: ack and reveal in one write.
    expect(run(NOW + 60_000)).toMatchObject({ phase: 'waiting-reveal', actions: ['ack', 'reveal'] });
  });

  it('exactly the allowed skew ahead, or in the past: answered as usual', () => {
    expect(setup(new Date(NOW + SEALED_AT_CLOCK_SKEW_MS).toISOString()).run(NOW)).toMatchObject({ phase: 'waiting-reveal', actions: ['ack', 'reveal'] });
    expect(setup(minutes(-60 * 24 * 400)).run(NOW)).toMatchObject({ phase: 'waiting-reveal', actions: ['ack', 'reveal'] });
  });

  it('a commitment dated in 2099: our own commitment still goes (it shows nothing), our answers never do', () => {
    const { raw, run } = setup('2099-01-01T00:00:00.000Z');
    delete raw.commitments.ceo;
    expect(run(NOW)).toEqual({ phase: 'partner-clock-ahead', actions: ['commit'] });
  });

  it('our ack already out (an earlier session): the reveal is still held', () => {
    const { raw, run, ceoC } = setup(minutes(30));
    raw.acks!.ceo = { ceo: ceoC, cto: 'c'.repeat(64), at: minutes(0) };
    expect(run(NOW)).toEqual({ phase: 'partner-clock-ahead', actions: [] });
  });

  it('our reveal already out: nothing left to hold, we wait for theirs', () => {
    const { raw, run, ceo, ceoC } = setup(minutes(30));
    raw.acks!.ceo = { ceo: ceoC, cto: 'c'.repeat(64), at: minutes(0) };
    raw.reveals.ceo = { payload: ceo, salt: SALT_CEO };
    expect(run(NOW)).toEqual({ phase: 'waiting-reveal', actions: [] });
  });
});
