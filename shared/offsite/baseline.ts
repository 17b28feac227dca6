import type { AnswerValue, Round } from '../assessment/types';
import { pairRoundsByPeriod } from '../history/periods';
import { compareTimes } from '../schema/iso-date-time';

/**
 * Which earlier comparison a re-score is measured against. A comparison here is a CEO
 * round and a CTO round sealed under the same period label (as History pairs them);
 * it is complete when the later of the two seals happened. The baseline of a
 * comparison is the previous complete comparison of the same pair (same two names),
 * so a day-30 re-score reads against the repair round it follows, and each quarter
 * against the one before.
 */

export interface StoredComparison {
  label: string;
  ceo: Round;
  cto: Round;
  /** The later of the two seals: the comparison could open from then on. */
  completedAt: string;
}

/**
 * One side of a comparison: who, the seal time as stated, and the answers. A partner's seal time
 * is only their claim, so the answers take part in telling two rounds apart (see `sameRound`).
 */
export interface SideIdentity {
  name: string;
  sealedAt: string;
  answers: Readonly<Record<string, { value: AnswerValue | null } | undefined>>;
}

/** Who compared, which two seals and what each said: enough to tell one comparison from another. */
export interface ComparisonIdentity {
  ceo: SideIdentity;
  cto: SideIdentity;
}

/** Re-score rounds are named by people: "Day-30 re-score", "day 30 rescore after the outage". */
export function isRescoreLabel(label: string): boolean {
  return /\bre-?score\b|\bday[\s-]?30\b/i.test(label);
}

/**
 * The label of the re-score that follows a comparison. Both laptops derive it from the
 * same period label, so the two re-score rounds pair up (History pairs rounds by label)
 * without either leader typing it; it is recognised as a re-score by `isRescoreLabel`.
 */
export function rescoreLabelAfter(label: string, maxLength = 200): string {
  const prefix = 'Day-30 re-score after ';
  return `${prefix}${label.trim().slice(0, Math.max(0, maxLength - prefix.length))}`;
}

/**
 * The round a re-score starts from on this laptop: its user's latest sealed round — not a
 * partner's round kept after a comparison (undefined if none).
 */
export function latestSealedRound(rounds: readonly Round[]): Round | undefined {
  return rounds.filter((r) => r.sealedAt && !r.receivedFrom).sort((a, b) => compareTimes(b.sealedAt, a.sealedAt) || a.id.localeCompare(b.id))[0];
}

const personKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function samePair(a: ComparisonIdentity, b: ComparisonIdentity): boolean {
  return personKey(a.ceo.name) === personKey(b.ceo.name) && personKey(a.cto.name) === personKey(b.cto.name);
}

export function identityOf(c: StoredComparison): ComparisonIdentity {
  return {
    ceo: { name: c.ceo.personName, sealedAt: c.ceo.sealedAt!, answers: c.ceo.answers },
    cto: { name: c.cto.personName, sealedAt: c.cto.sealedAt!, answers: c.cto.answers },
  };
}

/** A comparison as the views hold it: who, which seals, and each statement's two answers. */
export interface ComparisonView {
  ceo: { name: string; sealedAt: string };
  cto: { name: string; sealedAt: string };
  items: readonly { statementId: string; ceo: AnswerValue | null; cto: AnswerValue | null }[];
}

export function identityOfView(c: ComparisonView): ComparisonIdentity {
  const side = (who: 'ceo' | 'cto'): SideIdentity => ({
    ...c[who],
    answers: Object.fromEntries(c.items.map((i) => [i.statementId, { value: i[who] }])),
  });
  return { ceo: side('ceo'), cto: side('cto') };
}

/**
 * The same sealed round: the same seal text and the same answer on every statement the current
 * side carries (a missing answer reads as unanswered). Seal text alone is not enough: a partner
 * who copies an old seal time onto a new round would otherwise make the comparison it came from
 * look shared and push the baseline one comparison back. Answers are what a baseline is read
 * for, so a round equal in both is the same round for this purpose.
 */
function sameRound(stored: Round, current: SideIdentity): boolean {
  if (stored.sealedAt !== current.sealedAt) return false;
  return Object.entries(current.answers).every(([id, a]) => (stored.answers[id]?.value ?? null) === (a?.value ?? null));
}

/** The later seal, by the instant (a stored round may carry an offset); its text as stored, for identity. */
const later = (a: string, b: string) => (compareTimes(a, b) > 0 ? a : b);
const completedAt = (id: ComparisonIdentity) => later(id.ceo.sealedAt, id.cto.sealedAt);

/** Every complete comparison among these rounds (sealed ones only), oldest first. */
export function storedComparisons(rounds: readonly Round[]): StoredComparison[] {
  return pairRoundsByPeriod(rounds)
    .flatMap((p) => (p.ceo && p.cto ? [{ label: p.label, ceo: p.ceo, cto: p.cto, completedAt: later(p.ceo.sealedAt!, p.cto.sealedAt!) }] : []))
    .sort((a, b) => compareTimes(a.completedAt, b.completedAt) || a.label.localeCompare(b.label));
}

/**
 * The baseline for `current`: the latest complete comparison of the same pair that was
 * complete before it and shares neither round with it. Undefined when there is none.
 */
export function findBaseline(comparisons: readonly StoredComparison[], current: ComparisonIdentity): StoredComparison | undefined {
  const until = completedAt(current);
  const candidates = comparisons.filter((c) => {
    const id = identityOf(c);
    return (
      samePair(id, current) &&
      compareTimes(c.completedAt, until) < 0 &&
      !sameRound(c.ceo, current.ceo) &&
      !sameRound(c.cto, current.cto)
    );
  });
  return candidates.at(-1);
}
