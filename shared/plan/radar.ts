/**
 * The radar's points. An area the pair could not compare (too few statements both
 * scored) has no score: drawn at 0 it would show both leaders calling it as bad as it
 * gets. It is left out and named instead; under three areas a radar shows nothing.
 */
import type { PlanAreaScore } from './types';

export interface RadarAreas {
  points: { area: string; ceo: number; cto: number }[];
  notCompared: string[];
}

export function radarAreas(areas: readonly PlanAreaScore[]): RadarAreas {
  const scored = areas.filter((a): a is PlanAreaScore & { ceo: number; cto: number } => a.ceo !== null && a.cto !== null);
  return {
    points: scored.length >= 3 ? scored.map((a) => ({ area: a.title, ceo: a.ceo, cto: a.cto })) : [],
    notCompared: areas.filter((a) => a.ceo === null || a.cto === null).map((a) => a.title),
  };
}
