import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { PlanAreaScore } from '../../../../shared/plan/types';
import { radarAreas } from '../../../../shared/plan/radar';

/** Print colours: fixed (not theme variables) so the PDF looks the same from a dark-themed app. */
export const PRINT_COLORS = { ceo: '#2457c5', cto: '#b4430f', grid: '#c9d0da', text: '#1b2430', muted: '#5b6676' } as const;

/**
 * The two leaders' area scores on one radar. Fixed size rather than responsive: the
 * print layout must not depend on a resize observer firing before the PDF is taken.
 * Recharts draws SVG, so the chart stays vector in the PDF.
 */
export function PlanRadar({ areas, names }: { areas: PlanAreaScore[]; names: { ceo: string; cto: string } }) {
  // Areas not compared are left out, never drawn at 0 (shared/plan/radar.ts).
  const { points: data, notCompared } = radarAreas(areas);
  const font = 'var(--pd-sans)';
  const missing = notCompared.length ? ` Not compared (too few statements both of you scored): ${notCompared.join(', ')}.` : '';
  if (!data.length) {
    return <p className="pd-note">Too few areas could be compared for a chart.{missing}</p>;
  }
  return (
    <figure className="pd-figure pd-radar" aria-label={`Radar chart of the area scores of ${names.ceo} and ${names.cto}`}>
      <RadarChart width={520} height={330} data={data} outerRadius={112} margin={{ top: 8, right: 70, bottom: 8, left: 70 }}>
        <PolarGrid stroke={PRINT_COLORS.grid} />
        <PolarAngleAxis dataKey="area" tick={{ fill: PRINT_COLORS.text, fontSize: 12, fontFamily: font }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={45} tick={{ fill: PRINT_COLORS.muted, fontSize: 10, fontFamily: font }} axisLine={false} />
        <Radar name={`${names.ceo} (CEO)`} dataKey="ceo" stroke={PRINT_COLORS.ceo} fill={PRINT_COLORS.ceo} fillOpacity={0.18} strokeWidth={2} isAnimationActive={false} />
        <Radar name={`${names.cto} (CTO)`} dataKey="cto" stroke={PRINT_COLORS.cto} fill={PRINT_COLORS.cto} fillOpacity={0.18} strokeWidth={2} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontFamily: font, fontSize: 12 }} />
      </RadarChart>
      <figcaption>
        Area scores, 0–100. The further out, the healthier that leader thinks the area is.{missing}
      </figcaption>
    </figure>
  );
}
