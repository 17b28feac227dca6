import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

/**
 * Two separate Chromium processes — two laptops. Not two tabs or contexts of one
 * browser: those could talk over BroadcastChannel and hide a broken WebRTC path.
 */
export async function launchTwoLaptops(baseURL: string): Promise<{ a: Page; b: Page; browsers: Browser[]; close(): Promise<void> }> {
  const browsers = await Promise.all([chromium.launch(chromiumLaunchOptions()), chromium.launch(chromiumLaunchOptions())]);
  const [a, b] = await Promise.all(browsers.map(async (browser) => (await browser.newContext({ baseURL })).newPage()));
  return {
    a,
    b,
    browsers,
    close: async () => {
      await Promise.all(browsers.map((x) => x.close()));
    },
  };
}

export async function sharedDoc(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as { __accordSharedDoc?: () => Record<string, unknown> }).__accordSharedDoc?.() ?? {});
}
