// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkFileRound, SEAL_GAP_DAYS } from '../../../../shared/reveal/file-round';

// Whether a partner's sealed file looks like another round than this laptop's: its label, and how
// far apart the two seals are in local calendar days (shared/reveal/file-round.ts).
const mine = { label: '2026-Q4 quarterly reset', sealedAt: '2026-11-20T09:00:00.000Z' };
const file = (roundLabel: string, sealedAt: string) => ({ roundLabel, sealedAt });

describe('checkFileRound', () => {
  it('the same round: the same label (case and spacing aside), sealed within weeks', () => {
    expect(checkFileRound(mine, file('2026-Q4 quarterly reset', '2026-11-20T15:00:00.000Z'))).toEqual({ otherLabel: false });
    expect(checkFileRound(mine, file('  2026-q4   Quarterly Reset ', '2026-12-01T09:00:00.000Z'))).toEqual({ otherLabel: false });
  });

  it('another label is another round, whenever it was sealed', () => {
    expect(checkFileRound(mine, file('2026-Q3 quarterly reset', '2026-11-21T09:00:00.000Z'))).toEqual({ otherLabel: true });
    expect(checkFileRound(mine, file('30-day repair after 2026-Q4', '2026-11-20T09:00:00.000Z')).otherLabel).toBe(true);
  });

  it('seals more than SEAL_GAP_DAYS apart: the days from this laptop’s seal to the file’s, signed', () => {
    expect(SEAL_GAP_DAYS).toBe(30);
    expect(checkFileRound(mine, file('2026-Q1 quarterly reset', '2026-01-12T09:00:00.000Z'))).toEqual({ otherLabel: true, sealGapDays: -312 });
    expect(checkFileRound(mine, file('2026-Q4 quarterly reset', '2027-02-20T09:00:00.000Z'))).toEqual({ otherLabel: false, sealGapDays: 92 });
    // Exactly the limit is still one round; a day past it is not.
    expect(checkFileRound(mine, file('2026-Q4 quarterly reset', '2026-12-20T09:00:00.000Z')).sealGapDays).toBeUndefined();
    expect(checkFileRound(mine, file('2026-Q4 quarterly reset', '2026-12-21T09:00:00.000Z')).sealGapDays).toBe(31);
  });

  it('a seal date that does not parse says nothing about the gap', () => {
    expect(checkFileRound(mine, file('2026-Q4 quarterly reset', 'not a date'))).toEqual({ otherLabel: false });
  });
});
