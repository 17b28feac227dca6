/**
 * The cover paragraph: what happened in the round, said in numbers. Built
 * only from data so two people printing the same rounds get the same words.
 */
import type { RoundKind } from '../assessment/types';
import type { PlanGap, PlanScores } from './types';
import { bothRoundNames, eventText, type RoundEvent, type RoundName } from './round-match';
import { overallBasisText } from './score-basis';

export interface SummaryInput {
  company: string;
  kind: RoundKind;
  /** The rounds' names (round-match.ts): one leader's is not the pair's. */
  round: RoundName;
  /** The event each round names (round-match.ts). */
  event?: RoundEvent;
  names: { ceo: string; cto: string };
  scores: PlanScores;
  gaps: readonly PlanGap[];
  /** The highest-ranked gap of all (the plan's gaps may be ones the pair pinned instead). */
  biggest?: Pick<PlanGap, 'statementId' | 'title' | 'ceo' | 'cto'>;
  /** How many gaps share the biggest one's points (itself included). */
  tiedForBiggest?: number;
}

function opening(s: SummaryInput): string {
  if (s.kind === 'repair') {
    if (!s.event) return `${s.company} ran a repair round.`;
    return s.event.kind === 'different'
      ? `${s.company} ran a repair round. The two rounds name different events: ${eventText(s.event)}.`
      : `${s.company} ran a repair round after ${eventText(s.event)}.`;
  }
  if (s.round.kind === 'different') return `${s.company}'s two leaders answered differently named rounds: ${bothRoundNames(s.round)}.`;
  return s.round.kind === 'same' ? `${s.company} ran its ${s.round.label}.` : `${s.company} ran a quarterly reset.`;
}

function overall(s: SummaryInput): string {
  const { ceo, cto } = s.scores.overall;
  if (s.scores.overallRefusal) return s.scores.overallRefusal;
  const ceoWho = `${s.names.ceo} (CEO)`;
  const ctoWho = `${s.names.cto} (CTO)`;
  if (ceo !== null && cto !== null) {
    // Over the statements both scored: when that is not all of them, say how many and why (score-basis.ts).
    const basis = overallBasisText(s.scores, s.names);
    if (ceo === cto) return `Overall (the average of the four area scores), ${ceoWho} and ${ctoWho} both scored ${ceo}/100${basis ? ` ${basis}` : ''}.`;
    return `Overall (the average of the four area scores), ${ceoWho} scored ${ceo}/100 and ${ctoWho} ${cto}/100, ${Math.abs(ceo - cto)} points apart${basis ? `, ${basis}` : ''}.`;
  }
  if (ceo !== null) return `Overall (the average of the four area scores), ${ceoWho} scored ${ceo}/100; the CTO round has too few answers to score.`;
  if (cto !== null) return `Overall (the average of the four area scores), ${ctoWho} scored ${cto}/100; the CEO round has too few answers to score.`;
  return 'Neither round has enough answers for an overall score yet.';
}

function widestArea(s: SummaryInput): string {
  const max = Math.max(0, ...s.scores.areas.map((a) => a.delta ?? 0));
  if (max === 0) return '';
  // Equal splits are named together: "the widest" of two equal ones would be the diagnostic's order.
  const widest = s.scores.areas.filter((a) => a.delta === max).map((a) => `${a.title} (CEO ${a.ceo}, CTO ${a.cto})`);
  if (widest.length === 1) return ` The widest split is in ${widest[0]}.`;
  return ` The widest splits, ${max} points each, are in ${widest.slice(0, -1).join(', ')} and ${widest.at(-1)}.`;
}

/** What the plan says when it has no gap: "no gaps" over nothing compared would read as "aligned". */
export function noGapsText(scores: Pick<PlanScores, 'compared'>): string {
  const n = scores.compared;
  return n === 0
    ? 'Nothing could be compared: no statement was answered by both of you.'
    : `No gaps were found among the ${n === 1 ? 'one statement' : `${n} statements`} you both answered.`;
}

function biggestGap(s: SummaryInput): string {
  const g = s.biggest ?? s.gaps[0];
  if (!g) return ` ${noGapsText(s.scores)}`;
  const worked = s.gaps.some((x) => x.statementId === g.statementId);
  const say = (v: PlanGap['ceo']) => (v === 'dont-know' ? "don't know" : String(v));
  // Pins are this laptop's user's choice (pins.ts): nothing records that both made it.
  const instead = worked || !s.gaps.length ? '' : '; this plan works on the gaps pinned on this laptop instead';
  // Tied on points, "the biggest single gap" would be the diagnostic's order speaking.
  const tied = s.tiedForBiggest ?? 1;
  if (tied > 1) return ` ${tied} gaps are tied for the biggest, among them "${g.title}" (CEO ${say(g.ceo)}, CTO ${say(g.cto)})${instead}.`;
  return ` The biggest single gap is "${g.title}" (CEO ${say(g.ceo)}, CTO ${say(g.cto)})${instead}.`;
}

/** Nothing reported: "all clear" only when both answered every sign (don't know / unanswered is not never). */
export function noWarningsText(scores: Pick<PlanScores, 'unknownWarnings'>): string {
  const open = (['ceo', 'cto'] as const)
    .map((r) => [r, scores.unknownWarnings[r].dontKnow.length + scores.unknownWarnings[r].unanswered.length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `the ${r.toUpperCase()} did not know or did not answer ${n} of them`);
  return open.length ? `Neither of you reported a warning sign, but ${open.join(' and ')}.` : 'Neither of you reported any warning signs.';
}

function warnings(s: SummaryInput): string {
  const { ceo, cto } = s.scores.firedWarnings;
  if (!ceo.length && !cto.length) return ` ${noWarningsText(s.scores)}`;
  const ctoIds = new Set(cto.map((w) => w.id));
  const shared = ceo.filter((w) => ctoIds.has(w.id)).map((w) => `"${w.title}"`);
  const both = shared.length ? `; you both see ${shared.join(', ')}` : '';
  // "the CTO 0" alone reads as "sees none": say how many signs that leader did not know or left open.
  const open = (r: 'ceo' | 'cto') => {
    const n = s.scores.unknownWarnings[r].dontKnow.length + s.scores.unknownWarnings[r].unanswered.length;
    return n ? ` (did not know or did not answer ${n})` : '';
  };
  return ` Warning signs: the CEO reports ${ceo.length}${open('ceo')}, the CTO ${cto.length}${open('cto')}${both}.`;
}

export function summaryParagraph(s: SummaryInput): string {
  return `${opening(s)} ${overall(s)}${widestArea(s)}${biggestGap(s)}${warnings(s)}`;
}

const COUNT = ['no', 'one', 'two', 'three'];

/**
 * The gaps section's heading, in the contents, the PDF and the Markdown. "Top 3 gaps" over two
 * gaps, one or none claimed a top three that is not there; over gaps pinned on this laptop it
 * claimed a rank they may not have (the lead says why they are there).
 */
export function gapsTitle(gaps: readonly Pick<PlanGap, 'pinned'>[]): string {
  const n = gaps.length;
  if (n === 0) return 'Gaps';
  if (gaps.some((g) => g.pinned)) return n === 1 ? 'The one gap this plan works on' : `The ${n} gaps this plan works on`;
  return n === 1 ? 'The one gap' : `Top ${n} gaps`;
}

/** Beside each pinned gap: the lead's "1 pinned" does not say which, and its number would read as its rank. */
export const PINNED_GAP = 'Pinned on this laptop in the comparison: worked on by choice, whatever its rank.';

/**
 * The lead above the gaps: as many as there are (not always three), and, when some were
 * pinned, that they are not necessarily the furthest apart, and that the pins are this laptop's
 * choice (the partner's arrive as a proposal, pins.ts): not a choice both confirmed.
 */
export function gapsLeadText(gaps: readonly Pick<PlanGap, 'pinned'>[]): string {
  const n = gaps.length;
  if (n === 0) return '';
  const what = n === 1 ? 'The one statement' : `The ${COUNT[n] ?? n} statements`;
  const ladder = 'each translated with the ladder: from the engineering work to the decision it asks of the business.';
  const pinned = gaps.filter((g) => g.pinned).length;
  if (!pinned) return `${what} where you are furthest apart or jointly weakest, ${ladder}`;
  const rest = pinned < n ? `; the ${n - pinned === 1 ? 'other is the highest-ranked' : 'others are the highest-ranked'} of the rest` : '';
  return `${what} this plan works on (${pinned === n ? 'all' : pinned} pinned on this laptop in the comparison, not a choice confirmed by both of you${rest}), ${ladder}`;
}
