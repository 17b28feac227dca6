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
 * The app opens its database lazily (after the first render): wait until it exists, or an
 * open here would create an empty one under the app's feet.
 */
export async function seedRounds(page: Page, rounds: Round[]): Promise<void> {
  await page.goto('/#/');
  await page.getByRole('heading', { name: 'Your rounds' }).waitFor();
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'accord'));
  await page.evaluate(async (rows) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('accord');
      open.onsuccess = () => {
        try {
          const tx = open.result.transaction('rounds', 'readwrite');
          for (const r of rows) tx.objectStore('rounds').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        } catch (err) {
          open.result.close();
          reject(err);
        }
      };
      open.onerror = () => reject(open.error);
    });
  }, rounds.map((r) => ({ id: r.id, body: JSON.stringify(r), updatedAt: r.updatedAt, sealedAt: r.sealedAt })));
  await page.reload();
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
