import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { selectTopGaps } from '../../shared/assessment/gaps';
import type { Answers, WarningAnswers } from '../../shared/assessment/types';
import { statementById } from '../../shared/framework/content';
import { statementGuide } from '../../shared/framework/conversation';
import { answerAll, scores, seal, startRound, type Scores } from './support/leader';

/*
 * The README's worked example, played by two leaders who exchange sealed files (one browser, two
 * laptops' worth of storage). By hand (points = answer points + warning-sign points):
 *   sa-1 4 vs 1, "CTO hears about strategy late" sometimes/often   14 + 3 = 17  → 1st
 *   db-3 4 vs 2, "Technical calls overridden" never/often (split)  10 + 4 = 14  → 2nd
 *   cr-3 3 vs 1                                                    12       = 12  → 3rd
 *   db-2 5 vs "don't know"                                         8        =  8  → 4th, its own kind
 *   cq-1 3 vs 3                                                    4        =  4  → 5th
 * Pinning db-2 puts it in the top three instead of cr-3.
 */
const CEO = scores(5, { 'sa-1': 4, 'db-3': 4, 'cr-3': 3, 'db-2': 5, 'cq-1': 3, 'cq-4': 4 });
const CTO = scores(5, { 'sa-1': 1, 'db-3': 2, 'cr-3': 1, 'db-2': 'dont-know', 'cq-1': 3, 'cq-4': 5 });
const CEO_WARNINGS: WarningAnswers = { 'ws-late-strategy': 'sometimes', 'ws-overrides': 'never' };
const CTO_WARNINGS: WarningAnswers = { 'ws-late-strategy': 'often', 'ws-overrides': 'often' };
const title = (id: string) => statementById(id)!.short;
const toAnswers = (s: Scores): Answers => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { value: v }]));

async function answerWarnings(page: Page, roundId: string, warnings: WarningAnswers): Promise<void> {
  await page.goto(`/#/assess/${roundId}/4`);
  for (const [id, value] of Object.entries(warnings)) {
    await page.locator(`[data-warning="${id}"] label:has(input[value="${value}"])`).click();
  }
  await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');
}

async function importPartner(page: Page, file: string): Promise<void> {
  await page.goto('/#/compare');
  await page.getByLabel("Partner's sealed file").setInputFiles({ name: 'sealed-ceo.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  // The partner read the fingerprint out; the digits match.
  await page.getByRole('button', { name: 'The digits match — open the comparison' }).click();
  await expect(page).toHaveURL(/#\/compare\/file$/);
  await expect(page.getByTestId('comparison')).toBeVisible();
}

test('the comparison explains each top gap with the guide and opening questions, and pinning changes the top three', async ({ browser }) => {
  test.setTimeout(150_000);
  const ceoPage = await (await browser.newContext()).newPage();
  const ctoPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();

  const ceoRound = await startRound(ceoPage, { name: 'Dana Reyes', role: 'ceo' });
  await answerAll(ceoPage, ceoRound, CEO);
  await answerWarnings(ceoPage, ceoRound, CEO_WARNINGS);
  await seal(ceoPage, ceoRound);
  const download = ceoPage.waitForEvent('download');
  await ceoPage.getByRole('button', { name: 'Export sealed file' }).click();
  await (await download).saveAs('test-results/gaps-conversation-ceo.json');
  const file = readFileSync('test-results/gaps-conversation-ceo.json', 'utf8');

  const ctoRound = await startRound(ctoPage, { name: 'Sam Okafor', role: 'cto' });
  await answerAll(ctoPage, ctoRound, CTO);
  await answerWarnings(ctoPage, ctoRound, CTO_WARNINGS);
  await seal(ctoPage, ctoRound);
  await importPartner(ctoPage, file);

  // The shared ranking agrees with the hand computation above.
  const ceoSide = { answers: toAnswers(CEO), warnings: CEO_WARNINGS };
  const ctoSide = { answers: toAnswers(CTO), warnings: CTO_WARNINGS };
  expect(selectTopGaps(ceoSide, ctoSide).map((g) => g.statementId)).toEqual(['sa-1', 'db-3', 'cr-3']);
  const page = ctoPage;
  await expect(page.getByTestId('gap-title')).toHaveText(['sa-1', 'db-3', 'cr-3'].map(title));

  // Each top gap: why it matters from the guide, and questions to open the conversation.
  for (const id of ['sa-1', 'db-3', 'cr-3']) {
    const card = page.locator(`[data-testid="top-gap"][data-statement="${id}"]`);
    const guide = statementGuide(id)!;
    await expect(card.getByTestId('gap-why')).toHaveText(guide.why);
    await expect(card.getByTestId('gap-questions').locator('li')).toHaveText(guide.questions);
  }
  await expect(page.locator('[data-statement="sa-1"]').getByTestId('gap-why')).toContainText('60-day');
  // The warning-sign split is flagged on its gap and in the side-by-side table.
  await expect(page.locator('[data-testid="top-gap"][data-statement="db-3"]').getByTestId('gap-sign-split')).toContainText(
    'Warning sign “Technical calls overridden on the spot”: CEO never, CTO often — you see this sign in opposite ways.',
  );
  await expect(page.getByTestId('warning-split')).toHaveCount(1);
  await expect(page.getByTestId('warning-split')).toContainText('one of you sees it often, the other never');

  // The "don't know" is a ranked gap of its own kind, just below the top three.
  await page.getByText(/more gaps, ranked/).click();
  const dk = page.locator('[data-testid="other-gap"][data-statement="db-2"]');
  await expect(dk).toContainText("4. Who owns delivery dates");
  await expect(dk).toContainText("One of you doesn't know (CEO 5, CTO don't know)");

  // Heatmap tiles name their statement (for a projector) and mark the "don't know".
  await expect(page.locator('.heat-cell[data-statement="db-2"]')).toContainText('?');
  await expect(page.locator('.heat-cell[data-statement="db-2"]')).toContainText('Who owns delivery dates');
  await page.screenshot({ path: 'test-results/gaps-conversation-before-pin.png', fullPage: true });

  // Pin the "don't know": it joins the top three, cr-3 (the highest unpinned of rank 3) leaves.
  await dk.getByRole('button', { name: 'Pin “Who owns delivery dates”' }).click();
  await expect(page.getByTestId('gap-title')).toHaveText(['sa-1', 'db-3', 'db-2'].map(title));
  const pinned = page.locator('[data-testid="top-gap"][data-statement="db-2"]');
  await expect(pinned.getByRole('button', { name: 'Unpin “Who owns delivery dates”' })).toHaveAttribute('aria-pressed', 'true');
  await expect(pinned.getByTestId('gap-why')).toContainText('decision snacking');
  await expect(page.locator('[data-testid="other-gap"][data-statement="cr-3"]')).toBeAttached();

  // Pins are kept on this laptop: after a reload and a fresh import the same three come back.
  await page.reload();
  await importPartner(page, file);
  await expect(page.getByTestId('gap-title')).toHaveText(['sa-1', 'db-3', 'db-2'].map(title));
  await page.screenshot({ path: 'test-results/gaps-conversation-pinned.png', fullPage: true });

  // The presentation follows the pins and shows why + questions on each gap slide.
  await page.goto('/#/present/file');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'title');
  await expect(page.getByTestId('slide-counter')).toHaveText('1 / 9');
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'summary');
  await expect(page.getByTestId('slide').locator('li')).toHaveText(['sa-1', 'db-3', 'db-2'].map(title));
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'gap');
  await expect(page.getByTestId('present-why')).toHaveText(statementGuide('db-2')!.why);
  await expect(page.getByTestId('present-questions').locator('li')).toHaveText(statementGuide('db-2')!.questions);
  await page.screenshot({ path: 'test-results/gaps-conversation-present.png' });

  // Unpinning restores the ranking's own top three.
  await page.goto('/#/compare/file');
  await page.locator('[data-testid="top-gap"][data-statement="db-2"]').getByRole('button', { name: 'Unpin “Who owns delivery dates”' }).click();
  await expect(page.getByTestId('gap-title')).toHaveText(['sa-1', 'db-3', 'cr-3'].map(title));
});

test('thin evidence is refused: a partner answering "don\'t know" almost everywhere gets no area numbers', async ({ browser }) => {
  test.setTimeout(120_000);
  const ceoPage = await (await browser.newContext()).newPage();
  const ctoPage = await (await browser.newContext()).newPage();
  const ceoRound = await startRound(ceoPage, { name: 'Dana Reyes', role: 'ceo' });
  await answerAll(ceoPage, ceoRound, scores(5));
  await seal(ceoPage, ceoRound);
  const download = ceoPage.waitForEvent('download');
  await ceoPage.getByRole('button', { name: 'Export sealed file' }).click();
  await (await download).saveAs('test-results/gaps-thin-ceo.json');

  // The CTO scores one decision-boundaries statement and says "don't know" to the other five.
  const ctoRound = await startRound(ctoPage, { name: 'Sam Okafor', role: 'cto' });
  await answerAll(ctoPage, ctoRound, scores(4, { 'db-1': 2, 'db-2': 'dont-know', 'db-3': 'dont-know', 'db-4': 'dont-know', 'db-5': 'dont-know', 'db-6': 'dont-know' }));
  await seal(ctoPage, ctoRound);
  // On the CTO's own results the area is not scored, and says why.
  await expect(ctoPage.getByTestId('area-score-decision-boundaries').getByTestId('score-thin')).toContainText('Not scored');
  await expect(ctoPage.getByTestId('area-score-decision-boundaries').getByTestId('score-coverage')).toContainText('Scored on 1 of 6 statements · 5 don\'t know');
  await importPartner(ctoPage, readFileSync('test-results/gaps-thin-ceo.json', 'utf8'));

  const db = ctoPage.getByTestId('area-delta-decision-boundaries');
  await expect(db.getByTestId('area-refusal')).toHaveText('Not compared: you both scored only 1 of 6 statements here (CEO 6, CTO 1); at least 3 are needed.');
  await expect(db.getByTestId('delta')).toHaveCount(0);
  await expect(ctoPage.getByTestId('overall-comparison')).toContainText('No overall comparison');
  // CEO 5 vs CTO 4 elsewhere: healthy for both, so the only gaps are in decision boundaries.
  await expect(ctoPage.getByTestId('gap-title')).toHaveText(['Written decision rights', 'Who owns delivery dates', 'Technical calls stick']);
  await expect(ctoPage.getByTestId('area-delta-communication-quality').getByTestId('delta')).toHaveText('25');
  await ctoPage.screenshot({ path: 'test-results/gaps-thin.png', fullPage: true });
});
