/**
 * `npm run bench`: prints one line per figure, `NAME VALUE UNIT`. Figures, not pass/fail:
 * the targets live in the README next to the latest numbers.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startWebServer } from '../../electron/web/static-server';
import { launch, median, sampleRound, seedRounds } from './browser';
import { docFigures } from './doc-figures';

const root = path.resolve(process.env.BENCH_ROOT ?? 'dist/renderer');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function print(name: string, value: number, unit: string) {
  console.log(`${name} ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
}

/** Gzip size of what index.html loads before the first paint (entry script + modulepreloads + CSS). */
function initialJsGzip(): number {
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(root, f)), { level: 9 }).length, 0);
}

async function main() {
  if (!fs.existsSync(path.join(root, 'index.html')) || process.argv.includes('--build')) execSync('npx vite build', { stdio: 'ignore' });
  const server = await startWebServer({ root, host: '127.0.0.1', port: 0, signaling: true });
  const baseURL = `http://127.0.0.1:${server.port}`;
  const [browserA, browserB] = await Promise.all([launch(), launch()]);
  try {
    print('initial_js_gzip', Math.round(initialJsGzip() / 1024), 'KB');

    // Cold load to interactive: a fresh profile each time, until the Rounds page answers.
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browserA.newContext({ baseURL });
      const page = await ctx.newPage();
      await page.goto('/#/');
      await page.getByRole('heading', { name: 'Your rounds' }).waitFor();
      loads.push(await page.evaluate(() => performance.getEntriesByName('accord:interactive')[0]?.startTime ?? performance.now()));
      await ctx.close();
    }
    print('cold_load_to_interactive_median', median(loads), 'ms');

    // Two laptops over loopback: first connection, then seal → comparison on the peer.
    const connects: number[] = [];
    const sealToCompare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ctxA = await browserA.newContext({ baseURL });
      const ctxB = await browserB.newContext({ baseURL });
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
      await a.getByTestId('comparison').waitFor({ timeout: 30_000 });
      const shownAt = await a.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
      const sealAt = await b.evaluate(() => (window as unknown as { __sealAt: number }).__sealAt);
      sealToCompare.push(shownAt - sealAt);
      await ctxA.close();
      await ctxB.close();
    }
    print('first_connection_median', median(connects), 'ms');
    print('seal_to_comparison_on_peer_median', median(sealToCompare), 'ms');

    // Repair plan PDF: the print view printed by Chromium (the engine Electron uses).
    {
      const ctx = await browserA.newContext({ baseURL });
      const page = await ctx.newPage();
      await seedRounds(page, [sampleRound('ceo', 'Alex', 1, true), sampleRound('cto', 'Blake', 4, true)]);
      await page.goto('/#/plan/print');
      await page.locator('.plan-document, [data-testid="plan-document"]').first().waitFor({ timeout: 30_000 });
      const times: number[] = [];
      let pages = 0;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        times.push(performance.now() - t0);
        pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      }
      print('pdf_export_median', median(times), 'ms');
      print('pdf_pages', pages, 'pages');
      await ctx.close();
    }

    // Decision log with 10,000 entries: open the tab, then filter.
    {
      const ctx = await browserA.newContext({ baseURL });
      const page = await ctx.newPage();
      await page.goto('/?bench=1#/workspace/log');
      await page.getByRole('button', { name: 'Add 10,000 sample entries' }).click();
      await page.getByTestId('log-count').getByText(/10,?0\d\d entries/).waitFor({ timeout: 60_000 });
      const opens: number[] = [];
      const filters: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto('/?bench=1#/workspace/matrix');
        await page.getByRole('heading', { level: 2, name: 'Decision authority matrix' }).waitFor();
        let t0 = Date.now();
        await page.evaluate(() => (location.hash = '#/workspace/log'));
        await page.getByTestId('log-list').getByRole('listitem').first().waitFor();
        opens.push(Date.now() - t0);
        t0 = Date.now();
        await page.getByLabel('Search').fill(`sample ${4000 + i}`);
        await page.getByTestId('log-count').getByText(/^1 of /).waitFor();
        filters.push(Date.now() - t0);
        await page.getByLabel('Search').fill('');
      }
      print('decision_log_10k_open_median', median(opens), 'ms');
      print('decision_log_10k_filter_median', median(filters), 'ms');
      await ctx.close();
    }

    for (const [name, value, unit] of docFigures()) print(name, value, unit);
    for (const [name, value, unit] of await (await import('./hostile')).hostileFigures(baseURL)) print(name, value, unit);
  } finally {
    await Promise.all([browserA.close(), browserB.close()]);
    await server.close();
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
