import type { RepairPlan } from '../../../../shared/plan/types';
import { SectionHeading } from './SectionHeading';

function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, (m ?? 1) - 1, d ?? 1);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

export function ActionsSection({ plan }: { plan: RepairPlan }) {
  const done = plan.actions.filter((a) => a.done).length;
  return (
    <section className="pd-section pd-break" id="plan-actions">
      <SectionHeading id="plan-actions" />
      <p className="pd-lead">
        Five actions, each producing one artifact of the framework, all due within 14 days of {plan.cover.date}.{' '}
        {done > 0 ? `${done} already exist in your shared workspace and are ticked.` : 'None exists in your shared workspace yet.'}
      </p>
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
          {plan.actions.map((a) => (
            <tr key={a.id} className={a.done ? 'pd-done' : undefined}>
              <td className="pd-check-col">
                <span className={`pd-check${a.done ? ' pd-checked' : ''}`} role="img" aria-label={a.done ? 'Done' : 'To do'}>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
