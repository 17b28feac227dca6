import type { Page } from '@playwright/test';

/**
 * Press Tab until the focused element matches `selector` — the way a keyboard user
 * moves through the page. Fails if it never gets there.
 */
export async function tabTo(page: Page, selector: string, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    const matches = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (matches) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Keyboard focus never reached ${selector} after ${maxPresses} Tab presses`);
}
