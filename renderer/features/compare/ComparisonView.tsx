import type { Comparison } from '../../../shared/session/comparison';
import { pinnedGaps, TOP_GAP_COUNT } from '../../../shared/assessment/gaps';
import { signedText } from '../../../shared/assessment/area-comparison';
import { areaById } from '../../../shared/framework/content';
import { warningLabel } from '../../../shared/framework/labels';
import { scoreAreasFromComparison } from './comparison-series';
import { AreaRadar } from '../results/AreaRadar';
import { DeltaHeatmap } from './DeltaHeatmap';
import { GapCard, KIND_LABELS, PinButton } from './GapCard';
import { useGapPins } from './gap-pins';
import { PinsProposal } from './PinsProposal';
import { SinceBaseline } from './SinceBaseline';
import { noGapsText, topGapsHeading } from './nothing-compared';
import { useAfterPaint } from '../../app/after-paint';
import { PartnerText } from '../../app/PartnerText';

/** `warm`: a hidden stand-in rendered ahead of time (compare-store warmComparison), not a comparison anyone sees. */
export default function ComparisonView({ comparison, notes, warm = false }: { comparison: Comparison; notes?: boolean; warm?: boolean }) {
  const { ceo, cto, overall } = comparison;
  const { pins, proposed, toggle, accept, error } = useGapPins(ceo, cto);
  const top = pinnedGaps(comparison.ranking, pins);
  const topIds = new Set(top.map((g) => g.statementId));
  const others = comparison.ranking.filter((g) => !topIds.has(g.statementId));
  const canPin = pins.length < TOP_GAP_COUNT;
  // Scores and the top gaps first; the change since last time, the other gaps, the heatmap
  // (and the radar, see AreaRadar) once those are on screen: at a live reveal this first
  // render is what the partner's message waits for.
  const painted = useAfterPaint();
  return (
    <div className="stack" data-testid={warm ? 'comparison-warm-up' : 'comparison'}>
      <div className="card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2>
            <PartnerText text={ceo.name} /> (CEO) and <PartnerText text={cto.name} /> (CTO)
          </h2>
          {comparison.meanAreaDelta !== null && (
            <span className="muted">
              Average gap per area: {comparison.meanAreaDelta} points
              {comparison.comparedAreas < comparison.areas.length ? ` (over the ${comparison.comparedAreas} areas compared)` : ''}
            </span>
          )}
          <a className="button" href="#/offsite" data-testid="run-offsite">
            Run the offsite
          </a>
        </div>
        <p data-testid="overall-comparison">
          {overall.refusal ??
            `Overall (the average of the four area scores, over the ${overall.both} of ${overall.total} statements you both scored): CEO ${overall.ceo}, CTO ${overall.cto} (${signedText(overall.signed)}).`}
        </p>
        <AreaRadar series={scoreAreasFromComparison(comparison)} />
        <p className="muted small">Scores are compared only over the statements both of you scored (1–5); “don’t know” and skipped answers are counted below, never scored.</p>
        <table className="table" aria-label="Area scores">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">CEO</th>
              <th scope="col">CTO</th>
              <th scope="col">Gap</th>
              <th scope="col">Scored by both</th>
            </tr>
          </thead>
          <tbody>
            {comparison.areas.map((a) => (
              <tr key={a.areaId} data-testid={`area-delta-${a.areaId}`}>
                <th scope="row">{areaById(a.areaId)?.title}</th>
                {a.refusal ? (
                  <td colSpan={3} data-testid="area-refusal" className="muted">
                    {a.refusal}
                  </td>
                ) : (
                  <>
                    <td>{a.ceo}</td>
                    <td>{a.cto}</td>
                    <td>
                      <span data-testid="delta">{a.delta}</span> <span className="muted small">{a.signed !== 0 ? `(${signedText(a.signed)})` : ''}</span>
                    </td>
                  </>
                )}
                <td data-testid="area-coverage">
                  {a.coverage.both} of {a.coverage.total}
                  {a.coverage.ceo.dontKnow + a.coverage.cto.dontKnow > 0 && (
                    <span className="muted small">
                      {' '}
                      · don&apos;t know: CEO {a.coverage.ceo.dontKnow}, CTO {a.coverage.cto.dontKnow}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {painted && <SinceBaseline comparison={comparison} />}

      <div className="card">
        <h2>{topGapsHeading(top.length, TOP_GAP_COUNT)}</h2>
        {top.length === 0 ? (
          <p className="muted">
            {noGapsText(comparison)}
          </p>
        ) : (
          <>
            <p className="muted small">
              A statement is a gap when one of you scored it below 4 or doesn&apos;t know. Points (0–20): 3 for every point you are apart, more the
              lower you both score it, a “don&apos;t know” read as a 3 at least 2 points away, plus the warning signs behind it. Pin the gaps you want
              to work on: pinned gaps stay in the top {TOP_GAP_COUNT} and in the repair plan; free places go to the highest-ranked others.
            </p>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            {proposed && <PinsProposal proposed={proposed} onAccept={accept} />}
            <ol className="stack gaps" data-testid="top-gaps">
              {top.map((g, i) => (
                <GapCard
                  key={g.statementId}
                  gap={g}
                  position={i + 1}
                  notes={notes ?? true}
                  pinned={pins.includes(g.statementId)}
                  canPin={canPin}
                  onTogglePin={() => toggle(g.statementId)}
                />
              ))}
            </ol>
          </>
        )}
        {painted && others.length > 0 && (
          <details className="other-gaps">
            <summary>
              {others.length} more gap{others.length === 1 ? '' : 's'}, ranked
            </summary>
            <ol className="list-plain" data-testid="other-gaps">
              {others.map((g) => (
                <li key={g.statementId} className="row" data-testid="other-gap" data-statement={g.statementId}>
                  <span>
                    {g.rank}. <strong>{g.title}</strong> <span className="muted small">· {KIND_LABELS[g.kind]} · {g.why}</span>
                    {g.tie && <span className="muted small"> · tied at {g.points} points</span>}
                  </span>
                  <PinButton title={g.title} pinned={false} disabled={!canPin} onClick={() => toggle(g.statementId)} />
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>

      <div className="card">
        <h2>Disagreement per statement</h2>
        <p className="muted small">Each tile is one statement; darker means further apart, “?” means one of you answered “don’t know”.</p>
        {painted ? <DeltaHeatmap items={comparison.items} labels /> : <p className="loading">Drawing the heatmap…</p>}
      </div>

      <div className="card">
        <h2>Warning signs side by side</h2>
        <table className="table" aria-label="Warning signs">
          <thead>
            <tr>
              <th scope="col">Warning sign</th>
              <th scope="col">CEO</th>
              <th scope="col">CTO</th>
            </tr>
          </thead>
          <tbody>
            {comparison.warnings.map((w) => (
              <tr key={w.id} className={w.split ? 'sign-split' : undefined} data-testid={w.split ? 'warning-split' : undefined}>
                <th scope="row">
                  {w.title}
                  {w.split && <span className="small"> — ⚠ one of you sees it often, the other never (weighs on {w.statements.join(', ')})</span>}
                </th>
                <td className={`freq-${w.ceo ?? 'none'}`}>{warningLabel(w.ceo)}</td>
                <td className={`freq-${w.cto ?? 'none'}`}>{warningLabel(w.cto)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
