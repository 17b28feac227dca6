import type { BenchContext } from './context';
import { median, sampleRound, seedRounds } from './browser';

/** Repair plan PDF: the print view printed by Chromium (the engine Electron uses). */
export async function pdfExport(ctx: BenchContext): Promise<void> {
  const c = await ctx.browserA.newContext({ baseURL: ctx.baseURL });
  const page = await c.newPage();
  await seedRounds(page, [sampleRound('ceo', 'Alex', 1, true), sampleRound('cto', 'Blake', 4, true)]);
  await page.goto('/#/plan/print');
  await page.locator('.plan-document, [data-testid="plan-document"]').first().waitFor({ timeout: 30_000 });
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < ctx.runs; i++) {
    const t0 = performance.now();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    times.push(performance.now() - t0);
    pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
  ctx.print('pdf_export_median', median(times), 'ms');
  ctx.print('pdf_pages', pages, 'pages');
  await c.close();
}
