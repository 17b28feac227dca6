/**
 * `npm run bench`: prints one line per figure, `NAME VALUE UNIT`. Figures, not pass/fail:
 * the targets live in the README next to the latest numbers. Each figure of the app is
 * printed beside this machine's floor measured in the same run (a blank page, a stock
 * y-webrtc message), so a loaded machine shows in both.
 *
 * Sections run in the order listed; add one with one line in `sections`. BENCH_ONLY picks some.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebServer } from '../../electron/web/static-server';
import { launch } from './browser';
import type { BenchContext, BenchSection } from './context';
import { docFigures } from './doc-figures';
import { startFloorPages, stopFloorPages, type FloorPages } from './floor';
import { pdfExport } from './pdf';
import { ratios, reveal, stockYwebrtc } from './reveal';
import { logScale, roundScale } from './scale';
import { startup } from './startup';

const root = path.resolve(process.env.BENCH_ROOT ?? 'dist/renderer');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function sections(floor: FloorPages): [string, BenchSection][] {
  return [
    ['startup', (ctx) => startup(ctx, floor, root)],
    ['stock', (ctx) => stockYwebrtc(ctx, floor)],
    ['reveal', reveal],
    ['ratios', async (ctx) => ratios(ctx)],
    ['pdf', pdfExport],
    ['log', logScale],
    ['rounds', roundScale],
    [
      'doc',
      async (ctx) => {
        for (const [name, value, unit] of docFigures()) ctx.print(name, value, unit);
      },
    ],
    [
      'hostile',
      async (ctx) => {
        for (const [name, value, unit] of await (await import('./hostile')).hostileFigures(ctx.baseURL)) ctx.print(name, value, unit);
      },
    ],
    ['lan', async (ctx) => (await import('./lan')).lanFigures(ctx.print, Math.min(ctx.runs, 3))],
  ];
}

/** `BENCH_ONLY=stock,reveal,ratios npm run bench` runs only the named sections (in their usual order). */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);

async function main() {
  if (!fs.existsSync(path.join(root, 'index.html')) || process.argv.includes('--build')) execSync('npx vite build', { stdio: 'ignore' });
  console.error(`# ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);
  const server = await startWebServer({ root, host: '127.0.0.1', port: 0, signaling: true });
  const floor = await startFloorPages();
  const [browserA, browserB] = await Promise.all([launch(), launch()]);
  const figures = new Map<string, number>();
  const ctx: BenchContext = {
    baseURL: `http://127.0.0.1:${server.port}`,
    browserA,
    browserB,
    runs: RUNS,
    figures,
    print(name, value, unit) {
      figures.set(name, value);
      console.log(`${name} ${Number.isInteger(value) ? value : value.toFixed(value < 10 ? 2 : 1)} ${unit}`);
    },
  };
  try {
    console.error(`# ${browserA.version()}`);
    for (const [name, section] of sections(floor)) if (!only || only.includes(name)) await section(ctx);
  } finally {
    await Promise.all([browserA.close(), browserB.close()]);
    await stopFloorPages(floor);
    await server.close();
  }
  console.error(`# load after ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
