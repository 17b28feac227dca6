import type { Browser } from '@playwright/test';

/** What every bench section gets: two browser processes on the app's server, and a place to report. */
export interface BenchContext {
  baseURL: string;
  /** Two Chromium processes, like two laptops (sections needing one use browserA). */
  browserA: Browser;
  browserB: Browser;
  runs: number;
  /** Prints `NAME VALUE UNIT` and keeps the value for ratios computed later in the same run. */
  print(name: string, value: number, unit: string): void;
  figures: Map<string, number>;
}

/** One part of `npm run bench`; run.ts lists them in order. */
export type BenchSection = (ctx: BenchContext) => Promise<void>;
