import type { BenchContext } from './context';
import { median, sampleRound, seedRounds } from './browser';

export const ROUND_SERIES = [8, 40, 200] as const;
export const LOG_SERIES = [10_000, 50_000] as const;
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** Decision log with 10k and 50k entries: open the tab, then filter to one entry. */
export async function logScale(ctx: BenchContext): Promise<void> {
  for (const n of LOG_SERIES) {
    const c = await ctx.browserA.newContext({ baseURL: ctx.baseURL });
    const page = await c.newPage();
    await page.goto('/?bench=1#/workspace/log');
    for (let added = 10_000; added <= n; added += 10_000) {
      await page.getByRole('button', { name: 'Add 10,000 sample entries' }).click();
      await page.getByTestId('log-count').getByText(`${added.toLocaleString('en-US')} entries`, { exact: true }).waitFor({ timeout: 120_000 });
    }
    const opens: number[] = [];
    const filters: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      await page.goto('/?bench=1#/workspace/matrix');
      await page.getByRole('heading', { level: 2, name: 'Decision authority matrix' }).waitFor({ timeout: 60_000 });
      let t0 = Date.now();
      await page.evaluate(() => (location.hash = '#/workspace/log'));
      await page.getByTestId('log-list').getByRole('listitem').first().waitFor({ timeout: 60_000 });
      opens.push(Date.now() - t0);
      t0 = Date.now();
      // A number no other sample contains, so exactly one entry matches.
      await page.getByLabel('Search').fill(`sample ${n - 5000 + i}`);
      await page.getByTestId('log-count').getByText(/^1 of /).waitFor({ timeout: 60_000 });
      filters.push(Date.now() - t0);
      await page.getByLabel('Search').fill('');
    }
    ctx.print(`decision_log_${label(n)}_open_median`, median(opens), 'ms');
    ctx.print(`decision_log_${label(n)}_filter_median`, median(filters), 'ms');
    await c.close();
  }
}

/** History page with 8, 40 and 200 sealed rounds: from another page until every round is listed. */
export async function roundScale(ctx: BenchContext): Promise<void> {
  for (const n of ROUND_SERIES) {
    const c = await ctx.browserA.newContext({ baseURL: ctx.baseURL });
    const page = await c.newPage();
    const rounds = Array.from({ length: n }, (_, i) => ({
      ...sampleRound(i % 2 ? 'cto' : 'ceo', i % 2 ? 'Blake' : 'Alex', i, true),
      label: `Quarter ${Math.floor(i / 2) + 1} reset`,
    }));
    await seedRounds(page, rounds);
    const opens: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      await page.goto('/#/workspace/matrix');
      await page.getByRole('heading', { level: 2, name: 'Decision authority matrix' }).waitFor({ timeout: 60_000 });
      const t0 = Date.now();
      await page.evaluate(() => (location.hash = '#/history'));
      await page.locator('.period-round').nth(n - 1).waitFor({ timeout: 60_000 });
      opens.push(Date.now() - t0);
    }
    ctx.print(`history_open_${n}_rounds_median`, median(opens), 'ms');
    await c.close();
  }
}
