import { expect, test, type Page } from '@playwright/test';
import { connectPair } from './support/pair';
import { launchTwoLaptops } from './support/two-browsers';

/*
 * Alex (CEO) and Blake (CTO) agree the decision matrix, each on their own laptop
 * (two Chromium processes linked over WebRTC). Each laptop writes only its own
 * role's confirmation; "agreed by both" shows once both did, and an edit after
 * agreement sends the matrix back to "edited since both agreed it on …" on both laptops.
 */
const matrixState = (page: Page) => page.locator('[data-agreement="matrix"] [data-testid="agreement-state"]');
const matrixAgree = (page: Page) => page.locator('[data-agreement="matrix"] [data-testid="agree-button"]');

test('CEO and CTO agree the decision matrix live on two laptops; an edit afterwards reopens it', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    await connectPair(a, b);

    for (const page of [a, b]) {
      await page.goto('/#/workspace/matrix');
      // A fresh workspace is the shipped template, not agreed work.
      await expect(matrixState(page)).toHaveText('Agreement: template');
    }

    // The CEO agrees on their laptop: the CTO's laptop sees it, but it is not agreed yet.
    await expect(matrixAgree(a)).toHaveText('I agree (as CEO)');
    await matrixAgree(a).click();
    await expect(matrixAgree(a)).toBeDisabled();
    await expect(matrixState(a)).toHaveText('Agreement: template · confirmed by the CEO only');
    await expect(matrixState(b)).toHaveText('Agreement: template · confirmed by the CEO only', { timeout: 15_000 });

    // The CTO's laptop offers only the CTO's own confirmation.
    await expect(matrixAgree(b)).toHaveText('I agree (as CTO)');
    await matrixAgree(b).click();
    const today = new Date().toISOString().slice(0, 10);
    for (const page of [a, b]) {
      await expect(matrixState(page)).toHaveText(`Agreement: agreed by both on ${today}`, { timeout: 15_000 });
      await expect(matrixAgree(page)).toHaveCount(0);
    }

    // Still agreed after a reload, from each laptop's own storage.
    await a.reload();
    await expect(matrixState(a)).toHaveText(`Agreement: agreed by both on ${today}`);
    // The reload dropped the live link; rejoin it the way the CEO would, from Compare.
    await a.goto('/#/compare');
    await expect(a.getByTestId('connection-status')).toHaveText(/Connected to Blake Moreau/, { timeout: 20_000 });
    await a.goto('/#/workspace/matrix');

    // The CTO edits a row after agreement: back to edited on both laptops.
    await b.locator('[data-row="row-product-bet"] [aria-label^="Cadence for"]').fill('Monthly strategy review');
    await expect(a.locator('[data-row="row-product-bet"] [aria-label^="Cadence for"]')).toHaveValue('Monthly strategy review', { timeout: 15_000 });
    // Not agreed any more, and said to have been, on both laptops (each holds its own confirmation of the earlier version).
    for (const page of [b, a]) await expect(matrixState(page)).toHaveText(/^Agreement: edited since both agreed it on \d{4}-\d{2}-\d{2}$/, { timeout: 15_000 });
  } finally {
    await close();
  }
});

test('take turns on one laptop: both names confirm a big bet\'s risk budget; one name is not enough', async ({ page }) => {
  await page.goto('/#/workspace/risk-budgets');
  await page.getByRole('button', { name: 'Add a big bet' }).click();
  const bet = page.locator('.ws-bet').first();
  await bet.getByLabel('Big bet').fill('Healthcare segment in 60 days');
  await bet.getByLabel('Downtime budget for this bet (minutes per quarter)').fill('60');
  await bet.getByLabel("Issue classes that block this bet's releases").fill('PHI exposure');
  await bet.getByLabel('Acceptable slip for this bet (%)').fill('20');
  await bet.getByLabel('Big bet').click();
  const state = bet.getByTestId('agreement-state');
  await expect(state).toHaveText("This bet's budget: edited");

  await bet.getByTestId('agree-together-button').click();
  await bet.getByLabel('CEO name').fill('Alex Kim');
  await bet.getByRole('button', { name: 'We both agree' }).click();
  await expect(bet.getByRole('alert')).toHaveText('Enter both names: each leader confirms for themselves.');
  await expect(state).toHaveText("This bet's budget: edited");
  await bet.getByLabel('CTO name').fill('Blake Moreau');
  await bet.getByRole('button', { name: 'We both agree' }).click();
  await expect(state).toHaveText(`This bet's budget: agreed by both on ${new Date().toISOString().slice(0, 10)}`);

  // Changing the slip afterwards reopens it.
  await bet.getByLabel('Acceptable slip for this bet (%)').fill('25');
  await bet.getByLabel('Big bet').click();
  await expect(state).toHaveText(`This bet's budget: edited since both agreed it on ${new Date().toISOString().slice(0, 10)}`);
});
