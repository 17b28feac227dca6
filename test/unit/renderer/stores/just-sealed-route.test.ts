// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useLocalPairStore } from '../../../../renderer/stores/local-pair-store';

/*
 * Taking turns, the leader who just sealed still sees that round's results; the next person
 * at the keyboard must not keep that view alive by moving to another address that carries
 * the round's id (review r12).
 */
function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe("the owner's view of a round just sealed", () => {
  it('stays on its results page and ends on any other route, even one carrying its id', () => {
    useLocalPairStore.setState({ justSealed: 'ceo-1' });
    go('#/results/ceo-1');
    expect(useLocalPairStore.getState().justSealed).toBe('ceo-1');
    for (const other of ['#/x/ceo-1', '#/plan/ceo-1', '#/assess/ceo-1/0']) {
      useLocalPairStore.setState({ justSealed: 'ceo-1' });
      go(other);
      expect(useLocalPairStore.getState().justSealed, other).toBeUndefined();
    }
    useLocalPairStore.setState({ justSealed: 'ceo-1' });
    go('#/results/ceo-10');
    expect(useLocalPairStore.getState().justSealed).toBeUndefined();
  });
});
