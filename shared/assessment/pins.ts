/**
 * The pair's pins: up to three statement ids they chose to work on, whatever the ranking
 * says. Kept per comparison (the two seals identify it) in this laptop's settings, as JSON.
 */
import { statementById } from '../framework/content';
import { TOP_GAP_COUNT } from './gaps';

/** How every pins settings key starts (see pinKey). */
export const PIN_KEY_PREFIX = 'gap-pins:';

/** The settings key for the pins of the comparison between these two sealed rounds. */
export function pinKey(ceo: { sealedAt?: string }, cto: { sealedAt?: string }): string {
  return `${PIN_KEY_PREFIX}${ceo.sealedAt ?? ''}|${cto.sealedAt ?? ''}`;
}

/** Reads stored pins; anything malformed or unknown is dropped, never thrown. */
export function parsePins(raw: string | undefined | null): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const ids = value.filter((v): v is string => typeof v === 'string' && statementById(v) !== undefined);
  return [...new Set(ids)].slice(0, TOP_GAP_COUNT);
}

/** Pins after toggling one statement; a fourth pin is refused (returns the pins unchanged). */
export function togglePin(pins: readonly string[], statementId: string): string[] {
  if (pins.includes(statementId)) return pins.filter((p) => p !== statementId);
  if (pins.length >= TOP_GAP_COUNT) return [...pins];
  return [...pins, statementId];
}

/** The pins this laptop follows, and the other laptop's when they differ. */
export interface PinsView {
  pins: string[];
  /** Pins in the shared workspace that this laptop's user has not chosen (set on the partner's laptop). */
  proposed?: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Which pins count on this laptop. The shared workspace carries the pair's pins, but the
 * partner can write any there; pins count here once this laptop's user chose them too
 * (its own copy matches). Until then this laptop keeps its own choice (or the ranking),
 * and the partner's pins are shown as a proposal to take or leave.
 */
export function resolvePins(shared: readonly string[] | undefined, local: readonly string[] | undefined): PinsView {
  if (shared === undefined) return { pins: [...(local ?? [])] };
  if (local !== undefined && sameSet(shared, local)) return { pins: [...shared] };
  const pins = [...(local ?? [])];
  return shared.length || pins.length ? { pins, proposed: [...shared] } : { pins };
}
