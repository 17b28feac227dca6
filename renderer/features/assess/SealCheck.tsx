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
const NOT_SURE = 'If you are not sure, reconnect first (on the Compare page) and let Accord check.';
const MAY_HAVE = 'If you pressed Seal now before Accord closed, your partner may have your answers.';

/**
 * What the seal-unsure alert says about the check, from the resumed comparison's connection.
 * Only what is known: the room is searched for our commitment on every change, so while the
 * link is being made the answer may still come; once it is down, nothing is being checked.
 */
export function sealCheckText(
  status: ConnectionStatus | undefined,
  error: string | undefined,
  compromised?: string,
  begunAfterSeal?: 'hosted' | 'joined',
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
  // The resume failed before any connection: nothing is checking.
  if (error && !status) return `Accord could not reopen this round's comparison (${error}), so it cannot check whether your partner's laptop received this seal. ${NOT_SURE}`;
  switch (status?.state) {
    case 'waiting':
      // Signaling up, no partner heard: for as long as they stay away, nothing is checked with their laptop.
      return "Your partner's laptop is not in this comparison now, so nothing is checked with it yet: once it joins, Accord looks there for this seal, and this message closes by itself if it was received.";
    case undefined:
    case 'connecting':
    case 'linking':
    case 'no-direct-link':
      return "Checking with your partner's laptop whether it received this seal… It is safer to wait: if it did, this message closes by itself.";
    case 'connected':
      // Connected says nothing yet about what arrived: not "it did not receive it".
      return "Connected to your partner's laptop: if it received this seal, Accord finds it there and this message closes by itself. Wait a moment before you answer.";
    case 'offline':
      return `This laptop is offline from the comparison, so Accord cannot check whether your partner's laptop received this seal. ${NOT_SURE}`;
    case 'dropped':
      return `This laptop stopped syncing with your partner's laptop, so Accord cannot check whether it received this seal. ${NOT_SURE}`;
    case 'unreachable':
    case 'link-failed':
    case 'wrong-code':
      return `Your partner's laptop is not reachable now, so Accord cannot check whether it received this seal. ${NOT_SURE}`;
  }
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
        {sealCheckText(status, error, compromised === undefined ? undefined : plainPartnerText(compromised), begunAfterSeal)}
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
