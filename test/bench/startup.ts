import fs from 'node:fs';
import path from 'node:path';
import { initialJsGzipBytes, totalJsGzipBytes } from './bundle';
import type { BenchContext } from './context';
import type { FloorPages } from './floor';
import { median } from './browser';

/**
 * Bundle size, then cold load to interactive of the app, of the floor (a blank page with
 * one tiny module) and of a page that renders one heading with React, alternating in fresh
 * profiles so all three see the same machine load.
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
      await page.getByRole('heading', { name: 'Your rounds' }).waitFor();
      app.push(await page.evaluate(() => performance.getEntriesByName('accord:interactive')[0]?.startTime ?? performance.now()));
      await c.close();
    }
    {
      const c = await ctx.browserA.newContext();
      const page = await c.newPage();
      await page.goto(`${floor.url}/`);
      await page.getByText('ready').waitFor();
      blank.push(await page.evaluate(() => performance.getEntriesByName('blank:interactive')[0]?.startTime ?? performance.now()));
      await c.close();
    }
    {
      const c = await ctx.browserA.newContext();
      const page = await c.newPage();
      await page.goto(`${floor.url}/react.html`);
      await page.getByRole('heading', { name: 'ready' }).waitFor();
      react.push(await page.evaluate(() => performance.getEntriesByName('react:interactive')[0]?.startTime ?? performance.now()));
      await c.close();
    }
  }
  ctx.print('blank_page_cold_load_median', median(blank), 'ms');
  ctx.print('cold_load_to_interactive_median', median(app), 'ms');
  ctx.print('cold_load_ratio_to_blank', median(app) / median(blank), 'x');
  // The part of the app's start that is React's own (same run, same machine).
  ctx.print('react_page_cold_load_median', median(react), 'ms');
  ctx.print('react_page_ratio_to_blank', median(react) / median(blank), 'x');
}
