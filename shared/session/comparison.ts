import type { AreaDelta, Gap, ItemDelta, OverallComparison, WarningAnswer } from '../assessment/types';
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
  /** The CEO's round label (the comparison screen's and History's); `roundLabels` has both. */
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

export function buildComparison(ceo: SealedPayload, cto: SealedPayload): Comparison {
  const areas = areaDeltas(ceo, cto);
  const deltas = areas.map((a) => a.delta).filter((d): d is number => d !== null);
  const ranking = rankGaps(ceo, cto, FRAMEWORK, Infinity);
  return {
    ceo: { name: ceo.personName, sealedAt: ceo.sealedAt },
    cto: { name: cto.personName, sealedAt: cto.sealedAt },
    roundLabel: ceo.roundLabel,
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
