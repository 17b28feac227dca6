import type { PlanAppendices } from '../../../../shared/plan/types';
import { accountableLabel } from '../../../../shared/workspace/matrix';
import { SectionHeading } from './SectionHeading';

const list = (xs: readonly string[]) => xs.map((x) => x.trim()).filter(Boolean).join(', ') || '–';

function Appendix({ letter, title, note, children }: { letter: string; title: string; note?: string; children?: React.ReactNode }) {
  return (
    <div className="pd-appendix">
      <h3 className="pd-h3 pd-appendix-title">
        <span className="pd-sub-n">7.{letter}</span> {title}
      </h3>
      {note ? <p className="pd-note">{note}</p> : children}
    </div>
  );
}

export function AppendicesSection({ ap }: { ap: PlanAppendices }) {
  const decisionName = new Map(ap.matrix.items.map((r) => [r.id, r.decision.trim()]));
  const rb = ap.riskBudgets.value;
  return (
    <section className="pd-section pd-break" id="plan-appendices">
      <SectionHeading id="plan-appendices" />
      <p className="pd-lead">The framework’s artifacts as they stand in your shared workspace on the day this plan was made.</p>

      <Appendix letter="1" title="Decision authority matrix" note={ap.matrix.note}>
        <table className="pd-table pd-small">
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">Accountable</th>
              <th scope="col">Consulted</th>
              <th scope="col">Informed</th>
              <th scope="col">Forum</th>
            </tr>
          </thead>
          <tbody>
            {ap.matrix.items.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.decision}</th>
                <td>{accountableLabel(r)}</td>
                <td>{list(r.consulted)}</td>
                <td>{list(r.informed)}</td>
                <td>{r.cadence || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Appendix>

      <Appendix letter="2" title="Meeting cadence" note={ap.cadence.note}>
        <table className="pd-table pd-small">
          <thead>
            <tr>
              <th scope="col">Forum</th>
              <th scope="col">When</th>
              <th scope="col">Decides</th>
              <th scope="col">Pre-read must contain</th>
            </tr>
          </thead>
          <tbody>
            {ap.cadence.items.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>
                  {m.frequency[0].toUpperCase() + m.frequency.slice(1)}, {m.durationMinutes} min
                  <br />
                  <span className="pd-nowrap">
                    from {m.firstDate} {m.time}
                  </span>
                </td>
                <td>{list(m.decisionTypes.map((id) => decisionName.get(id) ?? ''))}</td>
                <td>{list(m.prereadChecklist)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Appendix>

      <Appendix letter="3" title="Risk budgets" note={ap.riskBudgets.note}>
        {rb && (
          <table className="pd-table pd-small pd-kv">
            <tbody>
              <tr>
                <th scope="row">Reliability</th>
                <td>At most {rb.reliabilityMinutesPerQuarter} minutes of customer-facing downtime per quarter</td>
              </tr>
              <tr>
                <th scope="row">Security: release blockers</th>
                <td>{list(rb.securityBlockingClasses)}</td>
              </tr>
              <tr>
                <th scope="row">Delivery slip accepted</th>
                <td>{rb.deliverySlipPercent}% on committed work</td>
              </tr>
              <tr>
                <th scope="row">Critical flows</th>
                <td>{rb.criticalFlows.map((f, i) => `${i + 1}. ${f.trim() || 'not yet named'}`).join('; ')}</td>
              </tr>
            </tbody>
          </table>
        )}
      </Appendix>

      <Appendix letter="4" title="Exec metrics and their definitions" note={ap.metrics.note}>
        <table className="pd-table pd-small">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Definition</th>
              <th scope="col">Unit</th>
              <th scope="col">Owner</th>
              <th scope="col">Target</th>
              <th scope="col">Latest</th>
            </tr>
          </thead>
          <tbody>
            {ap.metrics.items.map((m) => {
              const latest = [...m.values].sort((a, b) => a.month.localeCompare(b.month)).at(-1);
              return (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.definition}</td>
                  <td>{m.unit}</td>
                  <td>{m.owner}</td>
                  <td>{m.target}</td>
                  <td>{latest ? `${latest.value} (${latest.month})` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Appendix>

      <Appendix letter="5" title="Dependency map" note={ap.dependencies.note}>
        {ap.dependencies.value && (
          <>
            <p>
              <strong>{ap.dependencies.value.roadmapItem}</strong>
              {ap.dependencies.summary ? ` — ${ap.dependencies.summary}` : ''}
            </p>
            <table className="pd-table pd-small">
              <thead>
                <tr>
                  <th scope="col">Dependency</th>
                  <th scope="col">Status</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {ap.dependencies.value.dependencies.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    <td>
                      <span className={`pd-status pd-status-${d.status}`}>{d.status}</span>
                    </td>
                    <td>{d.owner || '–'}</td>
                    <td>{d.note || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Appendix>

      <Appendix letter="6" title="Open decisions" note={ap.openDecisions.note}>
        <table className="pd-table pd-small">
          <thead>
            <tr>
              <th scope="col">Opened</th>
              <th scope="col">What</th>
              <th scope="col">Forum</th>
              <th scope="col">Options</th>
              <th scope="col">Commit by</th>
            </tr>
          </thead>
          <tbody>
            {ap.openDecisions.items.map((e) => (
              <tr key={e.id}>
                <td className="pd-nowrap">{e.date}</td>
                <th scope="row">
                  {e.what}
                  <span className="pd-action-detail">
                    {e.kind}, {e.status}
                    {e.decidedBy ? `, owner ${e.decidedBy}` : ''}
                  </span>
                </th>
                <td>{e.forum || '–'}</td>
                <td>{list(e.options)}</td>
                <td className="pd-nowrap">{e.commitDeadline ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Appendix>
    </section>
  );
}
