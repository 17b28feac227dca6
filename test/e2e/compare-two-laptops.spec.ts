import { expect, test } from '@playwright/test';
import { areaDeltas, rankGaps } from '../../shared/assessment/gaps';
import type { Answers } from '../../shared/assessment/types';
import { FRAMEWORK } from '../../shared/framework/content';
import { answerAll, scores, seal, startRound, type Scores } from './support/leader';
import { launchTwoLaptops, sharedDoc } from './support/two-browsers';

const toAnswers = (s: Scores): Answers => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { value: v }]));

// The CEO is upbeat about decision boundaries; the CTO is not. They agree elsewhere.
const CEO = scores(4, { 'db-1': 5, 'db-2': 5, 'cq-3': 2 });
const CTO = scores(4, { 'db-1': 1, 'db-2': 2, 'cr-4': 2 });
const CEO_NOTE = 'Private: I think dates are mine';

test('two laptops compare blind over real WebRTC: nothing shows until both seal, then both see the same gaps', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    // Laptop A (CEO) starts a round and hosts.
    const ceoRound = await startRound(a, { name: 'Alex Kim', role: 'ceo' });
    await answerAll(a, ceoRound, CEO, { 'db-2': CEO_NOTE });
    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    expect(code).toMatch(/^127\.0\.0\.1:\d+\/[0-9a-z]{10}\/[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);

    // Laptop B (CTO) starts a round and joins with the code.
    const ctoRound = await startRound(b, { name: 'Blake Moreau', role: 'cto' });
    await answerAll(b, ctoRound, CTO);
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(code);
    await b.getByRole('button', { name: 'Join' }).click();

    await expect(b.getByTestId('connection-status')).toHaveText(/Connected to Alex Kim/, { timeout: 20_000 });
    await expect(a.getByTestId('connection-status')).toHaveText(/Connected to Blake Moreau/);
    await expect(a.getByTestId('participant-cto')).toContainText('answering…');
    // The invite (the room's secret) leaves the host's screen once the partner is in, and comes back on request.
    await expect(a.getByTestId('invite-code')).toBeHidden();
    await a.getByText('Show the invite code again').click();
    await expect(a.getByTestId('invite-code')).toHaveText(code);
    await a.getByText('Show the invite code again').click();
    await expect(a.getByTestId('invite-code')).toBeHidden();

    // A seals. B learns only that A sealed.
    await seal(a, ceoRound);
    await a.goto('/#/compare');
    await expect(b.getByTestId('participant-ceo')).toContainText('sealed ✓');
    await expect(b.getByTestId('comparison')).toHaveCount(0);
    await expect(b.locator('body')).not.toContainText(CEO_NOTE);
    const docOnB = await sharedDoc(b);
    expect(Object.keys(docOnB.commitments as object)).toEqual(['ceo']);
    expect(docOnB.reveals).toEqual({});
    expect(JSON.stringify(docOnB)).not.toContain(CEO_NOTE);
    expect(JSON.stringify(docOnB)).not.toContain('"answers"');
    // And B's own unsealed answers never left laptop B.
    expect(JSON.stringify(await sharedDoc(a))).not.toContain('"answers"');
    // While A waits it renders a hidden stand-in (its own answers on both sides) so the real comparison renders
    // warm: never visible, not in the accessibility tree, never taken for the comparison.
    await expect(a.getByTestId('comparison-warm-up')).toHaveCount(1);
    await expect(a.getByTestId('comparison-warm-up')).toBeHidden();
    await expect(a.getByTestId('comparison')).toHaveCount(0);
    await expect(a.getByRole('heading', { name: /gaps/i })).toHaveCount(0);

    // B seals: both laptops open the same comparison.
    await seal(b, ctoRound);
    await b.goto('/#/compare');
    for (const page of [a, b]) await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 20_000 });
    await expect(a.getByTestId('comparison-warm-up')).toHaveCount(0);

    const expectedGaps = rankGaps(toAnswers(CEO), toAnswers(CTO)).map((g) => g.title);
    // By hand: db-1 (5 vs 1) has the largest split, then db-2 (5 vs 2); the third is a 4-vs-2 split,
    // cq-3 comes before cr-4 in framework order.
    expect(expectedGaps).toEqual(['db-1', 'db-2', 'cq-3'].map((id) => FRAMEWORK.areas.flatMap((x) => x.statements).find((s) => s.id === id)!.short));
    const expectedAreas = areaDeltas({ answers: toAnswers(CEO) }, { answers: toAnswers(CTO) });
    for (const page of [a, b]) {
      await expect(page.getByTestId('gap-title')).toHaveText(expectedGaps);
      for (const area of expectedAreas) {
        await expect(page.getByTestId(`area-delta-${area.areaId}`).getByTestId('delta')).toHaveText(String(area.delta));
      }
    }
    // The CEO's note is part of the reveal now, shown with its gap on both laptops.
    await expect(b.getByTestId('top-gaps')).toContainText(CEO_NOTE);
    await a.screenshot({ path: 'test-results/compare-laptop-a.png', fullPage: true });

    // The partner's verified round stays on each laptop for history and the plan, offline.
    await a.goto('/#/');
    await expect(a.getByRole('article', { name: /Blake Moreau/ })).toContainText("Partner's round");
    await b.goto('/#/');
    await expect(b.getByRole('article', { name: /Alex Kim/ })).toContainText("Partner's round");
  } finally {
    await close();
  }
});
