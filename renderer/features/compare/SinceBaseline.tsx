import { lazy, Suspense } from 'react';
import type { AnswerValue } from '../../../shared/assessment/types';
import { answerLabel } from '../../../shared/framework/labels';
import { statementById } from '../../../shared/framework/content';
import type { Day30Change, Day30Row } from '../../../shared/offsite/day30';
import { CHANGE_COUNTED, CHANGE_ORDER, CHANGE_WORDS, type Day30Report } from '../../../shared/offsite/day30-report';
import type { Comparison } from '../../../shared/session/comparison';
import { ChangeDumbbell } from './ChangeDumbbell';
import { useSinceBaseline } from './since-baseline';
import './since.css';
import { PartnerText } from '../../app/PartnerText';

const AreaGapChart = lazy(() => import('./AreaGapChart'));

export function day(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

const short = (v: AnswerValue | null) => (v === null ? '—' : v === 'dont-know' ? '?' : String(v));

function Pair({ ceo, cto }: { ceo: AnswerValue | null; cto: AnswerValue | null }) {
  return (
    <span className="since-pair">
      <span className="badge ceo" title={answerLabel(ceo)}>
        CEO {short(ceo)}
      </span>{' '}
      <span className="badge cto" title={answerLabel(cto)}>
        CTO {short(cto)}
      </span>
    </span>
  );
}

export function ChangeLabel({ change }: { change: Day30Change }) {
  return (
    <span className={`since-change change-${change}`} data-testid="since-change">
      {CHANGE_WORDS[change]}
    </span>
  );
}

function Rows({ rows, testid }: { rows: (Day30Row & { title?: string; pinned?: boolean })[]; testid: string }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.statementId} data-testid={testid} data-statement={r.statementId} data-change={r.change}>
          <th scope="row">
            {r.title ?? statementById(r.statementId)?.short}
            {r.pinned && <span className="muted small"> · pinned</span>}
          </th>
          <td>
            <Pair {...r.baseline} />
          </td>
          <td>
            <Pair {...r.now} />
          </td>
          <td className="since-chart-cell">
            <ChangeDumbbell baseline={r.baseline} now={r.now} change={r.change} />
          </td>
          <td>
            <ChangeLabel change={r.change} />
          </td>
        </tr>
      ))}
    </tbody>
  );
}

function Head({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">Then</th>
        <th scope="col">Now</th>
        <th scope="col" aria-label="Then and now on the 1–5 scale" />
        <th scope="col">Change</th>
      </tr>
    </thead>
  );
}

function counts(summary: Day30Report['summary']): string {
  return CHANGE_ORDER.map((c) => `${summary[c]} ${CHANGE_COUNTED[c]}`).join(' · ');
}

function gapSentence(report: Day30Report): string {
  const n = report.gaps.length;
  const parts = CHANGE_ORDER.flatMap((c) => {
    const k = report.gaps.filter((g) => g.change === c).length;
    return k ? [`${k} ${CHANGE_COUNTED[c]}`] : [];
  });
  const unknown = report.gaps.filter((g) => g.change === 'unknown').length;
  if (unknown) parts.push(`${unknown} cannot be told`);
  return `Of the ${n} gap${n === 1 ? '' : 's'} you set out to close: ${parts.join(', ')}.`;
}

/** "Since <baseline date>": what happened to each gap and statement since the comparison this one re-scores. */
export function SinceBaseline({ comparison }: { comparison: Comparison }) {
  const state = useSinceBaseline(comparison);
  if (state.kind === 'none' || state.kind === 'loading') return null;
  if (state.kind === 'rescore-without-baseline') {
    return (
      <p className="card muted small" data-testid="since-no-baseline">
        This is a re-score, but no earlier complete comparison between <PartnerText text={comparison.ceo.name} /> and <PartnerText text={comparison.cto.name} /> is on this laptop to measure it
        against: restore a backup that holds it to see what changed.
      </p>
    );
  }
  const { baseline, report } = state;
  const moved = report.statements.filter((r) => r.change !== 'steady');
  const steady = report.summary.steady;
  return (
    <section className="card stack since" data-testid="since-baseline" aria-labelledby="since-title">
      <div>
        <h2 id="since-title">Since {day(baseline.completedAt)}</h2>
        <p className="muted small">
          Measured against “{baseline.label}”, the comparison you made on {day(baseline.completedAt)}. A gap is closed when you both now score it 4
          or 5; narrowed when you are fewer points apart and the lower score did not drop; closer, but scored lower when you are fewer points
          apart only because the scores came down; widened when you are further apart.
        </p>
      </div>
      {report.gaps.length > 0 && (
        <div>
          <h3>The gaps you worked on</h3>
          <p data-testid="since-gap-summary">{gapSentence(report)}</p>
          <div className="since-legend small muted" aria-hidden="true">
            <span>
              <i className="since-dot ceo" /> CEO
            </span>
            <span>
              <i className="since-square cto" /> CTO
            </span>
            <span>on a 1–5 scale, then (faded) and now; the bar is how far apart you are</span>
          </div>
          <table className="table since-table" aria-label="Gaps then and now">
            <Head first="Gap" />
            <Rows rows={report.gaps} testid="since-gap" />
          </table>
        </div>
      )}
      <div>
        <h3>Every statement</h3>
        <p className="small" data-testid="since-summary">
          {counts(report.summary)}
          {report.summary.unknown > 0 && ` · ${report.summary.unknown} cannot be told (a “don’t know” or a blank)`}
        </p>
        {moved.length > 0 && (
          <details className="since-details">
            <summary>
              Show the {moved.length} statement{moved.length === 1 ? '' : 's'} that were or are gaps
              {steady > 0 ? ` (${steady} had no gap then or now)` : ''}
            </summary>
            <table className="table since-table" aria-label="Statements then and now">
              <Head first="Statement" />
              <Rows rows={moved} testid="since-statement" />
            </table>
          </details>
        )}
      </div>
      <div>
        <h3>Per area</h3>
        <Suspense fallback={<div className="since-area-chart" />}>
          <AreaGapChart areas={report.areas} />
        </Suspense>
        <table className="table since-areas" aria-label="Areas then and now" data-testid="since-areas">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">CEO then → now</th>
              <th scope="col">CTO then → now</th>
              <th scope="col">Apart then → now</th>
            </tr>
          </thead>
          <tbody>
            {report.areas.map((a) => (
              <tr key={a.areaId} data-area={a.areaId}>
                <th scope="row">{a.title}</th>
                <td>
                  {a.baseline.ceo ?? '—'} → {a.now.ceo ?? '—'}
                </td>
                <td>
                  {a.baseline.cto ?? '—'} → {a.now.cto ?? '—'}
                </td>
                <td>
                  {a.baseline.delta ?? '—'} → {a.now.delta ?? '—'}{' '}
                  {a.change ? <ChangeLabel change={a.change} /> : <span className="muted small">not compared (too few statements both scored)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
