// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { takeTurnsLaptop } from './take-turns-laptop';
import { useAssessStore } from '../../../../../renderer/stores/assess-store';
import ResultsPage from '../../../../../renderer/features/results/ResultsPage';
import { createRound } from '../../../../../shared/assessment/round';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Taking turns on one laptop, the CEO seals her round (no passphrase). Her results stay on her
 * screen until she leaves them (review: sealing must not end her own view mid-sentence), but
 * nothing said they were private, nor offered to hide them: walking away left them for whoever
 * sat down next. The page now says only she should see it, with "Hide it and hand over".
 */
const ceo = sealedRound({ id: 'ceo-pair', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const ctoDraft = createRound({ id: 'cto-draft', role: 'cto', personName: 'Blake', label: '2026-Q4 quarterly reset', kind: 'quarterly-reset', now: '2026-10-02T09:00:00.000Z' });

beforeEach(async () => {
  useAssessStore.setState({ round: undefined, missing: false });
  await takeTurnsLaptop(ceo, ctoDraft);
  location.hash = '#/results/ceo-pair';
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 30))));

describe('her results, just sealed, on the laptop the two of them share', () => {
  it('say only she should see them, and hand over hides them', async () => {
    act(() => useLocalPairStore.getState().sealed('ceo-pair'));
    const page = render(<ResultsPage id="ceo-pair" />);
    await settle();
    expect(page.querySelector('[data-testid="overall-score"]')).not.toBeNull();
    const note = page.querySelector('[data-testid="owners-view"]')!;
    expect(note.textContent).toContain('Only you should see this');
    act(() => note.querySelector('button')!.click());
    await settle();
    expect(page.querySelector('[data-testid="overall-score"]')).toBeNull();
    expect(page.querySelector('[data-testid="private-round"]')).not.toBeNull();
    expect(location.hash).toBe('#/compare/local');
  });

  it('once both have sealed, the comparison is open to both: no such note', async () => {
    await takeTurnsLaptop(ceo, sealedRound({ id: 'cto-draft', role: 'cto', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-02T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)] }));
    const page = render(<ResultsPage id="ceo-pair" />);
    await settle();
    expect(page.querySelector('[data-testid="overall-score"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="owners-view"]')).toBeNull();
  });
});
