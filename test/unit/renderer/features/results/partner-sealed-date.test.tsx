// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { render } from '../render-in-dom';
import ResultsPage from '../../../../../renderer/features/results/ResultsPage';
import { useAssessStore } from '../../../../../renderer/stores/assess-store';
import { makeRound } from '../../../shared/plan/fixtures';

// A partner's results read "… · Sam (CTO) · sealed 10/01/2026, 10:00" as a fact. That time is the
// one the partner's laptop wrote into the sealed payload: its clock, or any date they chose
// (a seal backdated before the offsite). Verified against their seal means the answers match
// what they committed to, not that they sealed on that day. Our own round's date stays as it is.

function show(round: ReturnType<typeof makeRound>) {
  useAssessStore.setState({ round, missing: false, open: async () => undefined } as never);
  return render(<ResultsPage id={round.id} />);
}

// No rounds taken in turns on this laptop, and that setting read (until it is, any round may be private).
beforeEach(() => useLocalPairStore.setState({ loaded: true, pair: undefined, unlocked: [], justSealed: undefined }));

describe('the sealed date on a results page', () => {
  it("says a partner's seal time is as their laptop dated it", () => {
    const round = { ...makeRound('cto'), id: 'partner-abc', receivedFrom: 'peer' as const };
    const el = show(round);
    expect(el.textContent).toMatch(/sealed .+ \(as dated by their laptop\)/);
  });

  it('leaves our own round’s date as it is', () => {
    const el = show(makeRound('ceo'));
    expect(el.textContent).toContain('sealed ');
    expect(el.textContent).not.toContain('as dated by their laptop');
  });
});
