// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { render } from '../render-in-dom';
import ResultsPage from '../../../../../renderer/features/results/ResultsPage';
import { useAssessStore } from '../../../../../renderer/stores/assess-store';
import { FRAMEWORK } from '../../../../../shared/framework/content';
import { makeRound } from '../../../shared/plan/fixtures';

// A round may be sealed with statements skipped and warning signs left blank or "don't know".
// With nothing scored 1–5 its results said "Nothing below healthy: every area and statement you
// scored is at 4 (“Agree”) or above", and with no sign answered "None of the six warning signs
// showed up in your answers": a clean bill of health nobody gave.

function show(round: ReturnType<typeof makeRound>) {
  useAssessStore.setState({ round, missing: false, open: async () => undefined } as never);
  return render(<ResultsPage id={round.id} />);
}
const card = (el: HTMLElement, heading: string) => [...el.querySelectorAll('.card')].find((c) => c.querySelector('h2')?.textContent === heading)!.textContent!;

// No rounds taken in turns on this laptop, and that setting read (until it is, any round may be private).
beforeEach(() => useLocalPairStore.setState({ loaded: true, pair: undefined, unlocked: [], justSealed: undefined }));

describe('results with little answered', () => {
  it('does not call an unscored round healthy', () => {
    const el = show(makeRound('ceo'));
    expect(card(el, 'Where it is weakest')).not.toContain('Nothing below healthy');
    expect(card(el, 'Where it is weakest')).toContain('Nothing to rank: no statement was scored 1–5.');
  });

  it('says how many warning signs were answered when none fired', () => {
    const round = makeRound('ceo', { base: 4, warnings: { 'ws-overrides': 'never' } });
    round.warnings['ws-late-strategy'] = 'dont-know';
    const el = show(round);
    expect(card(el, 'Warning signs that fired')).not.toContain('None of the six warning signs showed up');
    expect(card(el, 'Warning signs that fired')).toContain('None fired among the 1 you answered; 5 not answered or “don’t know”.');
  });

  it('keeps the plain sentences when everything was answered', () => {
    const round = makeRound('ceo', { base: 4 });
    for (const w of FRAMEWORK.warningSigns) round.warnings[w.id] = 'never';
    const el = show(round);
    expect(card(el, 'Where it is weakest')).toContain('Nothing below healthy');
    expect(card(el, 'Warning signs that fired')).toContain('None of the six warning signs showed up in your answers.');
  });

  it('says how few statements a clean result rests on', () => {
    // Two statements scored 4, every other one skipped: it read "Nothing below healthy: every area
    // and statement you scored is at 4 (“Agree”) or above".
    const el = show(makeRound('ceo', { overrides: { 'db-1': 4, 'db-2': 5 } }));
    const total = FRAMEWORK.areas.reduce((n, a) => n + a.statements.length, 0);
    expect(card(el, 'Where it is weakest')).toContain(`Nothing below healthy among the 2 of ${total} statements scored 1–5`);
    expect(card(el, 'Where it is weakest')).toContain(`The other ${total - 2} were skipped or answered “Don’t know”`);
  });
});
