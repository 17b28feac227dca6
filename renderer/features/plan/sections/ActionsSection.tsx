import type { RepairPlan } from '../../../../shared/plan/types';
import { SectionHeading } from './SectionHeading';
import { RESCORE_BASIS, RESCORE_HELD, TEMPLATE_STEPS_NOTE, tickedText } from '../../../../shared/plan/actions';

function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, (m ?? 1) - 1, d ?? 1);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

function ActionTable({ actions }: { actions: RepairPlan['actions'] }) {
  return (
    <table className="pd-table pd-actions" data-testid="plan-actions">
      <thead>
        <tr>
          <th scope="col" className="pd-check-col">
            <span className="pd-visually-hidden">Done</span>
          </th>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id} className={a.done ? 'pd-done' : undefined} data-testid="plan-action" data-done={a.done ? 'true' : 'false'}>
            <td className="pd-check-col">
              <span className={`pd-check${a.done ? ' pd-checked' : ''}`} role="img" aria-label={a.done ? 'Done: agreed by both' : 'To do'}>
                {a.done ? '✓' : ''}
              </span>
            </td>
            <td>
              <strong className="pd-action-title">{a.title}</strong>
              <span className="pd-action-detail">{a.detail}</span>
            </td>
            <td className="pd-owner">{a.owner}</td>
            <td className="pd-due">
              <time dateTime={a.due}>{shortDate(a.due)}</time>
              <span className="pd-iso">{a.due}</span>
              {a.overdue && (
                <strong className="pd-overdue" data-testid="plan-action-overdue">
                  Overdue
                </strong>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "The 3 actions captured at the offsite: 1 agreed by both, 2 proposed by one of you and not agreed." Either
 * laptop can capture any number of actions alone: the count says how many both confirmed.
 */
function capturedLead(actions: RepairPlan['actions']): string {
  const captured = actions.filter((a) => !a.template);
  const proposed = captured.filter((a) => a.proposed).length;
  const n = captured.length;
  const rest = proposed ? `, ${proposed} proposed by one of you and not agreed` : '';
  return `The ${n} ${n === 1 ? 'action' : 'actions'} captured at the offsite: ${n - proposed} agreed by both${rest}.`;
}

export function ActionsSection({ plan }: { plan: RepairPlan }) {
  const overdue = plan.actions.filter((a) => a.overdue).length;
  return (
    <section className="pd-section pd-break" id="plan-actions">
      <SectionHeading id="plan-actions" />
      <p className="pd-lead">
        {plan.actionsFromOffsite ? (
          <>
            {capturedLead(plan.actions)} Each has the owner and due date it was captured with;{' '}
            {plan.rescoreHeld ? (
              <>
                the re-score took place on {shortDate(plan.rescoreDate)}, {RESCORE_HELD}.
              </>
            ) : (
              <>
                then a re-score round on {shortDate(plan.rescoreDate)} ({RESCORE_BASIS}, not a date you set).
              </>
            )}
            {overdue > 0 && ` ${overdue} ${overdue === 1 ? 'is' : 'are'} overdue: due before ${plan.cover.date} and not recorded as done.`}
          </>
        ) : (
          <>
            {/* The 30 days count from the comparison, not from the plan's own date (the cover's): working-days.ts planStart. */}
            {plan.actions.length} actions on working days from {plan.startDate}, the day after the rounds were sealed
            {plan.rescoreHeld
              ? `. The re-score took place on ${shortDate(plan.rescoreDate)}, ${RESCORE_HELD}.`
              : `, ending with a re-score round on ${shortDate(plan.rescoreDate)}.`}
            {overdue > 0 && ` ${overdue} ${overdue === 1 ? 'is' : 'are'} overdue: due before ${plan.cover.date} and not ticked.`}{' '}
            {TEMPLATE_STEPS_NOTE} An action is ticked only when both leaders agreed its artifact in the workspace.{' '}
            {tickedText(plan.actions)}
          </>
        )}
      </p>
      <h3 className="pd-h3 pd-phase">Days 1–14</h3>
      <ActionTable actions={plan.actions.filter((a) => a.phase === 1)} />
      <h3 className="pd-h3 pd-phase">Days 15–30</h3>
      <ActionTable actions={plan.actions.filter((a) => a.phase === 2)} />
      {plan.actions.some((a) => a.phase === 3) && (
        <>
          <h3 className="pd-h3 pd-phase">After day 30</h3>
          <ActionTable actions={plan.actions.filter((a) => a.phase === 3)} />
        </>
      )}
    </section>
  );
}
