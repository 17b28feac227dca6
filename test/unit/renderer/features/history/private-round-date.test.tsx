// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { takeTurnsLaptop } from '../local/take-turns-laptop';
import HistoryPage from '../../../../../renderer/features/history/HistoryPage';
import { createRound } from '../../../../../shared/assessment/round';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Review rB: taking turns on one laptop, History hid the CEO's private round's name and scores but
 * headed its period with the date she sealed it (the newest time in the period): when she did her
 * turn, for whoever sits down next. The heading now dates a period by the rounds it shows.
 */
describe("a period holding the CEO's private round, on History", () => {
  it('is not dated by her seal', async () => {
    const ceo = sealedRound({ id: 'ceo-pair', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-20T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
    const ctoDraft = createRound({ id: 'cto-draft', role: 'cto', personName: 'Blake', label: '2026-Q4 quarterly reset', kind: 'quarterly-reset', now: '2026-10-02T09:00:00.000Z' });
    await takeTurnsLaptop(ceo, ctoDraft);
    const page = render(<HistoryPage />);
    await act(async () => void (await new Promise((r) => setTimeout(r, 30))));
    const heading = page.querySelector('.period h3')!.textContent!;
    expect(heading).toContain('2026-Q4 quarterly reset');
    // Dated by the CTO's round it shows (2 October), not by her seal (20 October).
    expect(heading).not.toMatch(/Oct 20\b/);
    expect(heading).toMatch(/Oct 2\b/);
  });
});
