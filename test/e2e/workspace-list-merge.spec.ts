import { expect, test, type Page } from '@playwright/test';
import { connectPair } from './support/pair';
import { launchTwoLaptops } from './support/two-browsers';

/*
 * Issue 9, point 10: two leaders add different names to the same Consulted cell at
 * the same moment. Each name is its own item in a list that merges item by item, so
 * both survive on both laptops, and after a reload from each laptop's own storage.
 */

const ROW = '[data-row="row-product-bet"]';
const consulted = (page: Page) => page.locator(`${ROW} [role="group"][aria-label^="Consulted for"]`);
const chips = (page: Page) => consulted(page).locator('.ws-chip-text');

test('two leaders add different people to the same Consulted cell at once: both names survive everywhere', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    await connectPair(a, b);

    for (const page of [a, b]) await page.goto('/#/workspace/matrix');
    await expect(chips(a)).not.toHaveCount(0);
    const before = await chips(a).allTextContents();
    await expect(chips(b)).toHaveText(before);

    // Both type a name, then both press Enter in the same instant.
    await consulted(a).locator('input').fill('Customer success');
    await consulted(b).locator('input').fill('Finance');
    await Promise.all([consulted(a).locator('input').press('Enter'), consulted(b).locator('input').press('Enter')]);
    // And again, so a second pair of concurrent inserts lands at the same place.
    await consulted(a).locator('input').fill('Legal');
    await consulted(b).locator('input').fill('Design');
    await Promise.all([consulted(a).locator('input').press('Enter'), consulted(b).locator('input').press('Enter')]);

    const expected = [...before, 'Customer success', 'Finance', 'Legal', 'Design'].sort();
    for (const page of [a, b]) {
      await expect.poll(async () => (await chips(page).allTextContents()).sort(), { timeout: 15_000 }).toEqual(expected);
    }
    // Same order on both laptops.
    const order = await chips(a).allTextContents();
    await expect(chips(b)).toHaveText(order);
    await a.screenshot({ path: 'test-results/workspace-list-merge-a.png' });

    // Each laptop reloads from its own IndexedDB: still all there.
    for (const page of [a, b]) {
      await expect(page.getByTestId('workspace-save')).toHaveText('All changes saved');
      await page.reload();
      await expect(chips(page)).toHaveText(order);
    }
  } finally {
    await close();
  }
});
