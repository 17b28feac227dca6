import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { createRound, sealRound, setAnswer, setWarning } from '../../shared/assessment/round';
import type { Role, Round } from '../../shared/assessment/types';
import { FRAMEWORK } from '../../shared/framework/content';

export async function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** A fully answered round, optionally sealed, built with the domain code itself. */
export function sampleRound(role: Role, name: string, seed: number, sealed: boolean): Round {
  const now = '2026-11-01T09:00:00.000Z';
  let round = createRound({ id: `bench-${role}-${seed}`, role, personName: name, kind: 'quarterly-reset', label: '2026-Q4 quarterly reset', now });
  let i = seed;
  for (const area of FRAMEWORK.areas) {
    for (const s of area.statements) {
      round = setAnswer(round, s.id, { value: ((i++ * 7) % 5) + 1 } as never, now);
    }
  }
  for (const w of FRAMEWORK.warningSigns) round = setWarning(round, w.id, 'sometimes', now);
  return sealed ? sealRound(round, now) : round;
}

/**
 * Write rounds straight into the app's IndexedDB (as the app stores them), then reload.
 * The app opens its database lazily (after the first render), and Dexie first opens it
 * without a version to read the one on disk: wait until the app's stores exist, closing
 * at once any connection that finds them not there yet (it must not hold up the upgrade).
 */
export async function seedRounds(page: Page, rounds: Round[]): Promise<void> {
  await page.goto('/#/');
  await page.getByRole('heading', { name: 'Your rounds' }).waitFor();
  await page.evaluate(async (rows) => {
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    let db: IDBDatabase | undefined;
    for (let tries = 0; !db; tries++) {
      if (tries > 250) throw new Error('the app never created its database');
      if ((await indexedDB.databases()).some((d) => d.name === 'accord')) {
        db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
          const open = indexedDB.open('accord');
          open.onsuccess = () => {
            if (open.result.objectStoreNames.contains('rounds')) return resolve(open.result);
            open.result.close();
            resolve(undefined);
          };
          open.onerror = () => reject(open.error);
        });
      }
      if (!db) await new Promise((r) => setTimeout(r, 20));
    }
    const ready = db;
    await new Promise<void>((resolve, reject) => {
      const tx = ready.transaction('rounds', 'readwrite');
      for (const r of rows) tx.objectStore('rounds').put(r);
      tx.oncomplete = () => {
        ready.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    });
  }, rounds.map((r) => ({ id: r.id, body: JSON.stringify(r), updatedAt: r.updatedAt, sealedAt: r.sealedAt })));
  await page.reload();
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Waits for a value the page records by itself (a performance mark, an observer's stamp)
 * without working in the page while it is being timed: a locator's waitFor first injects
 * Playwright's selector engine (~9 ms of script on the page's main thread, seen in a trace)
 * and then re-queries the DOM on every animation frame, on the thread being measured. Here:
 * a pause, then one tiny read every 50 ms.
 */
export async function pollQuietly<T>(page: Page, read: () => Promise<T | undefined>, ms: number, firstAfterMs = 50): Promise<T> {
  const until = Date.now() + ms;
  await page.waitForTimeout(firstAfterMs);
  while (Date.now() < until) {
    const v = await read();
    if (v !== undefined && v !== null) return v;
    await page.waitForTimeout(50);
  }
  throw new Error(`nothing arrived at ${page.url()} within ${ms / 1000} s`);
}

/** The time of the first performance mark `name`, read quietly (see pollQuietly). */
export function markQuietly(page: Page, name: string): Promise<number> {
  return pollQuietly(page, () => page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime, name), 30_000, 300);
}
