// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { render } from '../render-in-dom';
import { RoundCard } from '../../../../../renderer/features/home/RoundCard';
import { makeRound } from '../../../shared/plan/fixtures';

// Home listed a partner's round added from a backup (never checked against their seal on this
// laptop) as "Sealed ✓ · Partner's round", exactly like one it verified; the History page badges
// it "Not verified" and its results say so. Home now does too.

// No rounds taken in turns on this laptop, and that setting read (until it is, any round may be private).
beforeEach(() => useLocalPairStore.setState({ loaded: true, pair: undefined, unlocked: [], justSealed: undefined }));

describe('a round card on Home', () => {
  it("says a partner's round from a backup is not verified", () => {
    const round = { ...makeRound('cto'), id: 'partner-abc', receivedFrom: 'file' as const, unverified: true as const };
    const el = render(<RoundCard round={round} />);
    expect(el.textContent).toContain('Not verified');
  });

  it("does not say so of a partner's round this laptop checked", () => {
    const round = { ...makeRound('cto'), id: 'partner-abc', receivedFrom: 'file' as const };
    const el = render(<RoundCard round={round} />);
    expect(el.textContent).toContain('Sealed ✓');
    expect(el.textContent).not.toContain('Not verified');
  });
});
