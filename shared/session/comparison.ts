import type { AreaDelta, Gap, ItemDelta, OverallComparison, Role, WarningAnswer } from '../assessment/types';
import { areaDeltas, compareOverall, isSignSplit, itemDeltas, pinnedGaps, rankGaps } from '../assessment/gaps';
import { FRAMEWORK } from '../framework/content';
import type { SealedPayload } from '../reveal/types';
import type { RoundLabels } from './round-labels';

export { pinKey } from '../assessment/pins';

export interface WarningComparison {
  id: string;
  title: string;
  ceo: WarningAnswer | null;
  cto: WarningAnswer | null;
  /** One says "often", the other "never". */
  split: boolean;
  /** Statements this sign weighs on (their short titles). */
  statements: string[];
}

/** Everything the comparison view shows, computed from the two revealed payloads. */
export interface Comparison {
  ceo: { name: string; sealedAt: string };
  cto: { name: string; sealedAt: string };
  /** This laptop's own round's label when `own` was given (the partner's is only their claim), else the CEO's; `roundLabels` has both. */
  roundLabel: string;
  /** Each leader's own round label: they may name different rounds (round-labels.ts). */
  roundLabels: RoundLabels;
  areas: AreaDelta[];
  overall: OverallComparison;
  items: ItemDelta[];
  /** Every gap, ranked (gaps.ts). */
  ranking: Gap[];
  /** The top three before any pins; the view applies the pair's pins with pinnedGaps. */
  gaps: Gap[];
  warnings: WarningComparison[];
  /** Mean |delta| over the areas that could be compared, 0–100; null when none could. */
  meanAreaDelta: number | null;
  /** How many areas meanAreaDelta averages. */
  comparedAreas: number;
}

/**
 * `own`: the role whose round is this laptop's (a live or file comparison). Its label names the
 * comparison: the partner's label is free text they chose ("2026-Q4 re-score, board approved")
 * and would head the Compare and Present pages and decide whether this reads as a re-score.
 */
export function buildComparison(ceo: SealedPayload, cto: SealedPayload, own?: Role): Comparison {
  const areas = areaDeltas(ceo, cto);
  const deltas = areas.map((a) => a.delta).filter((d): d is number => d !== null);
  const ranking = rankGaps(ceo, cto, FRAMEWORK, Infinity);
  return {
    ceo: { name: ceo.personName, sealedAt: ceo.sealedAt },
    cto: { name: cto.personName, sealedAt: cto.sealedAt },
    roundLabel: (own === 'cto' ? cto : ceo).roundLabel,
    roundLabels: { ceo: ceo.roundLabel, cto: cto.roundLabel },
    areas,
    overall: compareOverall(ceo, cto),
    items: itemDeltas(ceo.answers, cto.answers),
    ranking,
    gaps: pinnedGaps(ranking, []),
    warnings: FRAMEWORK.warningSigns.map((w) => {
      const a = ceo.warnings[w.id] ?? null;
      const b = cto.warnings[w.id] ?? null;
      return {
        id: w.id,
        title: w.title,
        ceo: a,
        cto: b,
        split: isSignSplit(a, b),
        statements: w.statementIds.flatMap((id) => FRAMEWORK.areas.flatMap((x) => x.statements).filter((s) => s.id === id).map((s) => s.short)),
      };
    }),
    meanAreaDelta: deltas.length ? Math.round(deltas.reduce((s, d) => s + d, 0) / deltas.length) : null,
    comparedAreas: deltas.length,
  };
}

/** This laptop's round (`mine`) compared with the partner's: each on its role's side, named by ours. */
export function compareWithPartner(mine: SealedPayload, theirs: SealedPayload): Comparison {
  return mine.role === 'ceo' ? buildComparison(mine, theirs, 'ceo') : buildComparison(theirs, mine, 'cto');
}
