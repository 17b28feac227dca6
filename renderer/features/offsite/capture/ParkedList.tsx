/**
 * A list of parked items, each with a note where it does not stand as this laptop parked it: filed
 * under this leader (role or name) with no record of parking it here, or parked here and changed
 * since (nothing edits a parked item). The record: renderer/sync/own-parked.ts.
 */
import type { ParkedItem } from '../../../../shared/offsite/capture';
import { ownParkedCheck } from '../../../sync/own-parked';
import { listedFirst } from '../../../../shared/offsite/listed';
import { UnlistedNote } from '../UnlistedNote';
import { PartnerText } from '../../../app/PartnerText';
import type { Me } from './use-offsite';

/** The note for `p` on `me`'s laptop, or undefined when there is nothing to say. */
export function parkedNote(p: ParkedItem, me: Me | undefined, written: 'as-written' | 'changed' | 'none'): string | undefined {
  if (written === 'changed') return 'Parked on this laptop, but its words, block or name changed since — this is not how it was parked here';
  const named = Boolean(me && p.authorName.trim() && p.authorName.trim() === me.name.trim());
  if (me && written === 'none' && (p.author === me.role || named)) {
    return `Filed under your name (${me.role.toUpperCase()}), but this laptop has no record of you parking it`;
  }
  return undefined;
}

export function ParkedList({ items, label, testId, me }: { items: readonly ParkedItem[]; label: string; testId: string; me?: Me }) {
  const check = ownParkedCheck();
  // A flood of parked items is not rendered whole: those parked here make the cut first (listed.ts).
  const { shown, unlisted } = listedFirst(items, (p) => check(p) !== 'none');
  return (
    <>
      <ul className="cap-parked" aria-label={label}>
        {shown.map((p) => {
          const note = parkedNote(p, me, check(p));
          return (
            <li key={p.id} data-testid={testId}>
              <PartnerText text={p.text} />
              {note && (
                <span className="small field-error" data-testid="parked-not-written-here">
                  {' '}
                  {note}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <UnlistedNote shown={shown.length} unlisted={unlisted} testId="parked-unlisted" />
    </>
  );
}
