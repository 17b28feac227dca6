import { FRAMEWORK } from '../framework/content';
import type { AreaId, Framework } from '../framework/types';
import { scoreArea } from '../assessment/scoring';
import type { Round } from '../assessment/types';
import { compareTimes } from '../schema/iso-date-time';
import { comparedOwnIds } from './compared-pair';

/*
 * Rounds over time. A "period" is one diagnostic cycle, named by the round label
 * both leaders use ("2026-Q4 quarterly reset"). A laptop usually holds, per period,
 * its own sealed round and the partner's (kept after a comparison).
 */

export interface Period {
  /** The label as first written (labels are matched ignoring case and extra spaces). */
  label: string;
  /** ISO time of this laptop's own seal in the period (else the earliest seal); periods are ordered by it. */
  date: string;
  ceo?: Round;
  cto?: Round;
  /** Further sealed rounds with the same label and role (an earlier attempt): kept, not charted. */
  others: Round[];
}

/** Labels are typed by people: "2026-Q4 Quarterly reset " and "2026-q4 quarterly reset" are one period. */
export function periodKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * When a period took place: this laptop's own seal when it has one, else the earliest seal.
 * A partner's sealedAt is only their claim — it may be any time before now — so a kept
 * partner round must not move the period ahead of the others in the trends.
 */
function periodDate(chosen: readonly Round[]): string {
  const own = chosen.filter((r) => !r.receivedFrom);
  return (own.length ? own : chosen).map((r) => r.sealedAt!).sort(compareTimes)[0];
}

/**
 * Groups sealed rounds by label. Unsealed rounds are left out (they have no
 * result yet). When one period holds two sealed rounds for the same role, the
 * most recently sealed one is charted and the other goes to `others`.
 * Periods are ordered by `date` (this laptop's own seal, see periodDate), oldest first; equal dates by label.
 */
/**
 * This laptop's round a partner's round was compared with, among `rounds` (undefined for an own
 * round, or a partner's round kept before rounds were paired). A partner's round is filed under
 * that round's period, whatever label it carries: the label is only the partner's claim.
 */
export function pairedOwnRound(rounds: readonly Round[]): (r: Round) => Round | undefined {
  const own = new Map(rounds.filter((r) => !r.receivedFrom).map((r) => [r.id, r]));
  return (r) => (r.receivedFrom && r.pairedWith ? own.get(r.pairedWith) : undefined);
}

/**
 * Every round of this laptop's a partner's round was compared with, among `rounds`: the first
 * (pairedOwnRound), then those of later comparisons that brought the same sealed round back
 * (Round.alsoPairedWith) — those still among `rounds`.
 */
export function comparedOwnRounds(rounds: readonly Round[]): (r: Round) => Round[] {
  const own = new Map(rounds.filter((r) => !r.receivedFrom).map((r) => [r.id, r]));
  return (r) => comparedOwnIds(r).flatMap((id) => own.get(id) ?? []);
}

/**
 * `rounds` without the partner's rounds this laptop never verified (Round.unverified), unless
 * that leaves none: a round from a backup is only shown while no checked one can be.
 */
export function preferVerified<T extends Pick<Round, 'unverified'>>(rounds: readonly T[]): T[] {
  const verified = rounds.filter((r) => !r.unverified);
  return verified.length ? verified : [...rounds];
}

/**
 * The partner's rounds among `rounds` compared with this laptop's round `own` (kept with
 * `pairedWith` naming it, or `alsoPairedWith` when the same sealed round came back), in the order given; the verified ones when there are any.
 * History, the plan, the offsite and the workspace gaps all take the partner's round from here.
 */
export function comparedWith(rounds: readonly Round[], own: Round): Round[] {
  if (own.receivedFrom) return [];
  return preferVerified(rounds.filter((r) => r.receivedFrom && r.sealedAt && r.role !== own.role && comparedOwnIds(r).includes(own.id)));
}

/**
 * Whether a partner's round this laptop verified was compared with its round `own`. A backup
 * Merge can add an "own" round (nothing marks it: a Merge of one's own backup adds those too)
 * with a partner's round paired with it; only a round with a checked comparison is known to be
 * the one that was compared.
 */
export function hasVerifiedComparison(rounds: readonly Round[], own: Round): boolean {
  return comparedWith(rounds, own).some((r) => !r.unverified);
}

/**
 * `partner`, unless it is a round this laptop never verified and a verified one was compared
 * with the same own round: then that one (the newest given first in `rounds`). A choice made
 * while only a backup's round was there must not outlive the real comparison.
 */
export function verifiedInstead(rounds: readonly Round[], partner: Round): Round {
  const own = partner.unverified ? pairedOwnRound(rounds)(partner) : undefined;
  return (own && comparedWith(rounds, own).find((r) => !r.unverified && r.role === partner.role)) || partner;
}

export function pairRoundsByPeriod(rounds: readonly Round[]): Period[] {
  const groups = new Map<string, Round[]>();
  // By the instant sealed, not the text: a stored round may carry an offset (see compareTimes).
  const sealed = rounds.filter((r) => r.sealedAt).sort((a, b) => compareTimes(a.sealedAt, b.sealedAt) || a.id.localeCompare(b.id));
  const comparedOwn = comparedOwnRounds(sealed);
  for (const round of sealed) {
    // A partner's round compared again (brought back for a later round of ours) is in each of those
    // periods too: the comparison happened there, with these answers. The same record, not a copy.
    const filed = comparedOwn(round);
    const keys = new Set((filed.length ? filed : [round]).map((r) => periodKey(r.label)));
    for (const key of keys) {
      const list = groups.get(key);
      if (list) list.push(round);
      else groups.set(key, [round]);
    }
  }
  const periods: Period[] = [];
  for (const list of groups.values()) {
    // list is in seal order, so the last one of a role is the newest — among a partner's rounds, the
    // newest of those compared with a round of this period, if any: another of theirs merely labelled
    // like it (and dated as they like) does not take its place.
    // With two own rounds of one role in the period, the partner's round charted is the one compared
    // with the own round charted (review r8), not whichever of theirs claims the later seal.
    // Among own rounds, one with a verified comparison comes first: a Merge may add a newer "own"
    // round (forged, paired with the backup's partner round) that must not displace it.
    const checked = (r: Round) => !r.receivedFrom && hasVerifiedComparison(list, r);
    const ownOf = (role: Round['role']) => {
      const own = list.filter((r) => r.role === role && !r.receivedFrom);
      return own.filter(checked).at(-1) ?? own.at(-1);
    };
    // A round of the role this laptop verified (or sealed itself) is charted before any it did not.
    const pick = (role: Round['role']) => {
      const ofRole = preferVerified(list.filter((r) => r.role === role));
      const mate = ownOf(role === 'ceo' ? 'cto' : 'ceo');
      const withMate = mate ? comparedWith(ofRole, mate) : [];
      const paired = ofRole.filter((r) => comparedOwn(r).length > 0);
      const compared = ofRole.filter(checked);
      return (withMate.length ? withMate : paired.length ? paired : compared.length ? compared : ofRole).at(-1);
    };
    const ceo = pick('ceo');
    const cto = pick('cto');
    const chosen = [ceo, cto].filter((r): r is Round => r !== undefined);
    const period: Period = {
      label: (list.find((r) => !r.receivedFrom) ?? list[0]).label.trim(),
      date: periodDate(chosen),
      others: list.filter((r) => r !== ceo && r !== cto),
    };
    if (ceo) period.ceo = ceo;
    if (cto) period.cto = cto;
    periods.push(period);
  }
  return periods.sort((a, b) => compareTimes(a.date, b.date) || a.label.localeCompare(b.label));
}

export interface TrendPoint {
  label: string;
  date: string;
  /** 0–100 area score, null when that leader has no sealed round in the period or scored nothing there. */
  ceo: number | null;
  cto: number | null;
  /** |CEO − CTO|, null unless both scored the area in that period. */
  delta: number | null;
}

export interface AreaTrend {
  areaId: AreaId;
  title: string;
  points: TrendPoint[];
}

/** One series per area, one point per period, in the periods' order. */
export function areaTrends(periods: readonly Period[], framework: Framework = FRAMEWORK): AreaTrend[] {
  return framework.areas.map((area) => ({
    areaId: area.id,
    title: area.title,
    points: periods.map((period) => {
      const ceo = period.ceo ? scoreArea(area, period.ceo.answers).score : null;
      const cto = period.cto ? scoreArea(area, period.cto.answers).score : null;
      return {
        label: period.label,
        date: period.date,
        ceo,
        cto,
        delta: ceo !== null && cto !== null ? Math.abs(ceo - cto) : null,
      };
    }),
  }));
}
