import { describe, expect, it } from 'vitest';
import { mapCaret } from '../../../../../renderer/features/workspace/caret';

describe('keeping the caret in place when a partner edits the same field', () => {
  it('leaves a caret before the change where it is', () => {
    expect(mapCaret('Product bet', 'Product bet (CEO)', 3)).toBe(3);
  });
  it('shifts a caret after the change by its length', () => {
    // Partner prefixed "Q1: " (4 chars) while I was typing at the end (11).
    expect(mapCaret('Product bet', 'Q1: Product bet', 11)).toBe(15);
    expect(mapCaret('abcdef', 'abef', 6)).toBe(4);
  });
  it('moves a caret inside a replaced region to the end of the replacement', () => {
    expect(mapCaret('abcXYZdef', 'abc12def', 4)).toBe(5);
  });
});
