import { expect, test, type Page } from '@playwright/test';

/*
 * In browser mode a leader can open Accord in two tabs of the same browser (the workspace in
 * one, the offsite on the projector in the other). Each tab holds its own copy of the workspace;
 * nothing either tab saves may wipe out what the other one saved, and each tab shows what the
 * other changed.
 */

const PRODUCT = '[data-row="row-product-bet"]';
const INFRA = '[data-row="row-infra-spend"]';
const cadence = (page: Page, row: string) => page.locator(`${row} [aria-label^="Cadence for"]`);

async function saved(page: Page) {
  await expect(page.getByTestId('workspace-save')).toHaveText('All changes saved');
}

test('two tabs of the same browser edit the workspace: both edits are kept, shown in both and still there after a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto('/#/workspace/matrix');
    await expect(cadence(page, PRODUCT)).toBeVisible();
  }

  // The first tab edits one row; then the second tab, which opened before that edit, another.
  await cadence(first, PRODUCT).fill('Weekly product review');
  await saved(first);
  await cadence(second, INFRA).fill('Monthly budget review');
  await saved(second);

  // Each tab shows what the other one saved, without a reload.
  await expect(cadence(second, PRODUCT)).toHaveValue('Weekly product review');
  await expect(cadence(first, INFRA)).toHaveValue('Monthly budget review');
  // Already on disk: nothing for the first tab to save.
  await saved(first);

  // One more edit in the first tab, after the second tab saved: the second tab's edit stays.
  await cadence(first, PRODUCT).fill('Weekly product review (CEO chairs)');
  await saved(first);

  for (const page of [first, second]) {
    await page.reload();
    await expect(cadence(page, PRODUCT)).toHaveValue('Weekly product review (CEO chairs)');
    await expect(cadence(page, INFRA)).toHaveValue('Monthly budget review');
  }
});

test('a backup restored with Replace in one tab: the other tab starts again from it and never writes its old workspace back', async ({ context }, testInfo) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto('/#/workspace/matrix');
    await expect(cadence(page, PRODUCT)).toBeVisible();
  }
  await cadence(first, PRODUCT).fill('As in the backup');
  await saved(first);

  // The first tab exports a backup, then the workspace changes after it.
  await first.goto('/#/history');
  const download = first.waitForEvent('download');
  await first.getByRole('button', { name: 'Export backup' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  await cadence(second, PRODUCT).fill('Changed after the backup');
  await saved(second);

  // The first tab replaces everything with the backup; the second tab, left open, follows.
  await first.getByLabel('Backup file').setInputFiles(file);
  await first.getByRole('radio', { name: /Replace/ }).check();
  await first.getByRole('button', { name: 'Replace everything…' }).click();
  await first.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(first.getByTestId('restore-done')).toContainText('Replaced everything');
  await expect(cadence(second, PRODUCT)).toHaveValue('As in the backup');

  // An edit in the second tab after the restore is saved onto the restored workspace, not onto its old copy.
  await cadence(second, INFRA).fill('Monthly budget review');
  await saved(second);
  await first.goto('/#/workspace/matrix');
  await expect(cadence(first, INFRA)).toHaveValue('Monthly budget review');
  for (const page of [first, second]) {
    await page.reload();
    await expect(cadence(page, PRODUCT)).toHaveValue('As in the backup');
    await expect(cadence(page, INFRA)).toHaveValue('Monthly budget review');
  }
});
