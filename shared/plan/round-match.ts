/**
 * The plan compares one CEO round with one CTO round. When they are not two halves
 * of the same round (another label: another quarter or event; another company), the
 * cover says so: otherwise two unrelated self-assessments read as one joint comparison.
 */
import type { Round } from '../assessment/types';
import { localDayOf } from '../workspace/dates';
import { isolatedName } from '../workspace/bidi';
import { DIFFERENT_ROUNDS, sharedRoundLabel } from '../session/round-labels';
import { isReplayedFor } from '../history/replayed-round';

const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
const sealed = (r: Round) => (r.sealedAt ? ` (sealed ${localDayOf(r.sealedAt)})` : '');

export function mismatchNotices(ceo: Round, cto: Round): string[] {
  const out: string[] = [];
  // One rule with the cover and Present: a round with no name says nothing either way.
  if (sharedRoundLabel({ ceo: ceo.label, cto: cto.label }) === undefined) {
    out.push(
      `Different rounds: the CEO answered "${ceo.label.trim()}"${sealed(ceo)} and the CTO "${cto.label.trim()}"${sealed(cto)}. ` +
        'This plan compares them as if they were one round.',
    );
  }
  // A round without a company name says nothing either way.
  if (ceo.companyName?.trim() && cto.companyName?.trim() && !same(ceo.companyName, cto.companyName)) {
    out.push(`Different companies: the CEO's round is for "${ceo.companyName.trim()}" and the CTO's for "${cto.companyName.trim()}".`);
  }
  return out;
}

/**
 * A partner's round this laptop never checked against their seal (Round.unverified: a backup
 * Merge added it) is planned only while no checked one can be; the board must then read, on the
 * cover, that the plan does not rest on a comparison verified here.
 */
export function unverifiedNotices(ceo: Round, cto: Round): string[] {
  return [
    { round: ceo, role: 'CEO' },
    { round: cto, role: 'CTO' },
  ]
    .filter(({ round }) => round.unverified)
    .map(({ round, role }) => {
      const name = round.personName.trim();
      const whose = name ? `${isolatedName(name)}'s round (${role})` : `the ${role}'s round`;
      return (
        `Not verified: ${whose} was added to this laptop from a backup and was not checked against their seal here, ` +
        'so this plan cannot show that these are the answers they sealed.'
      );
    });
}

/**
 * A partner's round brought back from an earlier comparison (shared/history/replayed-round.ts):
 * the board must read that one leader's answers are older than this round, and from when, not take
 * the pair for two fresh diagnostics.
 */
export function replayNotices(ceo: Round, cto: Round): string[] {
  return [
    { round: ceo, other: cto, role: 'CEO', otherRole: 'CTO' },
    { round: cto, other: ceo, role: 'CTO', otherRole: 'CEO' },
  ]
    .filter(({ round, other }) => isReplayedFor(round, other))
    .map(
      ({ round, other, role, otherRole }) =>
        `Earlier answers: the ${role}'s answers are the round the ${role} sealed on ${round.sealedAt ? localDayOf(round.sealedAt) : 'an earlier day'}, ` +
        `already compared with an earlier ${otherRole} round, and not answered again for this one (the ${otherRole} sealed theirs${sealedOn(other)}). ` +
        `This plan compares the ${otherRole}'s round with those earlier answers.`,
    );
}

const sealedOn = (r: Round) => (r.sealedAt ? ` on ${localDayOf(r.sealedAt)}` : '');

/**
 * The event behind a repair round, as the two rounds name it. Each leader types their own: when
 * they differ, or only one names one, the plan says whose it is rather than print one as the pair's.
 */
export type RoundEvent =
  | { kind: 'same'; event: string }
  | { kind: 'one'; event: string; role: 'CEO' | 'CTO' }
  | { kind: 'different'; ceo: string; cto: string };

export function roundEvent(ceo: Round, cto: Round): RoundEvent | undefined {
  const a = ceo.event?.trim();
  const b = cto.event?.trim();
  if (a && b) return same(a, b) ? { kind: 'same', event: a } : { kind: 'different', ceo: a, cto: b };
  if (a) return { kind: 'one', event: a, role: 'CEO' };
  if (b) return { kind: 'one', event: b, role: 'CTO' };
  return undefined;
}

/** 'the March outage', '"the March outage" (named in the CEO's round only)', '"X" (CEO) and "Y" (CTO)'. */
export function eventText(e: RoundEvent): string {
  if (e.kind === 'same') return e.event;
  if (e.kind === 'one') return `"${e.event}" (named in the ${e.role}'s round only)`;
  return `"${e.ceo}" (CEO) and "${e.cto}" (CTO)`;
}

/**
 * What the two rounds are called. Each leader names their own; built from the CEO's and the CTO's
 * in that order, never "this laptop's" or "the partner's", so both laptops print the same words.
 * 'none' when neither named theirs: no name to print.
 */
export type RoundName = { kind: 'same'; label: string } | { kind: 'none' } | { kind: 'different'; ceo: string; cto: string };

export function roundName(ceo: Round, cto: Round): RoundName {
  const one = sharedRoundLabel({ ceo: ceo.label, cto: cto.label });
  if (one === undefined) return { kind: 'different', ceo: ceo.label.trim(), cto: cto.label.trim() };
  return one ? { kind: 'same', label: one } : { kind: 'none' };
}

/** '"Q3 reset" (CEO) and "Q3 re-score" (CTO)': each name with whose it is; a right-to-left one cannot pull the quotes or role beside it round. */
export function bothRoundNames(n: { ceo: string; cto: string }): string {
  return `"${isolatedName(n.ceo)}" (CEO) and "${isolatedName(n.cto)}" (CTO)`;
}

/** The cover's "Round": the one name, or both with the Present screen's words for the pair. */
export function roundNameText(n: RoundName): string {
  if (n.kind === 'same') return n.label;
  if (n.kind === 'none') return 'Not named';
  return `${bothRoundNames(n)}: ${DIFFERENT_ROUNDS}`;
}
