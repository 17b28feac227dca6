import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { FRAMEWORK } from '../../../shared/framework/content';
import type { AnswerValue, Frequency } from '../../../shared/assessment/types';

/** Answers per area, in framework statement order. */
export type AreaAnswers = Record<string, AnswerValue[]>;

export interface SeedLeader {
  role: 'ceo' | 'cto';
  name: string;
  company?: string;
  roundLabel: string;
  answers: AreaAnswers;
  warnings: Record<string, Frequency>;
  /** Notes by statement id; `inPlan` ticks "Put this note in the repair plan". */
  notes?: Record<string, { text: string; inPlan: boolean }>;
}

/** One leader's whole round through the UI: create, answer by clicking, warning signs, seal. Returns the round id. */
export async function seedSealedRound(page: Page, leader: SeedLeader): Promise<string> {
  await page.goto('/#/new');
  await page.getByRole('radio', { name: leader.role.toUpperCase(), exact: true }).check();
  await page.getByLabel('Your name').fill(leader.name);
  if (leader.company) await page.getByLabel(/Company/).fill(leader.company);
  await page.getByLabel('Round name').fill(leader.roundLabel);
  await page.getByRole('button', { name: 'Start the diagnostic' }).click();
  await expect(page).toHaveURL(/#\/assess\/[\w-]+\/0$/);
  const id = page.url().match(/#\/assess\/([\w-]+)\//)![1];

  for (const [step, area] of FRAMEWORK.areas.entries()) {
    await page.goto(`/#/assess/${id}/${step}`);
    for (const [i, s] of area.statements.entries()) {
      await page.locator(`[data-statement="${s.id}"] label:has(input[value="${leader.answers[area.id][i]}"])`).click();
      const note = leader.notes?.[s.id];
      if (note) {
        const field = page.locator(`[data-statement="${s.id}"]`);
        await field.getByRole('button', { name: '+ Add a note' }).click();
        await field.locator('textarea').fill(note.text);
        if (note.inPlan) await field.getByRole('checkbox', { name: /Put this note in the repair plan/ }).check();
      }
    }
  }
  await page.goto(`/#/assess/${id}/4`);
  for (const sign of FRAMEWORK.warningSigns) {
    await page.locator(`[data-warning="${sign.id}"] label:has(input[value="${leader.warnings[sign.id] ?? 'never'}"])`).click();
  }
  await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');

  await page.goto(`/#/assess/${id}/5`);
  await page.getByRole('button', { name: 'Seal my answers…' }).click();
  await page.getByRole('button', { name: 'Seal now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  return id;
}

/** The answers as the Answers map the shared scoring functions take. */
export function toAnswerMap(answers: AreaAnswers) {
  const out: Record<string, { value: AnswerValue }> = {};
  for (const area of FRAMEWORK.areas) area.statements.forEach((s, i) => (out[s.id] = { value: answers[area.id][i] }));
  return out;
}

export function pdftotext(file: string, layout = true): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
}

export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pdfToPngs(file: string, prefix: string, first: number, last: number): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), file, prefix]);
}

/** Text of each page (pdftotext separates pages with form feeds). */
export function pdfPages(file: string): string[] {
  return pdftotext(file).split('\f');
}
