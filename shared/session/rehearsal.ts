import { createCommitmentNow } from '../reveal/commitment';
import type { SealedPayload, SyncDigest } from '../reveal/types';
import { projectSession, type RawSession } from './projection';

/**
 * A dry run of the reveal check, on our own answers under a throwaway salt, while nothing
 * waits on it. The real check runs once, on the critical path (the partner's message →
 * our answer, or → the comparison); there, code V8 has not compiled yet cost 3–4 ms per
 * laptop (bench traces), a tenth of the whole reveal. The dry run compiles exactly that
 * code: commitment, the peer-decoded reveal's validation, canonical JSON and hash (presence
 * and acks are projected at every change anyway).
 *
 * Nothing of it is published, shown or remembered: the throwaway salt keeps it apart from
 * our real commitment, and its verdict is not cached (it would only push real ones out).
 *
 * Returns the dry run's verdict: true unless the check itself is broken.
 */
export function rehearseRevealCheck(payload: SealedPayload, salt: string, digest: SyncDigest): boolean {
  const commitment = createCommitmentNow(payload, salt, digest);
  const { role, personName: name, sealedAt } = payload;
  const raw: RawSession = {
    participants: {},
    commitments: { [role]: { commitment, sealedAt, name } },
    // As a peer's reveal arrives: a decoded copy, not our object.
    reveals: { [role]: { payload: JSON.parse(JSON.stringify(payload)) as unknown, salt } },
  };
  // Shown only when it parsed and its hash matched the commitment.
  return projectSession(raw, digest, { remember: false }).revealed[role] !== undefined;
}
