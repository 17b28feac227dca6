/**
 * Where the repair plan's two rounds come from: the live comparison (two revealed
 * payloads) or two sealed rounds stored on this laptop. Pure: no React, no stores.
 */
import { datedFileName } from '../../app/file-name';
import type { Role, Round } from '../../../shared/assessment/types';
import type { SealedPayload } from '../../../shared/reveal/types';
import { kindFromLabel, roundFromPayload as rebuildRound } from '../../../shared/reveal/payload';
import { compareTimes } from '../../../shared/schema/iso-date-time';
import { comparedWith, hasVerifiedComparison, pairedOwnRound, preferVerified, verifiedInstead } from '../../../shared/history/periods';

/** Route id that shows the plan alone, without the app's chrome (used for printing and tests). */
export const PRINT_ROUTE_ID = 'print';

/** A sealed payload does not carry the round kind; a label naming a repair is read as one. */
export { kindFromLabel };

/** The Round the plan builder needs, rebuilt from what a partner revealed. */
export function roundFromPayload(p: SealedPayload, opts: { companyName?: string } = {}): Round {
  return rebuildRound(p, { id: `revealed-${p.role}`, companyName: opts.companyName });
}

/** Sealed rounds of one role, newest seal first. */
export function sealedRoundsOf(rounds: readonly Round[], role: Role): Round[] {
  return rounds
    .filter((r) => r.role === role && Boolean(r.sealedAt))
    .sort((a, b) => compareTimes(b.sealedAt, a.sealedAt));
}

export interface LocalPair {
  ceoId?: string;
  ctoId?: string;
}

/**
 * The CEO and CTO rounds to preselect: the ones asked for when still sealed (`preferId`, from
 * `#/plan/<round id>`, pins one side), else this laptop's newest own round with a verified
 * comparison, else its newest own round. The other side is the round it was compared with, as
 * History pairs them (comparedWith / pairedOwnRound): a partner's round merely labelled like it
 * (say one a backup Merge added, dated a minute ago) is not. Only with no comparison recorded: a
 * round matching the label, else the newest. A partner's round this laptop never verified is
 * kept, even when asked for, only while no verified one was compared with the same own round.
 */
export function defaultPair(rounds: readonly Round[], wanted: LocalPair = {}, preferId?: string): LocalPair {
  const ceos = sealedRoundsOf(rounds, 'ceo');
  const ctos = sealedRoundsOf(rounds, 'cto');
  const sealed = [...ceos, ...ctos];
  // PlanPage saves the pair it shows, asked for or not: a saved backup round must yield to the
  // checked one once a real comparison keeps it (verifiedInstead), on screen and in print alike.
  const checkedOr = (r: Round | undefined) => r && verifiedInstead(sealed, r);
  const preferred = preferId ? rounds.find((r) => r.id === preferId && r.sealedAt) : undefined;
  let ceo = checkedOr(ceos.find((r) => r.id === (preferred?.role === 'ceo' ? preferred.id : wanted.ceoId)));
  let cto = checkedOr(ctos.find((r) => r.id === (preferred?.role === 'cto' ? preferred.id : wanted.ctoId)));
  if (!ceo && !cto) {
    // Nothing asked for: start from this laptop's newest own round, never from a partner's —
    // skipping one compared only with rounds this laptop never verified (a Merge may add a newer
    // "own" round of anyone's making, paired with the file's partner round). A round with no
    // comparison at all (both leaders sealed here, taking turns) is the newest pair, as before.
    // (Only while some comparison was verified here: with none, the newest own round, as before.)
    const own = (list: Round[]) => list.filter((r) => !r.receivedFrom);
    const anyVerified = sealed.some((r) => !r.receivedFrom && hasVerifiedComparison(rounds, r));
    const onlyUnverified = (r: Round) => anyVerified && comparedWith(rounds, r).length > 0 && !hasVerifiedComparison(rounds, r);
    const start = (list: Round[]) => own(list).find((r) => !onlyUnverified(r));
    ceo = start(ceos);
    if (!ceo) cto = start(ctos);
  }
  const pairedOwn = pairedOwnRound(rounds);
  // The round compared with `chosen` (either way round), else one with its label, else the newest.
  const other = (chosen: Round | undefined, candidates: Round[]) => {
    const own = chosen && pairedOwn(chosen);
    if (own && candidates.includes(own)) return own;
    const compared = chosen ? comparedWith(candidates, chosen)[0] : undefined;
    const labelled = chosen ? candidates.filter((r) => r.label.trim() === chosen.label.trim()) : [];
    return compared ?? preferVerified(labelled)[0] ?? preferVerified(candidates)[0];
  };
  if (!ceo) ceo = other(cto, ceos);
  if (!cto) cto = other(ceo, ctos);
  return { ceoId: ceo?.id, ctoId: cto?.id };
}

/** Company name to prefill: the first one either round carries. */
export function companyFromRounds(...rounds: (Round | undefined)[]): string {
  for (const r of rounds) {
    const name = r?.companyName?.trim();
    if (name) return name;
  }
  return '';
}

export type PlanSourceKind = 'live' | 'local';

export interface ResolvedSource {
  kind: PlanSourceKind;
  ceo: Round;
  cto: Round;
}

export interface SourceInput {
  kind: PlanSourceKind;
  /** The revealed payloads of a complete live comparison, if any. */
  live?: { ceo?: SealedPayload; cto?: SealedPayload };
  /** Company name of this laptop's own round in the live comparison. */
  liveCompany?: string;
  rounds: readonly Round[];
  pair: LocalPair;
}

/** The two rounds for the plan, or a sentence saying what is missing. */
export function resolveSource(input: SourceInput): { ok: true; value: ResolvedSource } | { ok: false; reason: string } {
  if (input.kind === 'live') {
    const { ceo, cto } = input.live ?? {};
    if (!ceo || !cto) return { ok: false, reason: 'The live comparison is not complete yet: both leaders must seal and reveal.' };
    return {
      ok: true,
      value: {
        kind: 'live',
        ceo: roundFromPayload(ceo, { companyName: input.liveCompany }),
        cto: roundFromPayload(cto, { companyName: input.liveCompany }),
      },
    };
  }
  const ceo = input.rounds.find((r) => r.id === input.pair.ceoId && r.role === 'ceo' && r.sealedAt);
  const cto = input.rounds.find((r) => r.id === input.pair.ctoId && r.role === 'cto' && r.sealedAt);
  if (!ceo || !cto) return { ok: false, reason: 'Choose a sealed CEO round and a sealed CTO round.' };
  return { ok: true, value: { kind: 'local', ceo, cto } };
}

/** A file name like "acme-robotics-repair-plan-2026-05-04.pdf". */
export function planFileName(company: string, date: string, ext: 'pdf' | 'md'): string {
  return datedFileName(company, 'repair-plan', date, ext);
}
