import { Activity, lazy, useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import type { Role } from '../../../shared/assessment/types';
import { useCompareStore } from '../../stores/compare-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { useAssessStore } from '../../stores/assess-store';
import { services } from '../../stores/services';
import { FileComparison } from './FileExchange';
import { StartPanel } from './StartPanel';
import { ProtocolAlerts, RevealControls } from './ProtocolAlerts';
import { connectionText } from './connection-text';
import { InviteQr } from './InviteQr';
import { hasPendingSeal, sealBeingWritten } from '../../data/pending-seal';
import { reviewStepHref } from '../assess/steps';
// In this page's chunk (its charts load after it): a lazy view would suspend at the reveal,
// and React holds a suspended boundary's content back for up to 300 ms.
import ComparisonView from './ComparisonView';
import { PartnerText, plainPartnerText } from '../../app/PartnerText';
import { PartnerRoundCheck } from './PartnerRoundCheck';

const LocalPairPage = lazy(() => import('../local/LocalPairPage'));

export default function ComparePage({ id }: { id?: string }) {
  if (id === 'local') return <LocalPairPage />;
  if (id === 'file') return <FileComparison />;
  return <LiveCompare />;
}

function LiveCompare() {
  const store = useCompareStore();
  const { resume } = store;
  useEffect(() => {
    void resume();
  }, [resume]);
  return (
    <section className="page stack" aria-labelledby="compare-title">
      <div className="page-head">
        <div>
          <h1 id="compare-title">Compare</h1>
          <p className="muted">Each of you seals your own round. Nothing is shown until both are sealed — then both laptops open the same comparison.</p>
        </div>
      </div>
      {store.meta ? <SessionPanel /> : <StartPanel />}
    </section>
  );
}

function refusedReveals(view: NonNullable<ReturnType<typeof useCompareStore.getState>['view']>): string[] {
  // Capped: the words quote keys the partner chose.
  return view.problems
    .filter((p) => p.startsWith('reveals.') || p.startsWith('reveals['))
    .slice(0, 3)
    .map((p) => (p.length > 200 ? `${p.slice(0, 199)}…` : p));
}

/**
 * What else the partner's laptop published and this laptop refused (a commitment, an
 * acknowledgement, a presence not in the form Accord writes): without it the page would only say
 * it waits for the partner to seal. Capped: the words quote keys the partner chose.
 */
function refusedEntries(view: NonNullable<ReturnType<typeof useCompareStore.getState>['view']>): string[] {
  return view.problems
    .filter((p) => !p.startsWith('reveals.') && !p.startsWith('reveals['))
    .slice(0, 3)
    .map((p) => (p.length > 200 ? `${p.slice(0, 199)}…` : p));
}

function InviteCard({ code }: { code: string }) {
  return (
    <div className="row invite" style={{ alignItems: 'flex-start' }}>
      <InviteQr code={code} />
      <div className="stack" style={{ gap: '0.4rem' }}>
        <h2>Invite your partner</h2>
        <p className="muted">On their laptop: Compare → Join, then type this code or scan the QR code.</p>
        <code className="invite-code" data-testid="invite-code">
          {code}
        </code>
      </div>
    </div>
  );
}

function roleState(view: ReturnType<typeof useCompareStore.getState>['view'], role: Role): string {
  if (view?.revealed[role]) return 'sealed ✓ · revealed';
  if (view?.sealed[role]) return 'sealed ✓';
  if (view?.participants[role]) return 'answering…';
  return 'not here yet';
}

function SessionPanel() {
  const { meta, inviteCode, status, view, comparison, protocol, roleConflict, leave, goOffline, goOnline, warmComparison, saveProblems, keptNotice, retryKeepPartner } = useCompareStore();
  const rounds = useRoundsStore((s) => s.rounds);
  // The seal being stored is held already as the seal dialog's prepared copy: the reveal does not wait for its retry.
  // (The comparison says so too when the round is not open on the assess page: a restart on this page.)
  const heldInStore = useAssessStore((s) => Boolean(s.sealHeld && s.sealing && s.sealing.id === meta?.roundId));
  const heldInComparison = useCompareStore((s) => Boolean(s.protocol?.sealHeld));
  const heldCopy = heldInStore || heldInComparison;
  const mine = meta ? rounds.find((r) => r.id === meta.roundId) : undefined;
  // Sealed on this laptop but not stored yet (being written, or the write failed): frozen, and
  // its commitment may be out — never "continue your round".
  const sealNotStored = Boolean(mine && !mine.sealedAt && hasPendingSeal(mine.id));
  // Accord closed with the seal dialog open or just after Seal now (a prepared seal and no note,
  // see assess-store's sealUnsure): not known here whether the answers went, so not "they stay".
  // The assess store knows once it has opened the round (a prepared seal is also there while the
  // seal dialog is open); else the prepared seal left on disk tells.
  const unsureInStore = useAssessStore((s) => (s.round?.id === meta?.roundId ? Boolean(s.sealUnsure && s.sealing?.id === meta?.roundId) : undefined));
  const [preparedLeft, setPreparedLeft] = useState(false);
  const unsealedId = mine && !mine.sealedAt && !sealNotStored ? mine.id : undefined;
  useEffect(() => {
    setPreparedLeft(false);
    if (!unsealedId) return;
    let alive = true;
    services()
      .rounds.preparedSeal(unsealedId)
      .then(
        (prepared) => alive && setPreparedLeft(Boolean(prepared)),
        () => undefined,
      );
    return () => {
      alive = false;
    };
  }, [unsealedId]);
  const sealUnsure = Boolean(unsealedId) && (unsureInStore ?? preparedLeft);
  // Fetch and parse the comparison's chart while waiting, so it follows the reveal at once.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
    idle(() => void import('../results/AreaRadarChart'));
  }, []);
  if (!meta) return null;
  const otherRole: Role = mine?.role === 'cto' ? 'ceo' : 'cto';
  const partnerName = view?.participants[otherRole]?.name;
  // Announced by the partner's page: any text, so cleaned before it joins our sentences.
  const partner = partnerName === undefined ? undefined : plainPartnerText(partnerName);
  const refused = view ? refusedReveals(view) : [];
  const refusedOther = view ? refusedEntries(view) : [];
  const text = connectionText(status, { isHost: meta.isHost, partner, host: `${meta.host}:${meta.port}` });
  const bad = status?.state === 'wrong-code' || status?.state === 'unreachable' || status?.state === 'link-failed';

  return (
    <div className="stack">
      <div className={`card row connection connection-${status?.state ?? 'connecting'}`} style={{ justifyContent: 'space-between' }}>
        <span role="status" aria-live="polite" data-testid="connection-status" data-path={status?.path} className={bad ? 'field-error' : undefined}>
          <span className="dot" aria-hidden="true" /> {text}
        </span>
        <span className="row">
          {status?.state === 'offline' ? (
            <button type="button" onClick={goOnline}>
              Reconnect
            </button>
          ) : (
            <button type="button" className="ghost" onClick={goOffline}>
              Go offline
            </button>
          )}
          <button type="button" onClick={() => void leave()}>
            Leave comparison
          </button>
        </span>
      </div>

      {meta.isHost && inviteCode && !comparison && (status?.state === 'connected' ? (
        // The code is the room's secret: once the partner is in, it stays off a shared screen
        // (a projector at the offsite) unless asked for.
        <details className="card invite-again" data-testid="invite-again">
          <summary>Show the invite code again</summary>
          <InviteCard code={inviteCode} />
        </details>
      ) : (
        <div className="card">
          <InviteCard code={inviteCode} />
        </div>
      ))}

      {meta.isHost && (status?.strangerAttempts ?? 0) > 0 && status?.state !== 'connected' && (
        <p className="alert warn" role="note">
          Someone tried to join with a different invite code. They cannot read anything; check the code your partner typed.
        </p>
      )}
      <ProtocolAlerts partner={partner} sealUnsure={sealUnsure} />
      {saveProblems.partnerRound && (
        <p className="alert error" role="alert" data-testid="partner-round-unsaved">
          {saveProblems.partnerRound}{' '}
          <button type="button" className="small" onClick={() => void retryKeepPartner()}>
            Try again
          </button>
        </p>
      )}
      {keptNotice && (
        <p className="alert warn" role="alert" data-testid="planted-partner-round">
          {keptNotice}
        </p>
      )}
      {saveProblems.comparison && (
        <p className="alert error" role="alert" data-testid="comparison-unsaved">
          {saveProblems.comparison}
        </p>
      )}
      {roleConflict && (
        <p className="alert error" role="alert">
          Your partner joined with a {ROLE_LABELS[mine?.role ?? 'ceo']} round too. One of you must compare a {ROLE_LABELS[otherRole]} round.
        </p>
      )}
      {refused.length > 0 && (
        <p className="alert error" role="alert" data-testid="reveal-refused">
          A reveal in this room was refused, so it is not shown and counts as not revealed: <PartnerText text={refused.join('; ')} />.
        </p>
      )}
      {refusedOther.length > 0 && (
        <p className="alert error" role="alert" data-testid="entry-refused">
          Something published in this room was not in the form Accord writes, so it was refused and does not count: <PartnerText text={refusedOther.join('; ')} />.
        </p>
      )}
      {view && view.mismatches.length > 0 && (
        <p className="alert error" role="alert" data-testid="reveal-mismatch">
          Warning: the {view.mismatches.map((r) => ROLE_LABELS[r]).join(' and ')} answers do not match what was sealed. They were changed after
          sealing, so they are not shown.
        </p>
      )}

      <ul className="grid participants" aria-label="Who has sealed">
        {(['ceo', 'cto'] as Role[]).map((role) => (
          <li key={role} className="card" data-testid={`participant-${role}`}>
            <span className={`badge ${role}`}>{ROLE_LABELS[role]}</span>{' '}
            <strong>
              <PartnerText text={view?.participants[role]?.name ?? (mine?.role === role ? mine.personName : '—')} />
            </strong>
            <div className="muted">
              {ROLE_LABELS[role]}: {roleState(view, role)}
            </div>
          </li>
        ))}
      </ul>

      {mine && sealNotStored && !sealBeingWritten(mine.id) && (
        <p className="alert error" role="alert" data-testid="seal-unsaved">
          {view?.revealed[mine.role]
            ? // Revealed from the prepared seal the dialog wrote: that copy is kept, the round's own write failed.
              'Your seal could not be stored with your round on this laptop; your answers were revealed from the copy kept when you opened the seal dialog. '
            : heldCopy && protocol?.phase !== 'compromised'
              ? // Held as that copy: the reveal leaves once the partner has sealed, without a retry.
                'Your seal could not be stored with your round on this laptop; the copy kept when you opened the seal dialog holds it, so your answers will be revealed from that copy as usual. '
              : 'Your seal could not be stored on this laptop, so your answers are not revealed. '}
          <a href={reviewStepHref(mine.id)}>Review and seal again</a> to store it.
        </p>
      )}
      {mine && sealUnsure && (
        <p className="alert" role="alert" data-testid="seal-unsure-compare">
          Accord closed while you were sealing this round, so your answers are frozen as they were. If you pressed <strong>Seal now</strong>,
          your partner may already have them. <a href={reviewStepHref(mine.id)}>Open your round</a> to seal it again or, if you did not, to
          keep editing.
        </p>
      )}
      {mine && !mine.sealedAt && !sealNotStored && !sealUnsure && (
        <div className="card row" style={{ justifyContent: 'space-between' }}>
          <span>Your answers stay on this laptop until you seal them.</span>
          <a className="button primary" href={`#/assess/${mine.id}/0`}>
            Continue your round
          </a>
        </div>
      )}
      {(mine?.sealedAt || sealNotStored) && !comparison && protocol?.phase !== 'compromised' && <RevealControls partner={partner} />}
      {warmComparison && !comparison && (
        // Hidden, at idle priority: no effects run, nothing is announced or focusable. Not
        // memoised on purpose: each re-render of the panel while waiting renders it again,
        // and code run often is optimised by the time the real comparison comes (measured:
        // a memoised stand-in rendered once gave 72–85 ms at the reveal, this 54–57 ms).
        <Activity mode="hidden">
          <ComparisonView comparison={warmComparison} warm />
        </Activity>
      )}
      {comparison && (
        <>
          <div className="card row" style={{ justifyContent: 'space-between' }}>
            <span>
              <strong>Both sealed and verified.</strong> Walk through it together, then agree the artifacts.
            </span>
            <span className="row">
              <a className="button" href="#/present/live">
                Present
              </a>
              <a className="button" href="#/workspace">
                Open the workspace
              </a>
              <a className="button primary" href="#/plan">
                Export repair plan
              </a>
            </span>
          </div>
          {protocol?.mine && protocol.partner && <PartnerRoundCheck mine={protocol.mine} partner={protocol.partner.payload} />}
          <ComparisonView comparison={comparison} />
        </>
      )}
    </div>
  );
}
