import type { Page } from '@playwright/test';
import type { BenchContext } from './context';
import { startSignalCli, stopSignalCli, type FloorPages } from './floor';
import { median, pollQuietly, sampleRound, seedRounds } from './browser';

/** Two laptops over loopback: first connection, then seal → comparison on the peer. */
export async function reveal(ctx: BenchContext): Promise<void> {
  const connects: number[] = [];
  const sealToCompare: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    const ctxA = await ctx.browserA.newContext({ baseURL: ctx.baseURL });
    const ctxB = await ctx.browserB.newContext({ baseURL: ctx.baseURL });
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    await seedRounds(a, [sampleRound('ceo', 'Alex', i, true)]);
    const ctoRound = sampleRound('cto', 'Blake', i + 3, false);
    await seedRounds(b, [ctoRound]);
    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(code);
    const t0 = Date.now();
    await b.getByRole('button', { name: 'Join' }).click();
    await b.getByText('Connected to Alex').waitFor();
    connects.push(Date.now() - t0);
    await a.getByTestId('participant-cto').getByText('answering').waitFor();
    await a.evaluate(() => {
      const w = window as unknown as { __shownAt?: number };
      new MutationObserver((_m, obs) => {
        if (document.querySelector('[data-testid="comparison"]')) {
          w.__shownAt = Date.now();
          obs.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await b.goto(`/#/assess/${ctoRound.id}/5`);
    await b.getByRole('button', { name: 'Seal my answers…' }).click();
    await b.evaluate(() => {
      document.addEventListener('click', () => ((window as unknown as { __sealAt?: number }).__sealAt = Date.now()), { capture: true, once: true });
    });
    await b.getByRole('button', { name: 'Seal now' }).click();
    const shownAt = await shownQuietly(a);
    const sealAt = await b.evaluate(() => (window as unknown as { __sealAt: number }).__sealAt);
    sealToCompare.push(shownAt - sealAt);
    await ctxA.close();
    await ctxB.close();
  }
  ctx.print('first_connection_median', median(connects), 'ms');
  ctx.print('seal_to_comparison_on_peer_median', median(sealToCompare), 'ms');
}

/** When the observer saw the comparison on the peer; read quietly (see pollQuietly). */
function shownQuietly(a: Page): Promise<number> {
  return pollQuietly(a, () => a.evaluate(() => (window as unknown as { __shownAt?: number }).__shownAt), 30_000);
}

const STOCK_MESSAGES = 15;

/**
 * The network the reveal rides on: two stock y-webrtc pages (no Accord code) in the same
 * two Chromium processes, through `npm run signal`; one Y.Map change from A to B, timed
 * by the wall clock both processes share (as the seal → comparison figure is).
 */
export async function stockYwebrtc(ctx: BenchContext, floor: FloorPages): Promise<void> {
  const { url, child } = await startSignalCli();
  const ctxA = await ctx.browserA.newContext();
  const ctxB = await ctx.browserB.newContext();
  try {
    const q = `?room=bench-stock-${process.pid}-${Date.now()}&signal=${encodeURIComponent(url)}`;
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    await a.goto(`${floor.url}/stock.html${q}`);
    await b.goto(`${floor.url}/stock.html${q}`);
    type W = { __send(k: string): void; __received: { k: string; sent: number; at: number }[] };
    // Connected once a change made before the connection arrives (y-webrtc syncs on connect).
    await a.evaluate(() => (window as unknown as W).__send('warm-up'));
    await b.waitForFunction(() => (window as unknown as W).__received.some((r) => r.k === 'warm-up'), null, { timeout: 60_000 });
    const times: number[] = [];
    for (let i = 0; i < STOCK_MESSAGES; i++) {
      const k = `m${i}`;
      await a.evaluate((key) => (window as unknown as W).__send(key), k);
      // Read quietly too, so both figures are taken the same way.
      const r = await pollQuietly(b, () => b.evaluate((key) => (window as unknown as W).__received.find((x) => x.k === key), k), 10_000);
      times.push(r.at - r.sent);
      await a.waitForTimeout(20);
    }
    ctx.print('stock_ywebrtc_message_median', median(times), 'ms');
  } finally {
    await ctxA.close();
    await ctxB.close();
    stopSignalCli(child);
  }
}

/** Ratios of figures printed earlier in the same run. */
export function ratios(ctx: BenchContext): void {
  const seal = ctx.figures.get('seal_to_comparison_on_peer_median');
  const stock = ctx.figures.get('stock_ywebrtc_message_median');
  if (seal !== undefined && stock) ctx.print('seal_to_comparison_ratio_to_stock', seal / stock, 'x');
}
