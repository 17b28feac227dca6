import type { AreaDelta, Frequency, Gap, ItemDelta } from '../assessment/types';
import { areaDeltas, itemDeltas, rankGaps } from '../assessment/gaps';
import { FRAMEWORK } from '../framework/content';
import type { SealedPayload } from '../reveal/types';

/** Everything the comparison view shows, computed from the two revealed payloads. */
export interface Comparison {
  ceo: { name: string; sealedAt: string };
  cto: { name: string; sealedAt: string };
  roundLabel: string;
  areas: AreaDelta[];
  items: ItemDelta[];
  gaps: Gap[];
  warnings: { id: string; title: string; ceo: Frequency | null; cto: Frequency | null }[];
  /** Mean |delta| over the areas both scored, 0–100. */
  meanAreaDelta: number | null;
}

export function buildComparison(ceo: SealedPayload, cto: SealedPayload): Comparison {
  const areas = areaDeltas(ceo, cto);
  const deltas = areas.map((a) => a.delta).filter((d): d is number => d !== null);
  return {
    ceo: { name: ceo.personName, sealedAt: ceo.sealedAt },
    cto: { name: cto.personName, sealedAt: cto.sealedAt },
    roundLabel: ceo.roundLabel,
    areas,
    items: itemDeltas(ceo.answers, cto.answers),
    gaps: rankGaps(ceo.answers, cto.answers),
    warnings: FRAMEWORK.warningSigns.map((w) => ({
      id: w.id,
      title: w.title,
      ceo: ceo.warnings[w.id] ?? null,
      cto: cto.warnings[w.id] ?? null,
    })),
    meanAreaDelta: deltas.length ? Math.round(deltas.reduce((s, d) => s + d, 0) / deltas.length) : null,
  };
}
