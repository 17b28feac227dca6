import type { Comparison } from '../../../shared/session/comparison';
import { FRAMEWORK, statementById } from '../../../shared/framework/content';
import { answerLabel, warningLabel } from '../../../shared/framework/labels';
import { scoreAreasFromComparison } from './comparison-series';
import { AreaRadar } from '../results/AreaRadar';
import { DeltaHeatmap } from './DeltaHeatmap';

export default function ComparisonView({ comparison, notes }: { comparison: Comparison; notes?: boolean }) {
  const { ceo, cto } = comparison;
  return (
    <div className="stack" data-testid="comparison">
      <div className="card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2>
            {ceo.name} (CEO) and {cto.name} (CTO)
          </h2>
          {comparison.meanAreaDelta !== null && <span className="muted">Average gap per area: {comparison.meanAreaDelta} points</span>}
        </div>
        <AreaRadar series={scoreAreasFromComparison(comparison)} />
        <table className="table" aria-label="Area scores">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">CEO</th>
              <th scope="col">CTO</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {comparison.areas.map((a) => (
              <tr key={a.areaId} data-testid={`area-delta-${a.areaId}`}>
                <th scope="row">{FRAMEWORK.areas.find((x) => x.id === a.areaId)?.title}</th>
                <td>{a.ceo ?? '—'}</td>
                <td>{a.cto ?? '—'}</td>
                <td data-testid="delta">{a.delta ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="card">
        <h2>Top 3 gaps</h2>
        {comparison.gaps.length === 0 ? (
          <p className="muted">No gaps: you both scored every statement you answered as healthy.</p>
        ) : (
          <ol className="stack gaps" data-testid="top-gaps">
            {comparison.gaps.map((g) => {
              const statement = statementById(g.statementId);
              return (
                <li key={g.statementId} className="gap">
                  <h3 data-testid="gap-title">{g.title}</h3>
                  <p className="muted small">{statement?.text}</p>
                  <p>{g.why}</p>
                  <p className="row small">
                    <span className="badge ceo">CEO {g.ceo} · {answerLabel(g.ceo)}</span>
                    <span className="badge cto">CTO {g.cto} · {answerLabel(g.cto)}</span>
                  </p>
                  {(notes ?? true) && (g.ceoNote || g.ctoNote) && (
                    <dl className="notes small">
                      {g.ceoNote && (
                        <>
                          <dt>CEO note</dt>
                          <dd>{g.ceoNote}</dd>
                        </>
                      )}
                      {g.ctoNote && (
                        <>
                          <dt>CTO note</dt>
                          <dd>{g.ctoNote}</dd>
                        </>
                      )}
                    </dl>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>

      <div className="card">
        <h2>Disagreement per statement</h2>
        <p className="muted small">Each cell is one statement; darker means further apart. Hover or focus a cell for both answers.</p>
        <DeltaHeatmap items={comparison.items} />
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
              <tr key={w.id}>
                <th scope="row">{w.title}</th>
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
