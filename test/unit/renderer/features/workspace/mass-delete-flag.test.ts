import { describe, expect, it } from 'vitest';
import { whenText } from '../../../../../renderer/features/workspace/MassDeleteFlag';

describe('when a paced wipe began, as the notice says it', () => {
  it('is a time today and a day with the time before today: a window left open for days points to the right version', () => {
    const now = new Date(2026, 10, 27, 16, 0);
    expect(whenText(new Date(2026, 10, 27, 9, 5), now)).toMatch(/^\d{1,2}:\d{2}/);
    const earlier = whenText(new Date(2026, 10, 23, 9, 5), now);
    expect(earlier).toMatch(/23/);
    expect(earlier).toMatch(/Nov/);
    expect(earlier).toMatch(/, \d{1,2}:\d{2}/);
  });
});
