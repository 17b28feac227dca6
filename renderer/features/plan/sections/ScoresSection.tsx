import type { Round } from '../../../../shared/assessment/types';
import type { RepairPlan } from '../../../../shared/plan/types';
import { itemDeltas } from '../../../../shared/assessment/gaps';
import { DeltaHeatmap } from '../../compare/DeltaHeatmap';
import { noWarningsText } from '../../../../shared/plan/summary';
import { PlanRadar } from './PlanRadar';
import { scoresLeadText } from '../../../../shared/plan/scores-lead';
import { areaBasisText, overallBasisText } from '../../../../shared/plan/score-basis';
import { SectionHeading } from './SectionHeading';

const show = (n: number | null) => (n === null ? '–' : String(n));

export function ScoresSection({ plan, ceo, cto }: { plan: RepairPlan; ceo: Round; cto: Round }) {
  const { scores, cover } = plan;
  // Both answers in words: "don't know" and unanswered are not "never" (shared/plan/warnings.ts).
  const fired = scores.warnings;
  const overallBasis = overallBasisText(scores, cover.names);
  return (
    <section className="pd-section pd-break" id="plan-scores">
      <SectionHeading id="plan-scores" />
      <p className="pd-lead">{scoresLeadText(scores)}</p>
      <table className="pd-table pd-scores" data-testid="plan-scores">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col" className="pd-num">
              {cover.names.ceo} (CEO)
            </th>
            <th scope="col" className="pd-num">
              {cover.names.cto} (CTO)
            </th>
            <th scope="col" className="pd-num">
              Gap
            </th>
          </tr>
        </thead>
        <tbody>
          {scores.areas.map((a) => (
            <tr key={a.areaId} data-area={a.areaId}>
              <th scope="row">{a.title}</th>
              <td className="pd-num pd-ceo">{show(a.ceo)}</td>
              <td className="pd-num pd-cto">{show(a.cto)}</td>
              <td className="pd-num">
                <span className={`pd-gap-chip pd-gap-${gapLevel(a.delta)}`}>{show(a.delta)}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Overall</th>
            <td className="pd-num pd-ceo">{show(scores.overall.ceo)}</td>
            <td className="pd-num pd-cto">{show(scores.overall.cto)}</td>
            <td className="pd-num">
              {scores.overall.ceo !== null && scores.overall.cto !== null ? Math.abs(scores.overall.ceo - scores.overall.cto) : '–'}
            </td>
          </tr>
        </tfoot>
      </table>
      {scores.areas
        .filter((a) => a.refusal)
        .map((a) => (
          <p key={a.areaId} className="pd-note">
            {a.title}: {a.refusal}
          </p>
        ))}
      {scores.overallRefusal && <p className="pd-note">{scores.overallRefusal}</p>}
      {/* A number over fewer than all the statements says how many, and who left the rest out (score-basis.ts). */}
      {scores.areas.map((a) => {
        const basis = areaBasisText(a, cover.names);
        return (
          basis && (
            <p key={`basis-${a.areaId}`} className="pd-note" data-testid="plan-area-basis">
              {a.title}: {basis}.
            </p>
          )
        );
      })}
      {overallBasis && (
        <p className="pd-note" data-testid="plan-overall-basis">
          Overall: {overallBasis}.
        </p>
      )}

      <div className="pd-charts">
        <PlanRadar areas={scores.areas} names={cover.names} />
        <figure className="pd-figure pd-heat">
          <DeltaHeatmap items={itemDeltas(ceo.answers, cto.answers)} />
          <figcaption>Disagreement per statement: each cell is one statement, in the order of the diagnostic; the number is how many points apart your answers are (0–4).</figcaption>
        </figure>
      </div>

      <div className="pd-keep">
        <h3 className="pd-h3">Warning signs reported</h3>
        {fired.length === 0 ? (
          <p>{noWarningsText(scores)}</p>
        ) : (
          <table className="pd-table" data-testid="plan-warnings">
            <thead>
              <tr>
                <th scope="col">Warning sign</th>
                <th scope="col">CEO</th>
                <th scope="col">CTO</th>
              </tr>
            </thead>
            <tbody>
              {fired.map((w) => (
                <tr key={w.id}>
                  <th scope="row">{w.title}</th>
                  <td className={freqClass(w.ceo)}>{w.ceo}</td>
                  <td className={freqClass(w.cto)}>{w.cto}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

/** The colour classes plan.css has for a reported frequency. */
function freqClass(label: string): string | undefined {
  return label === 'Often' ? 'pd-freq-often' : label === 'Sometimes' ? 'pd-freq-sometimes' : undefined;
}

function gapLevel(delta: number | null): 'na' | 'low' | 'mid' | 'high' {
  if (delta === null) return 'na';
  if (delta < 10) return 'low';
  return delta < 25 ? 'mid' : 'high';
}
