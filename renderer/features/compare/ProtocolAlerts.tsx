import { useCompareStore } from '../../stores/compare-store';
import { PartnerText, plainPartnerText } from '../../app/PartnerText';
import { SEALED_AT_CLOCK_SKEW_MS } from '../../../shared/schema/sealed-payload';

/** What the protocol says of the room while a comparison runs: compromised, withheld, a third device, a dropped link. */
export function ProtocolAlerts({ partner, sealUnsure = false }: { partner?: string; sealUnsure?: boolean }) {
  const { status, protocol, resync, leave } = useCompareStore();
  const hostNewRoom = async () => {
    await leave();
    window.location.hash = '#/compare';
  };
  return (
    <>
      {protocol?.phase === 'compromised' && (
        <div className="alert error stack" role="alert" data-testid="room-compromised">
          <p>
            <strong>This room is compromised:</strong> <PartnerText text={protocol.compromised} />.{' '}
            {protocol.answersOut
              ? `Your answers had already been revealed here: ${partner ?? 'your partner'} has them.`
              : sealUnsure
                ? // Accord closed mid-seal: a reveal sent just before it closed may not be on record here.
                  `If you pressed Seal now before Accord closed, your partner may have your answers; nothing of yours was revealed since.`
                : 'Nothing of yours was revealed.'}
          </p>
          <p>Someone holding this invite is not following the protocol. Leave this room and host a new one with a new invite code.</p>
          <button type="button" className="primary" data-testid="host-new-room" onClick={() => void hostNewRoom()}>
            Host a new room
          </button>
        </div>
      )}
      {protocol?.withholding && (
        <p className="alert error" role="alert" data-testid="partner-withholding">
          {protocol.partnerRevealRefused
            ? `${partner ?? 'Your partner'} has your answers; the answers they revealed were refused by this laptop (${plainPartnerText(protocol.partnerRevealRefused)}).`
            : `${partner ?? 'Your partner'} has your answers and has not revealed theirs.`}{' '}
          {/* A compromised room shows no comparison to trust or not. */}
          {protocol.phase === 'compromised'
            ? 'This is noted in your history; you cannot take your answers back.'
            : 'This is noted in your history; you cannot take your answers back, so talk before you trust this comparison.'}
        </p>
      )}
      {(status?.thirdDevices ?? 0) > 0 && (
        <p className="alert error" role="alert" data-testid="third-device">
          A third device tried to join this two-person room and was refused. Only your partner should hold the invite code.
        </p>
      )}
      {status?.state === 'dropped' && (
        <p className="alert error row" role="alert" data-testid="peer-dropped" style={{ justifyContent: 'space-between' }}>
          <span>Stopped syncing with your partner: <PartnerText text={status.refusal?.reason} />. Nothing they sent was applied.</span>
          <button type="button" onClick={resync}>
            Resync
          </button>
        </p>
      )}
    </>
  );
}

/** Where the blind comparison stands for this laptop, and "Reveal together". */
export function RevealControls({ partner }: { partner?: string }) {
  const { meta, protocol, view, setRevealTogether, revealNow } = useCompareStore();
  const phase = protocol?.phase;
  const theirSeal = protocol?.role ? view?.sealed[protocol.role === 'ceo' ? 'cto' : 'ceo']?.sealedAt : undefined;
  const text =
    phase === 'waiting-partner'
      ? 'Sealed. The comparison opens here the moment your partner seals too.'
      : phase === 'partner-clock-ahead'
        ? `Both sealed, but ${partner ?? 'your partner'}'s seal is dated ${theirSeal ? new Date(theirSeal).toLocaleString() : 'later'}, more than ${SEALED_AT_CLOCK_SKEW_MS / 60_000} minutes ahead of this laptop's clock. Answers dated ahead cannot be accepted here, so yours stay on this laptop until then. Check the time on both laptops.`
      : phase === 'waiting-user'
        ? `Both sealed. Press Reveal when you are both ready — ${partner ?? 'your partner'} sees your answers only after both of you have.`
        : phase === 'waiting-ack'
          ? `You pressed Reveal — waiting for ${partner ?? 'your partner'} to be ready too. Your answers leave only once both of you are.`
          : phase === 'storing-seal'
            ? 'Both sealed — storing your seal on this laptop before your answers are revealed…'
            : phase === 'storing-commitments'
              ? `Both sealed — storing ${partner ?? 'your partner'}'s commitment on this laptop before your answers are revealed…`
            : phase === 'waiting-reveal'
              ? protocol?.withholding
                ? `Your answers went out; no verified answers have come from ${partner ?? 'your partner'}.`
                : `Your answers went out — waiting for ${partner ?? 'your partner'}'s…`
              : 'Both sealed — opening the comparison…';
  return (
    <div className="card stack" style={{ gap: '0.5rem' }}>
      <p className="muted" data-testid="reveal-state">
        {text}
      </p>
      <label className="row" style={{ gap: '0.5rem' }}>
        <input type="checkbox" data-testid="reveal-together" checked={Boolean(meta?.revealTogether)} disabled={phase === 'waiting-reveal'} onChange={(e) => void setRevealTogether(e.target.checked)} />
        Reveal together: wait until I press Reveal (for pairs in the same room)
      </label>
      {phase === 'waiting-user' && (
        <button type="button" className="primary" data-testid="reveal-now" onClick={revealNow}>
          Reveal
        </button>
      )}
    </div>
  );
}

/**
 * Why a published reveal was dropped (malformed, wrong role, a payload that does not read):
 * the projection's own words, which name where and what.
 */
