/**
 * The pair's pins: up to three statement ids they chose to work on, whatever the ranking
 * says. Kept per comparison (the two seals identify it) in this laptop's settings, as JSON.
 */
import { statementById } from '../framework/content';
import { TOP_GAP_COUNT } from './gaps';

/** The settings key for the pins of the comparison between these two sealed rounds. */
export function pinKey(ceo: { sealedAt?: string }, cto: { sealedAt?: string }): string {
  return `gap-pins:${ceo.sealedAt ?? ''}|${cto.sealedAt ?? ''}`;
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
