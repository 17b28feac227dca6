import { useEffect } from 'react';
import type { Role } from '../../../shared/assessment/types';
import { plainPartnerText } from '../../app/PartnerText';
import { routeToHash } from '../../app/router';
import { useAssessStore } from '../../stores/assess-store';
import { useCompareStore } from '../../stores/compare-store';
import type { ConnectionStatus } from '../../sync/session';
import { connectionText } from '../compare/connection-text';

/** Where the live comparison is shown, with Leave. */
const COMPARE_HREF = routeToHash({ name: 'compare' });
const MAY_HAVE = 'If you pressed Seal now before Accord closed, your partner may have your answers.';

/**
 * What the seal-unsure alert says about the check. What it can find: our commitment to exactly
 * this seal in this round's comparison doc as saved on this laptop, read at the comparison's
 * first step (found, the seal is taken as ours and the alert goes). Never from the partner's
 * laptop: nothing under our role is taken from it (comparison-doc's rules), so our commitment
 * coming back from there is refused and the room called compromised. So no "checking with your
 * partner's laptop" and no "this message closes by itself" once the saved copy is read.
 * `looked`: the comparison's first step has run (its protocol state is in).
 */
export function sealCheckText(
  status: ConnectionStatus | undefined,
  error: string | undefined,
  compromised?: string,
  begunAfterSeal?: 'hosted' | 'joined',
  looked = false,
): string {
  // A later comparison of the round (Leave, then Host or Join again, as the compromised banner
  // advises). Hosted: a new room and salt, so the seal was never sent there and nothing there
  // can show it was sent elsewhere; not "checking", whatever its connection. Joined: the same
  // room if the invite code was the same (same salt: the seal can be found), else a new one.
  if (begunAfterSeal === 'hosted')
    return `This round's comparison began after this seal was made, in another room: the seal was never sent there, so Accord cannot check whether your partner's laptop received it. ${MAY_HAVE}`;
  if (begunAfterSeal === 'joined')
    return `This round's comparison began after this seal was made. Only if it is the room you sealed in (joined again with the same invite code) can Accord find this seal there; in a new room it cannot check whether your partner's laptop received it. ${MAY_HAVE}`;
  // Not "reconnect and let Accord check": the partner there does not follow the protocol, and
  // nothing this laptop finds in that room would settle it.
  if (compromised)
    return `This room is compromised: ${compromised}. Accord will not look for this seal there. If you pressed Seal now, assume your partner has your answers; if you did not, keep editing.`;
  // The resume failed before the saved comparison was read: nothing was looked at.
  if (error && !status)
    return `Accord could not reopen this round's comparison (${error}), so it cannot look there for this seal. If you are not sure, reconnect it first (on the Compare page) and let Accord look.`;
  if (!looked) return "Looking for this seal in this round's comparison as saved on this laptop…";
  // Whatever the connection: the partner's laptop cannot hand our commitment back (see above).
  return "This round's comparison, as saved on this laptop, does not hold this seal: nothing here shows that it left. If Accord closed just after you pressed Seal now, it may still have reached your partner's laptop before it was saved here; this laptop cannot confirm that from there.";
}

/**
 * Resumes the saved comparison of round `id` (the room may hold our commitment to exactly this
 * seal: then it takes the seal as ours and the alert goes) and says what that check is doing.
 * Loaded lazily by the alert: the Assess page does not load the comparison otherwise.
 */
export default function SealCheck({ id }: { id: string }) {
  useEffect(() => {
    void useCompareStore.getState().resumeFor(id).catch(() => undefined);
  }, [id]);
  const meta = useCompareStore((s) => s.meta);
  const status = useCompareStore((s) => s.status);
  const error = useCompareStore((s) => s.error);
  const view = useCompareStore((s) => s.view);
  const compromised = useCompareStore((s) => (s.protocol?.phase === 'compromised' ? (s.protocol.compromised ?? 'the protocol was broken') : undefined));
  // The comparison's first step ran: the saved copy of the room was read for our commitment.
  const looked = useCompareStore((s) => s.protocol !== undefined);
  const role = useAssessStore((s) => (s.round?.id === id ? s.round.role : undefined));
  // The seal the user has yet to say about: made when the seal dialog opened, in the comparison live then.
  const unsureSealedAt = useAssessStore((s) => (s.sealUnsure && s.sealing?.id === id ? s.sealing.sealedAt : undefined));
  // No saved comparison of this round (or not resumed yet): nothing is being checked.
  if (meta?.roundId !== id) return null;
  // Each Host or Join makes a new meta (its createdAt now); a resume keeps the stored one.
  const begunAfterSeal = unsureSealedAt !== undefined && Date.parse(meta.createdAt) > Date.parse(unsureSealedAt) ? (meta.isHost ? 'hosted' : 'joined') : undefined;
  const partnerRole: Role = role === 'cto' ? 'ceo' : 'cto';
  const name = role ? view?.participants[partnerRole]?.name : undefined;
  const partner = name === undefined ? undefined : plainPartnerText(name);
  const line = connectionText(status, { isHost: meta.isHost, partner, host: `${meta.host}:${meta.port}` });
  return (
    <>
      {/* Polite, inside the alert (not a second alert): it changes as the connection does. */}
      <p role="status" aria-live="polite" data-testid="seal-check">
        {sealCheckText(status, error, compromised === undefined ? undefined : plainPartnerText(compromised), begunAfterSeal, looked)}
      </p>
      {/* A hosted comparison listens on the LAN again: said here, with the way to Leave. Not
          announced (aria-live off inside the alert): the line above already says what changed. */}
      <p className={`connection connection-${status?.state ?? 'connecting'}`} aria-live="off" data-testid="seal-check-connection">
        <span className="dot" aria-hidden="true" /> Comparison of this round: {/[.…]$/.test(line) ? line : `${line}.`}{' '}
        <a href={COMPARE_HREF}>Open Compare to see it or leave it</a>
      </p>
    </>
  );
}
