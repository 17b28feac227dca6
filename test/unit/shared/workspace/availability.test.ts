import { describe, expect, it } from 'vitest';
import { availabilityText } from '../../../../shared/workspace/availability';

/** The risk-budget hint "≈ 100.00% availability" for 5 minutes of downtime reads as none allowed. */
describe('availability from a downtime budget', () => {
  it('is never rounded up to 100% while any downtime is allowed', () => {
    for (const minutes of [1, 5, 6]) expect(availabilityText(minutes)).not.toBe('100.00%');
    expect(availabilityText(5)).toBe('99.99%');
  });

  it('keeps the usual figures', () => {
    expect(availabilityText(0)).toBe('100.00%');
    expect(availabilityText(130)).toBe('99.90%');
    expect(availabilityText(200_000)).toBe('0.00%');
  });
});
