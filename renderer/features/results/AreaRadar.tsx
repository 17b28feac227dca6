import { lazy, Suspense } from 'react';
import type { AreaScore, Role } from '../../../shared/assessment/types';
import { useAfterPaint } from '../../app/after-paint';
import { useRevealWindowClosed } from '../../stores/reveal-window';

export interface RadarSeries {
  name: string;
  role: Role;
  areas: Pick<AreaScore, 'areaId' | 'score'>[];
}

const AreaRadarChart = lazy(() => import('./AreaRadarChart'));

/**
 * One or two people's area scores on the same four axes. The scores are in the page's
 * text and tables; the chart (recharts, the heaviest thing on the page) is fetched and drawn
 * once that text is on screen — and not while the partner waits on this laptop's reveal —
 * in a box of its final size so nothing moves.
 */
export function AreaRadar({ series, height = 340 }: { series: RadarSeries[]; height?: number }) {
  const painted = useAfterPaint();
  // Right after sealing in a live comparison, the partner waits on this laptop's next message.
  const quiet = useRevealWindowClosed();
  const label = `Radar chart of area scores for ${series.map((s) => s.name).join(' and ')}`;
  const box = <div style={{ height }} role="img" aria-label={label} aria-busy="true" />;
  if (!painted || !quiet) return box;
  return (
    <Suspense fallback={box}>
      <AreaRadarChart series={series} height={height} />
    </Suspense>
  );
}
