import { describe, expect, it } from 'vitest';
import { topGapsHeading } from '../../../../../renderer/features/compare/nothing-compared';

// The Compare page headed any list of gaps "Top 3 gaps": two gaps, one, or none read as a top three.
describe("the gaps card's heading", () => {
  it('says how many gaps it lists when fewer than the top', () => {
    expect(topGapsHeading(3, 3)).toBe('Top 3 gaps');
    expect(topGapsHeading(2, 3)).toBe('The 2 gaps');
    expect(topGapsHeading(1, 3)).toBe('The one gap');
    expect(topGapsHeading(0, 3)).toBe('Gaps');
  });
});
