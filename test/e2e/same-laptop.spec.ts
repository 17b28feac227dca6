import { expect, test } from '@playwright/test';
import { answerAll, scores, seal } from './support/leader';

test('two leaders take turns on one laptop: blind rounds, passphrase, then a keyboard-driven presentation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/compare/local');

  // The CEO goes first and protects the round with a passphrase.
  const ceoSlot = page.getByTestId('slot-ceo');
  await ceoSlot.getByLabel('CEO name').fill('Alex Kim');
  await ceoSlot.getByLabel(/Personal passphrase/).fill('blue-harbour');
  await ceoSlot.getByRole('button', { name: 'Start the CEO round' }).click();
  await expect(page).toHaveURL(/#\/assess\//);
  const ceoId = page.url().match(/#\/assess\/([\w-]+)\//)![1];
  await answerAll(page, ceoId, scores(4, { 'db-1': 5, 'sa-2': 5 }), { 'db-1': 'CEO private note' });
  await seal(page, ceoId);
  await page.goto('/#/compare/local');
  await page.getByRole('button', { name: 'Lock my round and hand over' }).click();

  // The CTO takes the laptop and cannot see the CEO's answers.
  await page.goto(`/#/results/${ceoId}`);
  await expect(page.getByTestId('private-round')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('CEO private note');
  await page.goto(`/#/assess/${ceoId}/0`);
  await expect(page.getByTestId('private-round')).toBeVisible();
  await page.getByLabel('Passphrase').fill('guess');
  await page.getByRole('button', { name: 'Open my round' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this round.');
  await expect(page.locator('[data-statement]')).toHaveCount(0);
  await page.goto('/#/');
  await expect(page.getByText('Private', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See results' })).toHaveCount(0);

  await page.goto('/#/compare/local');
  await expect(page.getByTestId('slot-ceo')).toContainText('CEO: sealed ✓');
  const ctoSlot = page.getByTestId('slot-cto');
  await ctoSlot.getByLabel('CTO name').fill('Blake Moreau');
  await ctoSlot.getByRole('button', { name: 'Start the CTO round' }).click();
  await expect(page).toHaveURL(/#\/assess\//);
  const ctoId = page.url().match(/#\/assess\/([\w-]+)\//)![1];
  await answerAll(page, ctoId, scores(4, { 'db-1': 1, 'sa-2': 2 }));
  await seal(page, ctoId);

  // Both sealed: the reveal opens, and the CEO's note is now part of it.
  await page.goto('/#/compare/local');
  await expect(page.getByTestId('comparison')).toBeVisible();
  await expect(page.getByTestId('top-gaps')).toContainText('CEO private note');

  // Presentation: the keyboard steps through the title, four areas, the gaps and a summary.
  await page.getByRole('link', { name: 'Present on the big screen' }).click();
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText('1 / 8'); // title + 4 areas + 2 gaps (4 vs 4 is healthy, not a gap) + summary
  await expect(page.getByTestId('slide')).toContainText('Alex Kim');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toContainText('Decision boundaries');
  // db-1: 5 vs 1, the rest 4 vs 4 → CEO (5·1 + 4·5)/6 = 4.1667 → 79; CTO (1 + 20)/6 = 3.5 → 63; gap 16.
  await expect(page.getByTestId('present-gap')).toHaveText('16');
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'summary');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'gap');
  await expect(counter).toHaveText('7 / 8');
  await page.screenshot({ path: 'test-results/presentation.png' });
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 8');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/compare\/local$/);
});
