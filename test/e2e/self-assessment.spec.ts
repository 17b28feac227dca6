import { expect, test } from '@playwright/test';
import { FRAMEWORK } from '../../shared/framework/content';
import { tabTo } from './support/keyboard';

/*
 * A CEO answers the whole diagnostic privately with the keyboard only, reloads in the
 * middle (answers must come back from IndexedDB), seals, and reads their own scores.
 *
 * Answers per area (6 statements each) and the scores a person would compute by hand,
 * score = (mean − 1) / 4 × 100, "don't know" left out of the mean:
 *   decision boundaries: 5 5 5 5 5 5       → mean 5   → 100
 *   communication:       3 3 3 3 3 3       → mean 3   → 50
 *   strategy:            4 4 2 2 ? 4       → mean 3.2 → 55
 *   conflict:            1 1 1 1 1 1       → mean 1   → 0
 */
const KEYS: Record<string, string[]> = {
  'decision-boundaries': ['5', '5', '5', '5', '5', '5'],
  'communication-quality': ['3', '3', '3', '3', '3', '3'],
  'strategic-alignment': ['4', '4', '2', '2', '0', '4'],
  'conflict-resolution': ['1', '1', '1', '1', '1', '1'],
};
const EXPECTED: Record<string, string> = {
  'decision-boundaries': '100',
  'communication-quality': '50',
  'strategic-alignment': '55',
  'conflict-resolution': '0',
};

test('a leader fills the diagnostic by keyboard, reloads, seals and sees the right scores', async ({ page }) => {
  await page.goto('/#/new');
  // The name field has focus on arrival.
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Dana Reyes');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Acme Robotics');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/assess\/[\w-]+\/0$/);

  for (const [index, area] of FRAMEWORK.areas.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: area.title })).toBeVisible();
    expect(area.statements).toHaveLength(KEYS[area.id].length);
    for (const [i, statement] of area.statements.entries()) {
      await tabTo(page, `[data-statement="${statement.id}"] input[type=radio]`);
      await page.keyboard.press(KEYS[area.id][i]);
    }
    if (index === 1) {
      // Half-way: the autosave must already hold everything typed so far.
      await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: area.title })).toBeVisible();
      for (const statement of area.statements) {
        await expect(page.locator(`input[name="${statement.id}"][value="3"]`)).toBeChecked();
      }
      await page.goto(page.url().replace(/\/\d+$/, '/0'));
      for (const statement of FRAMEWORK.areas[0].statements) {
        await expect(page.locator(`input[name="${statement.id}"][value="5"]`)).toBeChecked();
      }
      await page.goto(page.url().replace(/\/\d+$/, '/1'));
      await expect(page.getByRole('heading', { level: 1, name: area.title })).toBeFocused();
    }
    await tabTo(page, '.wizard-nav button.primary');
    await page.keyboard.press('Enter');
  }

  // Warning signs by digits: 1 never, 2 sometimes, 3 often, 0 don't know. Until all six are answered
  // the step's tab has no ✓; after the last digit it does.
  await expect(page.getByRole('heading', { level: 1, name: 'Warning signs' })).toBeVisible();
  const warningsTab = page.getByRole('navigation', { name: 'Diagnostic steps' }).getByRole('link', { name: /^5\. Warning signs/ });
  const WARNING_KEYS = ['3', '2', '0', '1', '1', '1'];
  const WARNING_VALUES = ['often', 'sometimes', 'dont-know', 'never', 'never', 'never'];
  for (const [i, sign] of FRAMEWORK.warningSigns.entries()) {
    await expect(warningsTab).not.toContainText('✓');
    await tabTo(page, `[data-warning="${sign.id}"] input[type=radio]`);
    await page.keyboard.press(WARNING_KEYS[i]);
    await expect(page.locator(`input[name="${sign.id}"][value="${WARNING_VALUES[i]}"]`)).toBeChecked();
    await expect(page.locator(`input[name="${sign.id}"][value="${WARNING_VALUES[i]}"]`)).toBeFocused();
  }
  await expect(warningsTab).toHaveText('5. Warning signs ✓');
  await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.locator(`input[name="ws-late-strategy"][value="dont-know"]`)).toBeChecked();
  await expect(warningsTab).toHaveText('5. Warning signs ✓');
  await page.screenshot({ path: 'test-results/warning-signs-step.png', fullPage: true });
  await tabTo(page, '.wizard-nav button.primary');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Review & seal' })).toBeVisible();
  await tabTo(page, 'button.seal-open');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Seal now' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  for (const [areaId, score] of Object.entries(EXPECTED)) {
    await expect(page.getByTestId(`area-score-${areaId}`).getByTestId('score-value')).toHaveText(`${score} / 100`);
  }
  // Overall = mean of the four area scores: (100 + 50 + 55 + 0) / 4 = 51.25 → 51.
  await expect(page.getByTestId('overall-score')).toHaveText('51');
  // "Often" and "sometimes" fired; "don't know" and "never" did not.
  await expect(page.getByTestId('fired-warnings').locator('li')).toHaveText([
    'Technical calls overridden on the spot — often',
    'Engineering priorities drift from strategy — sometimes',
  ]);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/results.png', fullPage: true });

  // Sealed means sealed: after a reload the answers are read-only.
  await page.reload();
  await expect(page.getByTestId(`area-score-conflict-resolution`).getByTestId('score-value')).toHaveText('0 / 100');
  await page.goto(page.url().replace(/#.*$/, '') + '#/');
  await expect(page.getByText('Sealed ✓')).toBeVisible();
});

test('an empty name is reported beside the field, which gets the focus back', async ({ page }) => {
  await page.goto('/#/new');
  const name = page.getByLabel('Your name');
  await expect(name).toBeFocused();
  // Move on without a name, then submit from another field.
  await page.keyboard.press('Tab');
  await page.keyboard.type('Acme Robotics');
  await page.keyboard.press('Enter');
  const error = page.locator('#personName-error');
  await expect(error).toHaveText('Please enter your name so your partner knows whose scores these are.');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Please enter your name so your partner knows whose scores these are.');
  await expect(page).toHaveURL(/#\/new$/);
  // Typing a name and submitting again starts the round.
  await page.keyboard.type('Dana Reyes');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/assess\/[\w-]+\/0$/);
});
