import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { initialJsGzipBytes, totalJsGzipBytes } from './bundle';
import type { BenchContext } from './context';
import type { FloorPages } from './floor';
import { markQuietly, median } from './browser';

/**
 * Bundle size, then cold load to interactive of the app, of the floor (a blank page with
 * one tiny module) and of a page that renders one heading with React, alternating in fresh
 * profiles so all three see the same machine load. Each page's own mark is read once it
 * has started (markQuietly), then its first screen is checked.
 */
export async function startup(ctx: BenchContext, floor: FloorPages, root: string): Promise<void> {
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`no build in ${root}`);
  ctx.print('initial_js_gzip', Math.round(initialJsGzipBytes(root) / 1024), 'KB');
  ctx.print('total_js_gzip', Math.round(totalJsGzipBytes(root) / 1024), 'KB');

  const app: number[] = [];
  const blank: number[] = [];
  const react: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    {
      const c = await ctx.browserA.newContext({ baseURL: ctx.baseURL });
      const page = await c.newPage();
      await page.goto('/#/');
      app.push(await markQuietly(page, 'accord:interactive'));
      await page.getByRole('heading', { name: 'Your rounds' }).waitFor();
      await c.close();
    }
    {
      const c = await ctx.browserA.newContext();
      const page = await c.newPage();
      await page.goto(`${floor.url}/`);
      blank.push(await markQuietly(page, 'blank:interactive'));
      await page.getByText('ready').waitFor();
      await c.close();
    }
    {
      const c = await ctx.browserA.newContext();
      const page = await c.newPage();
      await page.goto(`${floor.url}/react.html`);
      react.push(await markQuietly(page, 'react:interactive'));
      await page.getByRole('heading', { name: 'ready' }).waitFor();
      await c.close();
    }
  }
  ctx.print('blank_page_cold_load_median', median(blank), 'ms');
  ctx.print('cold_load_to_interactive_median', median(app), 'ms');
  ctx.print('cold_load_ratio_to_blank', median(app) / median(blank), 'x');
  // The part of the app's start that is React's own (same run, same machine).
  ctx.print('react_page_cold_load_median', median(react), 'ms');
  ctx.print('react_page_ratio_to_blank', median(react) / median(blank), 'x');
  await returningProfile(ctx, floor);
}

type Target = { url: string; ready: (p: Page) => Promise<unknown>; mark: string };

/**
 * The start a user sees on every launch but the first: the same profile, so Chromium's HTTP
 * cache and V8 code cache hold what earlier visits compiled (an incognito context keeps no
 * code cache, hence a persistent profile in its own Chromium process). Each page is visited
 * twice first: Chromium stores a script's compiled code on its second run, and uses it from
 * the third. The blank page is measured the same way, so the ratio compares like with like.
 */
async function returningProfile(ctx: BenchContext, floor: FloorPages): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(dir, chromiumLaunchOptions());
    const app: Target = { url: `${ctx.baseURL}/#/`, ready: (p) => p.getByRole('heading', { name: 'Your rounds' }).waitFor(), mark: 'accord:interactive' };
    const blank: Target = { url: `${floor.url}/`, ready: (p) => p.getByText('ready').waitFor(), mark: 'blank:interactive' };
    const visit = async (t: Target): Promise<number> => {
      const page = await context!.newPage();
      await page.goto(t.url);
      const at = await markQuietly(page, t.mark);
      await t.ready(page);
      // Code is cached after the script has run and gone idle: let that happen before closing.
      await page.waitForTimeout(300);
      await page.close();
      return at;
    };
    for (let i = 0; i < 2; i++) {
      await visit(app);
      await visit(blank);
    }
    const appTimes: number[] = [];
    const blankTimes: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      appTimes.push(await visit(app));
      blankTimes.push(await visit(blank));
    }
    ctx.print('blank_page_returning_profile_load_median', median(blankTimes), 'ms');
    ctx.print('returning_profile_load_to_interactive_median', median(appTimes), 'ms');
    ctx.print('returning_profile_ratio_to_blank', median(appTimes) / median(blankTimes), 'x');
  } finally {
    await context?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
