import type { RestorePlan } from '../../../shared/backup/plan';
import { PartnerText } from '../../app/PartnerText';

/** What a restore will do, counted per kind, with every backup round a merge leaves out and why. */
export function PlanSummary({ plan }: { plan: RestorePlan }) {
  const r = plan.rounds;
  const d = plan.docs;
  const s = plan.settings;
  return (
    <ul className="plan-summary small" data-testid="restore-counts">
      <li>
        Rounds: <strong>{r.add.length}</strong> added ·{' '}
        {plan.mode === 'merge' ? (
          <>
            <strong>{r.keep.length}</strong> kept · <strong>{r.keptOut.length}</strong> left out (a different copy is here)
          </>
        ) : (
          <>
            <strong>{r.overwrite.length}</strong> overwritten · <strong>{r.keep.length}</strong> kept
          </>
        )}{' '}
        · <strong className={r.remove.length ? 'change-down' : ''}>{r.remove.length}</strong> deleted
        {r.keptOut.length > 0 && (
          <ul data-testid="restore-kept-out">
            {r.keptOut.map(({ round, reason }) => (
              <li key={round.id}>
                <PartnerText text={round.label} /> · {round.role.toUpperCase()} <PartnerText text={round.personName} />:{' '}
                {reason === 'sealed-here'
                  ? 'sealed on this laptop — a sealed round is never replaced; the backup’s different copy stays out'
                  : reason === 'unreadable-here'
                    ? 'the copy here could not be read and stays for inspection; use Replace to take the backup’s'
                    : 'differs from the copy here, which is kept; use Replace to take the backup’s'}
              </li>
            ))}
          </ul>
        )}
      </li>
      <li>
        Shared documents: <strong>{d.add.length}</strong> added · <strong>{plan.mode === 'merge' ? d.merge.length : d.overwrite.length}</strong>{' '}
        {plan.mode === 'merge' ? 'merged' : 'overwritten'} · <strong>{d.keep.length}</strong> kept ·{' '}
        <strong className={d.remove.length ? 'change-down' : ''}>{d.remove.length}</strong> deleted
      </li>
      <li>
        Settings: <strong>{s.add.length}</strong> added · <strong>{s.overwrite.length}</strong> overwritten · <strong>{s.keep.length}</strong> kept ·{' '}
        <strong>{s.remove.length}</strong> deleted
      </li>
    </ul>
  );
}
