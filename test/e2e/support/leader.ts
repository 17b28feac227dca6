import { expect, type Page } from '@playwright/test';
import { FRAMEWORK } from '../../../shared/framework/content';
import type { AnswerValue } from '../../../shared/assessment/types';

export type Scores = Record<string, AnswerValue>;

/** Start a new round through the UI and return its id. */
export async function startRound(page: Page, opts: { name: string; role: 'ceo' | 'cto'; company?: string }): Promise<string> {
  await page.goto('/#/new');
  await page.getByRole('radio', { name: opts.role.toUpperCase() }).check();
  await page.getByLabel('Your name').fill(opts.name);
  if (opts.company) await page.getByLabel(/Company/).fill(opts.company);
  await page.getByRole('button', { name: 'Start the diagnostic' }).click();
  await expect(page).toHaveURL(/#\/assess\/[\w-]+\/0$/);
  return page.url().match(/#\/assess\/([\w-]+)\//)![1];
}

/** Answer every statement by clicking, the way a mouse user would, optionally with notes. */
export async function answerAll(page: Page, roundId: string, scores: Scores, notes: Record<string, string> = {}): Promise<void> {
  for (const [step, area] of FRAMEWORK.areas.entries()) {
    await page.goto(`/#/assess/${roundId}/${step}`);
    for (const s of area.statements) {
      await page.locator(`[data-statement="${s.id}"] label:has(input[value="${scores[s.id]}"])`).click();
      if (notes[s.id]) {
        await page.locator(`[data-statement="${s.id}"]`).getByRole('button', { name: '+ Add a note' }).click();
        await page.locator(`[data-statement="${s.id}"] textarea`).fill(notes[s.id]);
      }
    }
  }
  await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');
}

export async function seal(page: Page, roundId: string): Promise<void> {
  await page.goto(`/#/assess/${roundId}/5`);
  await page.getByRole('button', { name: 'Seal my answers…' }).click();
  await page.getByRole('button', { name: 'Seal now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
}

/** Same score for every statement, with per-statement overrides. */
export function scores(base: AnswerValue, overrides: Scores = {}): Scores {
  const out: Scores = {};
  for (const area of FRAMEWORK.areas) for (const s of area.statements) out[s.id] = overrides[s.id] ?? base;
  return out;
}
