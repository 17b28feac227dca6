import type { Round } from '../../../shared/assessment/types';
import { progress } from '../../../shared/assessment/scoring';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { privacyOf, useLocalPairStore } from '../../stores/local-pair-store';
import { PartnerText, plainPartnerText } from '../../app/PartnerText';

export function RoundCard({ round }: { round: Round }) {
  const p = progress(round);
  const sealed = Boolean(round.sealedAt);
  const { pair, unlocked, loaded } = useLocalPairStore();
  // Until the pair setting is read, any round may be private.
  const privacy = loaded ? privacyOf(round.id, { pair, unlocked }) : 'hidden';
  if (privacy !== 'open') {
    return (
      <article className="card stack" aria-label={`${round.label}, ${ROLE_LABELS[round.role]}, private`}>
        <div className="row">
          <span className={`badge ${round.role}`}>{ROLE_LABELS[round.role]}</span>
          <span className="badge">Private</span>
        </div>
        <h2>
          <PartnerText text={round.label} />
        </h2>
        <p className="muted small">Hidden while you take turns on this laptop{privacy === 'locked' ? ' — its owner can open it with their passphrase.' : ', until both rounds are sealed.'}</p>
        {privacy === 'locked' && (
          <a className="button" href={`#/assess/${round.id}/0`}>
            Open with passphrase
          </a>
        )}
      </article>
    );
  }
  return (
    <article className="card stack" aria-label={`${plainPartnerText(round.label)}, ${ROLE_LABELS[round.role]} ${plainPartnerText(round.personName)}`}>
      <div className="row">
        <span className={`badge ${round.role}`}>{ROLE_LABELS[round.role]}</span>
        {sealed ? <span className="badge sealed">Sealed ✓</span> : <span className="badge">Answering</span>}
        {round.receivedFrom && <span className="badge">Partner&apos;s round</span>}
        {/* From a backup: never checked against the partner's seal here (the History page and its results say so too). */}
        {round.unverified && <span className="badge">Not verified</span>}
      </div>
      <div>
        <h2>
          <PartnerText text={round.label} />
        </h2>
        <p className="muted small">
          <PartnerText text={round.personName} />
          {round.companyName ? ` · ${plainPartnerText(round.companyName)}` : ''} · updated {new Date(round.updatedAt).toLocaleString()}
        </p>
      </div>
      {!sealed && (
        <div>
          <div className="progress" aria-hidden="true" style={{ margin: '0 0 0.25rem' }}>
            <span style={{ width: `${Math.round((p.answered / p.total) * 100)}%` }} />
          </div>
          <span className="small muted">
            {p.answered} of {p.total} answered
          </span>
        </div>
      )}
      <div className="row">
        {sealed ? (
          <a className="button primary" href={`#/results/${round.id}`}>
            See results
          </a>
        ) : (
          <a className="button primary" href={`#/assess/${round.id}/0`}>
            {p.answered === 0 ? 'Start' : 'Continue'}
          </a>
        )}
      </div>
    </article>
  );
}
