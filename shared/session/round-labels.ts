/**
 * Each leader names the round they answer. A comparison of two rounds with different names (the
 * CEO's "2026-Q1 quarterly reset" against the CTO's "2026-Q1 re-score") is not one joint round:
 * a view that prints one label for the pair says whose each is instead.
 */
export interface RoundLabels {
  ceo: string;
  cto: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/** The one label both rounds carry (blank and the same count as one), or undefined when they differ. */
export function sharedRoundLabel(labels: RoundLabels): string | undefined {
  if (norm(labels.ceo) === norm(labels.cto)) return labels.ceo.trim();
  // A round with no name says nothing either way.
  if (!labels.cto.trim()) return labels.ceo.trim();
  if (!labels.ceo.trim()) return labels.cto.trim();
  return undefined;
}

/** Under two different labels: what the room reads beside them. */
export const DIFFERENT_ROUNDS = 'two different rounds, compared as one';
