import { describe, expect, it } from 'vitest';
import { offsiteFirstDay, ofThisOffsite } from '../../../../shared/offsite/offsite-scope';
import { toIsoDate } from '../../../../shared/workspace/dates';

describe('which offsite an item belongs to', () => {
  it('the later seal’s local day of the comparison', () => {
    const ceo = { sealedAt: new Date(2026, 10, 20, 9).toISOString() };
    const cto = { sealedAt: new Date(2026, 10, 24, 9).toISOString() };
    expect(offsiteFirstDay(ceo, cto)).toBe('2026-11-24');
    expect(offsiteFirstDay(ceo, {})).toBeUndefined();
  });

  it('the later seal, whichever leader sealed last', () => {
    const first = { sealedAt: new Date(2026, 10, 20, 9).toISOString() };
    const last = { sealedAt: new Date(2026, 10, 24, 9).toISOString() };
    expect(offsiteFirstDay(last, first)).toBe('2026-11-24');
    expect(offsiteFirstDay(first, last)).toBe('2026-11-24');
    expect(offsiteFirstDay({}, last)).toBeUndefined();
  });

  it('an item captured before that day (past a day of clock slack) is an earlier offsite’s; on or after it, this one’s; with no day, every item is', () => {
    const at = (d: number) => ({ createdAt: new Date(2026, 10, d, 23).toISOString() });
    expect(toIsoDate(new Date(at(22).createdAt))).toBe('2026-11-22');
    expect(ofThisOffsite(at(22), '2026-11-24')).toBe(false);
    // Stamped by a laptop whose clock is a day behind: still this offsite's (CLOCK_SLACK_DAYS).
    expect(ofThisOffsite(at(23), '2026-11-24')).toBe(true);
    expect(ofThisOffsite(at(24), '2026-11-24')).toBe(true);
    expect(ofThisOffsite(at(1), undefined)).toBe(true);
  });
});
