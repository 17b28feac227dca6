/**
 * A quarter's downtime budget as availability of the critical flows, for the hint beside the
 * field. Rounded down: 5 minutes a quarter is 99.996%, and "100.00%" would read as no downtime.
 */
export const QUARTER_MINUTES = 91 * 24 * 60;

export function availabilityText(minutesPerQuarter: number): string {
  const pct = Math.max(0, 100 - (minutesPerQuarter / QUARTER_MINUTES) * 100);
  const down = Math.floor(pct * 100 + 1e-9) / 100;
  return `${(minutesPerQuarter > 0 ? Math.min(down, 99.99) : down).toFixed(2)}%`;
}
