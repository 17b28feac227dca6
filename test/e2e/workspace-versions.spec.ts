import { expect, test } from '@playwright/test';

/*
 * Workspace versions on one laptop: the workspace keeps a version when it opens; after
 * edits, the Versions panel says in plain words how that version differs from now, and
 * restoring it brings the content back as an ordinary edit (Undo takes it back). The
 * versions live in IndexedDB, so they are still listed after a reload.
 */

test('Versions: edit, see what changed, restore an earlier version, undo the restore', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/#/workspace/matrix');
  const rows = page.locator('tr[data-row]');
  await expect(rows).toHaveCount(6);
  const firstDecision = rows.first().getByLabel('Decision type');
  const original = await firstDecision.inputValue();

  // Edits: two decision rows removed, a decision renamed.
  await page.getByRole('button', { name: /^Remove Infra spend/ }).click();
  await page.getByRole('button', { name: /^Remove Delivery date/ }).click();
  await expect(rows).toHaveCount(4);
  await firstDecision.fill('Renamed decision');
  await expect(page.getByTestId('workspace-save')).toHaveText('All changes saved');

  await page.getByTestId('versions-button').click();
  const items = page.getByTestId('version-item');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('When the workspace was opened');
  await expect(items.first()).toContainText(/Compared with now: 2 RACI rows, \d+ list items more; \d+ fields? differs?\./);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/workspace-versions-panel.png', fullPage: true });

  await items.first().getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored the version from/ })).toBeVisible();
  await expect(rows).toHaveCount(6);
  await expect(firstDecision).toHaveValue(original);
  // The state before the restore is kept too, and the restored version now reads as "same as now".
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Before restoring a version');
  await expect(items.nth(1)).toContainText('Same content as now.');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/workspace-versions-restored.png', fullPage: true });

  // The restore is one ordinary edit: Undo takes it back, Redo applies it again.
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(rows).toHaveCount(4);
  await expect(firstDecision).toHaveValue('Renamed decision');
  await page.getByRole('button', { name: '↷ Redo' }).click();
  await expect(rows).toHaveCount(6);
  await expect(page.getByTestId('workspace-save')).toHaveText('All changes saved');

  // After a reload: the restored content, and the versions, come back from IndexedDB.
  await page.reload();
  await expect(rows).toHaveCount(6);
  await expect(firstDecision).toHaveValue(original);
  await page.getByTestId('versions-button').click();
  await expect(items.filter({ hasText: 'Before restoring a version' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'When the workspace was opened' }).first()).toBeVisible();
  // Dark theme: the panel and the list chips use the theme's tokens.
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.locator('[role="group"][aria-label^="Consulted for"] input').first().focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/workspace-versions-dark.png', fullPage: true });
});
