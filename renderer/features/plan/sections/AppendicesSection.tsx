import type { PlanAppendices } from '../../../../shared/plan/types';
import { accountableLabel } from '../../../../shared/workspace/matrix';
import { SectionHeading } from './SectionHeading';
import { SHIPPED_EXAMPLE } from '../../../../shared/plan/context';
import { METRIC_TREND_HEADING } from '../../../../shared/plan/appendices';

const list = (xs: readonly string[]) => xs.map((x) => x.trim()).filter(Boolean).join(', ') || '–';

function Appendix({ letter, title, note, state, children }: { letter: string; title: string; note?: string; state?: string; children?: React.ReactNode }) {
  return (
    <div className="pd-appendix">
      <h3 className="pd-h3 pd-appendix-title">
        <span className="pd-sub-n">7.{letter}</span> {title}
      </h3>
      {state && (
        <p className={`pd-state${state.startsWith('agreed') ? ' pd-state-agreed' : ''}`} data-testid="plan-appendix-state">
          {state.startsWith('agreed') ? state[0].toUpperCase() + state.slice(1) : `${state[0].toUpperCase()}${state.slice(1)} — not yet agreed by both`}
        </p>
      )}
      {note ? <p className="pd-note">{note}</p> : children}
    </div>
  );
}

export function AppendicesSection({ ap }: { ap: PlanAppendices }) {
  const decisionName = new Map(ap.matrix.items.map((r) => [r.id, r.decision.trim()]));
  return (
    <section className="pd-section pd-break" id="plan-appendices">
      <SectionHeading id="plan-appendices" />
      <p className="pd-lead">The framework’s artifacts as they stand in your shared workspace on the day this plan was made.</p>

      <Appendix letter="1" title="Decision authority matrix" note={ap.matrix.note} state={ap.matrix.state}>
        <table className="pd-table pd-small">
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">Accountable</th>
              <th scope="col">Consulted</th>
              <th scope="col">Informed</th>
              <th scope="col">Forum</th>
              <th scope="col">State</th>
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
                <td>{r.state}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Appendix>

      <Appendix letter="2" title="Meeting cadence" note={ap.cadence.note} state={ap.cadence.state}>
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
                  {m.when}
                  <br />
                  <span className="pd-nowrap">from {m.start}</span>
                </td>
                <td>{list(m.decisionTypes.map((id) => decisionName.get(id) ?? ''))}</td>
                <td>{list(m.prereadChecklist)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Appendix>

      <Appendix letter="3" title="Risk budgets" note={ap.riskBudgets.note} state={ap.riskBudgets.state}>
        <table className="pd-table pd-small pd-kv">
          <tbody>
            {ap.riskBudgets.items.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>
                  {b.value}
                  <span className="pd-action-detail">{b.state}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Appendix>

      <Appendix letter="4" title="Exec metrics, definitions and trends" note={ap.metrics.note} state={ap.metrics.state}>
        <table className="pd-table pd-small">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Definition</th>
              <th scope="col">Unit</th>
              <th scope="col">Owner</th>
              <th scope="col">Target</th>
              <th scope="col">{METRIC_TREND_HEADING}</th>
            </tr>
          </thead>
          <tbody>
            {ap.metrics.items.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  <span className="pd-action-detail">{m.state}</span>
                </th>
                <td>{m.definition}</td>
                <td>{m.unit}</td>
                <td>{m.owner}</td>
                <td>{m.target || '–'}</td>
                <td>{m.trend}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Appendix>

      <Appendix letter="5" title="Dependency map" note={ap.dependencies.note} state={ap.dependencies.state}>
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
                      <span className={`pd-status pd-status-${d.status || 'unset'}`}>{d.statusText}</span>
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

      <Appendix letter="6" title="Decision log: open and recently decided" note={ap.decisions.note}>
        {/* Prose blocks, not table cells: a long decision wraps as a paragraph. */}
        {ap.decisions.items.map((e) => (
          <div key={e.id} className="pd-decision pd-keep-short" data-testid="plan-decision">
            <p className="pd-decision-head">
              <strong>{e.what}</strong>
            </p>
            <p className="pd-action-detail">
              {e.offsiteState
                ? `Captured at the offsite as decided, ${e.offsiteState}`
                : e.status === 'open'
                  ? 'Open'
                  : `${e.status[0].toUpperCase()}${e.status.slice(1)}${e.logState ? ` ${e.logState}` : ''}`}{' '}
              · {e.kindText} · {e.date}
              {/* An open entry names who will decide: "decided by" beside "Open" would read as a decision. */}
              {e.decidedBy ? ` · ${e.status === 'decided' || e.status === 'revisited' ? 'decided by' : 'to be decided by'} ${e.decidedBy}` : ''}
              {e.forum ? ` · forum: ${e.forum}` : ''}
              {e.commitDeadline ? ` · commit by ${e.commitDeadline}` : ''}
            </p>
            {e.options.some((o) => o.trim()) && <p className="pd-prose">Options: {list(e.options)}</p>}
          </div>
        ))}
      </Appendix>

      <Appendix letter="7" title="Translation guide" note={ap.ladder.note} state={ap.ladder.state}>
        {ap.ladder.items.map((e) => (
          <div key={e.id} className="pd-decision pd-keep-short">
            <p className="pd-decision-head">
              <strong>{e.topic}</strong>
              {e.example && <span className="pd-action-detail"> {SHIPPED_EXAMPLE}</span>}
            </p>
            <p className="pd-prose">
              {e.workItem} → {e.systemEffect} → {e.customerEffect} → {e.businessEffect} <strong>Ask:</strong> {e.decisionAsk}
            </p>
          </div>
        ))}
      </Appendix>

      <Appendix letter="8" title="Notes from the leaders" note={ap.notes.note}>
        {ap.notes.items.map((n) => (
          <div key={`${n.role}-${n.statementId}`} className="pd-decision pd-keep-short" data-testid="plan-note">
            <p className="pd-decision-head">
              <strong>{n.title}</strong> <span className="pd-action-detail">{n.name} ({n.role.toUpperCase()})</span>
            </p>
            <p className="pd-prose">{n.text}</p>
          </div>
        ))}
      </Appendix>
    </section>
  );
}
