import type { RepairPlan } from '../../../../shared/plan/types';
import { areaById, statementById } from '../../../../shared/framework/content';
import { answerBadge } from '../../../../shared/framework/labels';
import { RUNG_LABELS, RUNGS } from '../../../../shared/workspace/ladder';
import { gapsLeadText, noGapsText, PINNED_GAP } from '../../../../shared/plan/summary';
import { SectionHeading } from './SectionHeading';
import { sectionTitle } from './toc';

export function GapsSection({ plan }: { plan: RepairPlan }) {
  return (
    <section className="pd-section pd-break" id="plan-gaps">
      <SectionHeading id="plan-gaps" title={sectionTitle('plan-gaps', plan)} />
      {plan.gaps.length > 0 && <p className="pd-lead">{gapsLeadText(plan.gaps)}</p>}
      {plan.gaps.length === 0 && <p>{noGapsText(plan.scores)}</p>}
      <ol className="pd-gaps">
        {plan.gaps.map((g, i) => (
          <li key={g.statementId} className="pd-gap" data-testid="plan-gap">
            <div className="pd-keep">
              <p className="pd-gap-area">{areaById(g.areaId)?.title}</p>
              <h3 className="pd-h3 pd-gap-title">
                <span className="pd-gap-n">{i + 1}</span> {g.title}
              </h3>
              <p className="pd-statement">“{statementById(g.statementId)?.text}”</p>
              <p className="pd-gap-answers">
                <span className="pd-pill pd-pill-ceo">CEO {answerBadge(g.ceo)}</span>
                <span className="pd-pill pd-pill-cto">CTO {answerBadge(g.cto)}</span>
              </p>
              {g.pinned && <p className="pd-note">{PINNED_GAP}</p>}
              <p>{g.why}</p>
              {g.tie && <p className="pd-note">{g.tie}</p>}
            </div>
            <table className="pd-table pd-ladder">
              <caption>
                The fix for this gap ({g.ladderState})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Rung</th>
                  <th scope="col">In plain words</th>
                </tr>
              </thead>
              <tbody>
                {RUNGS.map((r, k) => (
                  <tr key={r}>
                    <th scope="row">
                      <span className="pd-rung">{k + 1}</span> {RUNG_LABELS[r]}
                    </th>
                    <td>{g.ladder[r]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="pd-addressed" data-testid="plan-gap-addressed">
              {g.addressedBy.length
                ? `Addressed in the workspace by: ${g.addressedBy.map((a) => `${a.title} (${a.state})`).join(', ')}.`
                : 'No workspace artifact lists this gap under “Addresses the gaps” yet.'}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
