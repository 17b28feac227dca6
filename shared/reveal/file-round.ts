/**
 * Is a partner's sealed file the round this laptop is comparing? A file names its round only by
 * label and seal date. A truthful fingerprint proves the file is the one the partner sealed, not
 * that it is this round's: a re-export of last quarter's round has fresh, truthful digits, and once
 * opened it is paired with this quarter's round in History and the plan. So the check before
 * opening says when the label differs or the two seals are far apart — a hint for the user, who
 * still decides (the seal date is the partner's word, like everything in the file).
 */
import { localDayOf, parseIsoDate } from '../workspace/dates';

/** Two halves of one round are sealed within weeks of each other; further apart, the card says so. */
export const SEAL_GAP_DAYS = 30;

export interface FileRoundCheck {
  /** The file's label is not this laptop's round label (case and spacing aside). */
  otherLabel: boolean;
  /**
   * Local calendar days from this laptop's seal to the file's (negative: the file was sealed
   * earlier), only when more than SEAL_GAP_DAYS apart.
   */
  sealGapDays?: number;
}

const sameLabel = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** Whole local calendar days from a to b; undefined when either does not parse. */
function daysBetween(a: string, b: string): number | undefined {
  const from = parseIsoDate(localDayOf(a));
  const to = parseIsoDate(localDayOf(b));
  // Rounded: a day across a clock change is 23 or 25 hours.
  return from && to ? Math.round((to.getTime() - from.getTime()) / 86_400_000) : undefined;
}

export function checkFileRound(mine: { label: string; sealedAt: string }, file: { roundLabel: string; sealedAt: string }): FileRoundCheck {
  const gap = daysBetween(mine.sealedAt, file.sealedAt);
  return {
    otherLabel: !sameLabel(mine.label, file.roundLabel),
    ...(gap !== undefined && Math.abs(gap) > SEAL_GAP_DAYS ? { sealGapDays: gap } : {}),
  };
}
