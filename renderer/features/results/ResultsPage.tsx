import { useEffect } from 'react';
import { FRAMEWORK } from '../../../shared/framework/content';
import { MIN_SCORED_PER_AREA, scoreRound } from '../../../shared/assessment/scoring';
import { FREQUENCY_LABELS } from '../../../shared/framework/labels';
import { useAssessStore } from '../../stores/assess-store';
import { AreaRadar } from './AreaRadar';
import { PrivateGate } from '../local/PrivateGate';
import { SealedFileExport } from '../compare/FileExchange';
import { useShallow } from 'zustand/react/shallow';
import { reviewStepHref } from '../assess/steps';
import { PartnerText, plainPartnerText } from '../../app/PartnerText';

export function levelClass(score: number | null): string {
  if (score === null) return '';
  return score < 50 ? 'level-low' : score < 75 ? 'level-mid' : 'level-high';
}

export default function ResultsPage({ id }: { id: string }) {
  return (
    <PrivateGate roundId={id}>
      <Results id={id} />
    </PrivateGate>
  );
}

function Results({ id }: { id: string }) {
  // Only what this page shows: the save state and a seal in progress re-render nothing here.
  const { round, missing, open } = useAssessStore(useShallow((s) => ({ round: s.round, missing: s.missing, open: s.open })));
  useEffect(() => {
    void open(id);
  }, [id, open]);

  if (missing) return <p className="page">Round not found. <a href="#/">Back to your rounds</a></p>;
  if (!round || round.id !== id) return <p className="loading" role="status">Loading…</p>;
  if (!round.sealedAt) {
    return (
      <section className="page card empty">
        <h1>Results appear after you seal</h1>
        <p>Sealing locks your answers, so your scores cannot drift once you see them or your partner&apos;s.</p>
        <a className="button primary" href={reviewStepHref(id)}>
          Review and seal
        </a>
      </section>
    );
  }

  const result = scoreRound(round);
  const scoredAny = result.areas.some((a) => a.answered > 0);
  // How much "nothing below healthy" rests on: 2 statements scored of 40 is no clean bill of health.
  const scored = result.areas.reduce((n, a) => n + a.answered, 0);
  const statements = FRAMEWORK.areas.reduce((n, a) => n + a.statements.length, 0);
  const signsSaidNever = FRAMEWORK.warningSigns.filter((w) => round.warnings[w.id] === 'never').length;
  return (
    <section className="page stack" aria-labelledby="results-title">
      <div className="page-head">
        <div>
          <h1 id="results-title">{round.receivedFrom ? `${plainPartnerText(round.personName)}'s results` : 'Your results'}</h1>
          {round.receivedFrom &&
            (round.unverified ? (
              // From a backup (or found in a checked round's place): nothing here checked it against a seal.
              <p className="muted small" data-testid="partner-round-unverified">
                Your partner&apos;s round, added from a backup; not verified against their seal on this laptop.
              </p>
            ) : (
              <p className="muted small">Received from your partner {round.receivedFrom === 'file' ? 'as a sealed file' : 'over the local network'}; verified against their seal.</p>
            ))}
          <p className="muted">
            <PartnerText text={round.label} /> · <PartnerText text={round.personName} /> ({round.role.toUpperCase()}) · sealed {new Date(round.sealedAt).toLocaleString()}
            {/* The partner's laptop wrote this time into what it sealed: its clock, or any date it chose. */}
            {round.receivedFrom ? ' (as dated by their laptop)' : ''}
          </p>
        </div>
        <div className="card" style={{ padding: '0.6rem 1rem', textAlign: 'center' }}>
          <div className="small muted">Overall</div>
          <div style={{ fontSize: '1.6rem', fontWeight: 700 }} data-testid="overall-score">
            {result.overall ?? '—'}
          </div>
          {result.overallAreas < result.areas.length && (
            <div className="small muted" data-testid="overall-areas">
              over {result.overallAreas} of {result.areas.length} areas
            </div>
          )}
        </div>
      </div>

      <div className="score-grid">
        {result.areas.map((a) => {
          const area = FRAMEWORK.areas.find((x) => x.id === a.areaId)!;
          return (
            <div key={a.areaId} className="card score-card" data-testid={`area-score-${a.areaId}`}>
              <div className="small muted">{area.title}</div>
              {a.thin ? (
                <div className="small" data-testid="score-thin">
                  Not scored: too few answers to score this area (at least {MIN_SCORED_PER_AREA} needed).
                </div>
              ) : (
                <>
                  <div className="value" data-testid="score-value">
                    {a.score}
                    <span className="small muted"> / 100</span>
                  </div>
                  <div className="meter" aria-hidden="true">
                    <span className={levelClass(a.score)} style={{ width: `${a.score ?? 0}%` }} />
                  </div>
                </>
              )}
              <div className="small muted" style={{ marginTop: '0.35rem' }} data-testid="score-coverage">
                Scored on {a.answered} of {a.answered + a.dontKnow + a.unanswered} statements{a.dontKnow ? ` · ${a.dontKnow} don't know` : ''}
                {a.unanswered ? ` · ${a.unanswered} skipped` : ''}
              </div>
            </div>
          );
        })}
      </div>

      <div className="card">
        <h2>Your shape</h2>
        <p className="muted small">
          Each axis is one area, 0 at the centre and 100 at the edge. Healthy is 75 or more: an answer of 4 (“Agree”) or 5 on average.
        </p>
        <AreaRadar series={[{ name: round.personName, role: round.role, areas: result.areas.map((a) => ({ areaId: a.areaId, score: a.thin ? null : a.score })) }]} />
      </div>

      <div className="card">
        <h2>Where it is weakest</h2>
        {result.weakest.length === 0 &&
          (scoredAny && scored < statements ? (
            <p className="muted">
              Nothing below healthy among the {scored} of {statements} statements scored 1–5: each is at 4 (“Agree”) or above. The other {statements - scored}{' '}
              {statements - scored === 1 ? 'was' : 'were'} skipped or answered “Don’t know”, so {statements - scored === 1 ? 'it says' : 'they say'} nothing here.
            </p>
          ) : scoredAny ? (
            <p className="muted">Nothing below healthy: every area and statement you scored is at 4 (“Agree”) or above.</p>
          ) : (
            <p className="muted">Nothing to rank: no statement was scored 1–5.</p>
          ))}
        <ol className="stack" data-testid="weakest">
          {result.weakest.map((w) => (
            <li key={`${w.kind}-${w.statementId ?? w.areaId}`}>
              <strong>{w.title}</strong> <span className="muted">({w.score}/100)</span>
              <br />
              <span>{w.why}</span>
            </li>
          ))}
        </ol>
      </div>

      <div className="card">
        <h2>Warning signs that fired</h2>
        {result.firedWarnings.length === 0 ? (
          <p className="muted">
            {/* "never" is an answer; a blank or "don't know" is not a sign that did not show up. */}
            {signsSaidNever === FRAMEWORK.warningSigns.length
              ? 'None of the six warning signs showed up in your answers.'
              : `None fired among the ${signsSaidNever} you answered; ${FRAMEWORK.warningSigns.length - signsSaidNever} not answered or “don’t know”.`}
          </p>
        ) : (
          <ul data-testid="fired-warnings">
            {result.firedWarnings.map((w) => (
              <li key={w.id}>
                <strong>{w.title}</strong> — {FREQUENCY_LABELS[w.frequency].toLowerCase()}
              </li>
            ))}
          </ul>
        )}
      </div>
{!round.receivedFrom && (
      <div className="stack">
        <p className="row">
          <a className="button primary" href="#/compare">
            Compare with your partner →
          </a>
        </p>
        <SealedFileExport roundId={round.id} />
      </div>
      )}
    </section>
  );
}
