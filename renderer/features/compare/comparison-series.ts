import type { Comparison } from '../../../shared/session/comparison';
import type { RadarSeries } from '../results/AreaRadar';

/** The two people's area scores in the shape the radar chart takes. */
export function scoreAreasFromComparison(c: Comparison): RadarSeries[] {
  const series = (who: 'ceo' | 'cto'): RadarSeries => ({
    name: c[who].name,
    role: who,
    areas: c.areas.map((a) => ({ areaId: a.areaId, score: a[who] })),
  });
  return [series('ceo'), series('cto')];
}
