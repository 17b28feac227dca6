import type { KeptOutReason, RestorePlan } from '../../../shared/backup/plan';
import { PartnerText } from '../../app/PartnerText';
import { pairLeftOutText, pinsLeftOutText, privateLeftOutText, roundLines, settingLines, settingsLeftOut, unverifiedAddedText } from './restore-preview';

/**
 * What a restore will do, counted per kind, naming every round it would write (and whether the
 * file marks it as the partner's or as this laptop's own), every setting it would add, and every
 * backup round a merge leaves out and why.
 */
export function PlanSummary({ plan }: { plan: RestorePlan }) {
  const r = plan.rounds;
  const d = plan.docs;
  const s = plan.settings;
  const written = roundLines(plan);
  const named = settingLines(plan);
  const leftOut = settingsLeftOut(plan);
  const sessionsIgnored = leftOut.sessions;
  const unverified = unverifiedAddedText(plan);
  return (
    <ul className="plan-summary small" data-testid="restore-counts">
      <li>
        Rounds: <strong>{r.add.length}</strong> added ·{' '}
        {plan.mode === 'merge' ? (
          <>
            <strong>{r.keep.length}</strong> kept · <strong>{r.keptOut.length}</strong> left out{r.keptOut.length ? ' (each with why, below)' : ''}
          </>
        ) : (
          <>
            <strong>{r.overwrite.length}</strong> overwritten · <strong>{r.keep.length}</strong> kept
          </>
        )}{' '}
        · <strong className={r.remove.length ? 'change-down' : ''}>{r.remove.length}</strong> deleted
        {written.length > 0 && (
          <ul data-testid="restore-rounds-written">
            {written.map((w) => (
              <li key={w.id}>
                <PartnerText text={w.label} /> · {w.role} <PartnerText text={w.personName} /> · {w.sealed} ·{' '}
                {w.partner ? 'marked as your partner’s round' : <strong>marked as this laptop’s own round</strong>}
                {w.replaces ? ' · replaces the copy here' : ''}
              </li>
            ))}
          </ul>
        )}
        {unverified && <div data-testid="restore-unverified">{unverified}</div>}
        {r.keptOut.length > 0 && (
          <ul data-testid="restore-kept-out">
            {r.keptOut.map(({ round, reason }) => (
              <li key={round.id}>
                <PartnerText text={round.label} /> · {round.role.toUpperCase()} <PartnerText text={round.personName} />:{' '}
                {KEPT_OUT_TEXT[reason](round.role.toUpperCase())}
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
        {named.added.length > 0 && (
          <>
            {' '}
            (added:{' '}
            {named.added.map((key, i) => (
              <span key={key}>
                {i > 0 && ', '}
                <PartnerText text={key} />
              </span>
            ))}
            )
          </>
        )}
        {sessionsIgnored > 0 && (
          <div data-testid="restore-settings-ignored">
            A live comparison in the backup is not restored ({sessionsIgnored} session {sessionsIgnored === 1 ? 'setting' : 'settings'}): start it again on
            the Compare page.
          </div>
        )}
        {leftOut.pair && (
          <div data-testid="restore-pair-ignored">{pairLeftOutText(leftOut.pairHere)}</div>
        )}
        {leftOut.pins > 0 && <div data-testid="restore-pins-ignored">{pinsLeftOutText(leftOut.pins, leftOut.pinsHere)}</div>}
      </li>
    </ul>
  );
}

/** Why Merge left a backup round out, in the preview's words (`role`: the round's, "CEO"/"CTO"). */
const KEPT_OUT_TEXT: Record<KeptOutReason, (role: string) => string> = {
  'other-leader': (role) =>
    `the ${role}’s own round, not sealed, from another laptop — this laptop is the other leader’s, so it stays out (it would count as answered here); once sealed, share it by a sealed file or a live comparison`,
  'sealed-here': () => 'sealed on this laptop — a sealed round is never replaced; the backup’s different copy stays out',
  'unreadable-here': () => 'the copy here could not be read and stays for inspection; use Replace to take the backup’s',
  differs: () => 'differs from the copy here, which is kept; use Replace to take the backup’s',
  locked: (role) => privateLeftOutText('locked', role),
  'pair-unreadable': (role) => privateLeftOutText('pair-unreadable', role),
};
