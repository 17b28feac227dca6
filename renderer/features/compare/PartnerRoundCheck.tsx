import { checkFileRound } from '../../../shared/reveal/file-round';
import type { SealedPayload } from '../../../shared/reveal/types';
import { localDayOf } from '../../../shared/workspace/dates';
import { PartnerText } from '../../app/PartnerText';

/**
 * The partner's round in a live comparison, said plainly when it looks like another round than
 * ours. A verified reveal proves what the partner sealed, not which of their rounds they chose:
 * last quarter's, picked in Join (or replayed), verifies just as well, and is then kept as their
 * answers for our round. The same check a sealed file gets before it opens (file-round.ts).
 */
export function PartnerRoundCheck({ mine, partner }: { mine: SealedPayload; partner: SealedPayload }) {
  const check = checkFileRound({ label: mine.roundLabel, sealedAt: mine.sealedAt }, partner);
  const gap = check.sealGapDays;
  if (!check.otherLabel && gap === undefined) return null;
  return (
    <p className="alert warn small" role="note" data-testid="partner-round-warning">
      This may not be the round you are comparing: <PartnerText text={partner.personName} /> compared “<PartnerText text={partner.roundLabel} />”, sealed{' '}
      {localDayOf(partner.sealedAt)}
      {check.otherLabel && (
        <>
          ; yours is “<PartnerText text={mine.roundLabel} />”
        </>
      )}
      {gap !== undefined && `; it was sealed ${Math.abs(gap)} days ${gap < 0 ? 'before' : 'after'} yours`}. History and the repair plan keep it as{' '}
      <PartnerText text={partner.personName} />
      &apos;s answers for your round — ask them which round they chose.
    </p>
  );
}
