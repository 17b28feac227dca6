import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { selectTopGaps } from '../../shared/assessment/gaps';
import type { Answers, WarningAnswers } from '../../shared/assessment/types';
import { statementGuide } from '../../shared/framework/conversation';
import { answerAll, scores, type Scores } from './support/leader';

/*
 * Alex (CEO) and Blake (CTO) take turns on one laptop, then run their offsite from it on a projector.
 * Gaps by hand (everything else 4 vs 4, healthy): sa-1 5 vs 1, db-3 4 vs 2, cr-3 3 vs 1 → three gap blocks.
 * Warning signs: "technical calls overridden" never vs often → one block of signs seen differently.
 * Agenda: warm-up 10, three gaps 15 each, signs 10, artifacts 20, owners 10, close 5 = 100 minutes.
 * Blake's note on db-3 is marked for the plan (shared); Alex's note on sa-1 is not (it stays off the screen).
 */
const CEO = scores(4, { 'sa-1': 5, 'db-3': 4, 'cr-3': 3 });
const CTO = scores(4, { 'sa-1': 1, 'db-3': 2, 'cr-3': 1 });
const CEO_SIGNS: WarningAnswers = { 'ws-overrides': 'never' };
const CTO_SIGNS: WarningAnswers = { 'ws-overrides': 'often' };
const toAnswers = (s: Scores): Answers => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { value: v }]));
const GAPS = selectTopGaps({ answers: toAnswers(CEO), warnings: CEO_SIGNS }, { answers: toAnswers(CTO), warnings: CTO_SIGNS });
const SHARED_NOTE = 'Architecture gets reopened in chat';
const PRIVATE_NOTE = 'I brief Blake every Monday';

test.use({ viewport: { width: 1920, height: 1080 } });

/** Serious or critical accessibility findings on the page as it is now (axe). */
async function axeFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function answerSigns(page: Page, roundId: string, signs: WarningAnswers) {
  await page.goto(`/#/assess/${roundId}/4`);
  for (const [id, value] of Object.entries(signs)) await page.locator(`[data-warning="${id}"] label:has(input[value="${value}"])`).click();
  await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');
}

async function takeTurn(page: Page, role: 'ceo' | 'cto', name: string, answers: Scores, signs: WarningAnswers, notes: Record<string, string>, shareNote?: string) {
  await page.goto('/#/compare/local');
  const label = role.toUpperCase();
  const slot = page.getByTestId(`slot-${role}`);
  await slot.getByLabel(`${label} name`).fill(name);
  await slot.getByRole('button', { name: `Start the ${label} round` }).click();
  await expect(page).toHaveURL(/#\/assess\//);
  const id = page.url().match(/#\/assess\/([\w-]+)\//)![1];
  await answerAll(page, id, answers, notes);
  if (shareNote) {
    await page.goto(`/#/assess/${id}/0`);
    await page.locator(`[data-statement="${shareNote}"]`).getByRole('checkbox', { name: /Put this note in the repair plan/ }).check();
    await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');
  }
  await answerSigns(page, id, signs);
  // Sealed; while the partner has not sealed, the round stays private even from its owner here.
  await page.goto(`/#/assess/${id}/5`);
  await page.getByRole('button', { name: 'Seal my answers…' }).click();
  await page.getByRole('button', { name: 'Seal now' }).click();
  await expect(page).toHaveURL(/#\/results\//);
}

test('the pair plans their offsite from the comparison, exports it, and runs it on the projector by keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync('test-results', { recursive: true });
  // A controllable clock: it runs normally until the facilitator view, where the test moves it by hand.
  await page.clock.install({ time: new Date('2026-12-03T08:00:00') });

  // Before any comparison, the offsite page explains what it needs.
  await page.goto('/#/offsite');
  await expect(page.getByTestId('offsite-empty')).toContainText('It needs both leaders’ sealed diagnostics'.replace('’', "'"));
  await expect(page.getByRole('link', { name: 'Start a round' })).toBeVisible();

  await takeTurn(page, 'ceo', 'Alex Kim', CEO, CEO_SIGNS, { 'sa-1': PRIVATE_NOTE });
  await page.goto('/#/compare/local');
  await page.getByRole('button', { name: 'Lock my round and hand over' }).click();
  await takeTurn(page, 'cto', 'Blake Moreau', CTO, CTO_SIGNS, { 'db-3': SHARED_NOTE }, 'db-3');

  // The reveal offers to run the offsite.
  await page.goto('/#/compare/local');
  await expect(page.getByTestId('comparison')).toBeVisible();
  await page.getByTestId('run-offsite').click();
  await expect(page).toHaveURL(/#\/offsite$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Run the offsite' })).toBeVisible();

  const blocks = page.getByTestId('agenda-block');
  await expect(blocks).toHaveCount(8);
  await expect(blocks.locator('th')).toHaveText([
    'Warm-up: the overall picture',
    ...GAPS.map((g, i) => `Gap ${i + 1}: ${g.title}`),
    'Warning signs you see differently (1)',
    'Agree the artifacts the gaps point to',
    "The first two weeks' owners and dates",
    'Close: what we agreed, what is parked',
  ]);
  const total = page.getByTestId('agenda-total');
  await expect(total).toHaveText('Total 1 h 40 min · 09:00–10:40');

  // The day and start time, then the first gap gets 25 minutes. A 0 is refused with a message, and nothing changes.
  await page.getByLabel('Offsite date').fill('2026-12-03');
  await page.getByLabel('Start time').fill('09:30');
  const gap1 = page.getByLabel(`Minutes for Gap 1: ${GAPS[0].title}`);
  await gap1.fill('0');
  await expect(page.getByTestId('minutes-error')).toHaveText(`“Gap 1: ${GAPS[0].title}” is “0”: enter whole minutes from 1 to 240.`);
  await expect(gap1).toHaveAttribute('aria-invalid', 'true');
  await expect(total).toHaveText('Total 1 h 40 min · 09:30–11:10');
  await gap1.fill('');
  await gap1.pressSequentially('25');
  await expect(page.getByTestId('minutes-error')).toHaveCount(0);
  await expect(total).toHaveText('Total 1 h 50 min · 09:30–11:20');
  await expect(blocks.nth(2).getByTestId('block-start')).toHaveText('10:05');

  // Saved in the shared workspace: a reload shows the same agenda.
  await expect(page.getByTestId('agenda-save')).toHaveText('All changes saved.');
  await page.reload();
  await expect(page.getByLabel(`Minutes for Gap 1: ${GAPS[0].title}`)).toHaveValue('25');
  await expect(total).toHaveText('Total 1 h 50 min · 09:30–11:20');
  await page.screenshot({ path: 'test-results/offsite-agenda-light.png' });
  expect(await axeFindings(page)).toEqual([]);

  // Markdown export.
  const md = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const mdFile = await md;
  expect(mdFile.suggestedFilename()).toBe('offsite-agenda-2026-12-03.md');
  await mdFile.saveAs('test-results/offsite-agenda.md');
  const markdown = readFileSync('test-results/offsite-agenda.md', 'utf8');
  expect(markdown).toContain('# CTO–CEO alignment offsite: Alex Kim and Blake Moreau');
  expect(markdown).toContain('2026-12-03, 09:30–11:20 (110 minutes)');
  expect(markdown).toContain('- **09:30** Warm-up: the overall picture — 10 min');
  expect(markdown).toContain(`- **09:40** Gap 1: ${GAPS[0].title} — 25 min`);
  expect(markdown).toContain('- **11:15** Close: what we agreed, what is parked — 5 min');

  // Calendar export: one event, the agenda in its description (read back with ical.js).
  const ics = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to a calendar (.ics)' }).click();
  const icsFile = await ics;
  expect(icsFile.suggestedFilename()).toBe('offsite-agenda-2026-12-03.ics');
  await icsFile.saveAs('test-results/offsite-agenda.ics');
  const cal = new ICAL.Component(ICAL.parse(readFileSync('test-results/offsite-agenda.ics', 'utf8')));
  expect(cal.getAllSubcomponents('vevent')).toHaveLength(1);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('CTO–CEO alignment offsite: Alex Kim and Blake Moreau');
  expect(event.startDate.toString()).toBe('2026-12-03T09:30:00');
  expect(event.endDate.toString()).toBe('2026-12-03T11:20:00');
  expect(event.description.split('\n')).toEqual([
    '09:30 Warm-up: the overall picture — 10 min',
    `09:40 Gap 1: ${GAPS[0].title} — 25 min`,
    `10:05 Gap 2: ${GAPS[1].title} — 15 min`,
    `10:20 Gap 3: ${GAPS[2].title} — 15 min`,
    '10:35 Warning signs you see differently (1) — 10 min',
    '10:45 Agree the artifacts the gaps point to — 20 min',
    "11:05 The first two weeks' owners and dates — 10 min",
    '11:15 Close: what we agreed, what is parked — 5 min',
  ]);

  // The facilitator view, driven by the keyboard only. From here the test moves the clock by hand.
  await page.getByTestId('open-facilitator').click();
  const view = page.getByTestId('facilitator');
  await expect(view).toBeFocused();
  expect(await axeFindings(page)).toEqual([]);
  await page.clock.pauseAt(new Date(await page.evaluate(() => Date.now() + 1000)));
  const title = page.getByTestId('block-title');
  const timer = page.getByTestId('timer');
  await expect(title).toHaveText('Warm-up: the overall picture');
  await expect(page.getByTestId('key-legend')).toContainText('Space');

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(`Gap 1: ${GAPS[0].title}`);
  await expect(timer).toHaveText('25:00');
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText('Warm-up: the overall picture');
  await expect(timer).toHaveText('10:00');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('block-counter')).toContainText('Block 3 of 8');
  await page.keyboard.press('PageUp');
  await expect(title).toHaveText(`Gap 1: ${GAPS[0].title}`);

  // A minute passes; pause, and the clock stops; + adds five minutes to the time left.
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText('24:00');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('timer-state')).toHaveText('Paused');
  await page.clock.runFor(120_000);
  await expect(timer).toHaveText('24:00');
  await page.keyboard.press('+');
  await expect(timer).toHaveText('29:00');
  await expect(page.getByTestId('block-counter')).toContainText('+ 5 added');

  // Running again, past the end: a steady overrun signal in words, not a flash.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('timer-state')).toHaveText('Time left');
  await page.clock.fastForward(30 * 60_000);
  await expect(timer).toHaveText('+1:00 over');
  await expect(page.locator('.facilitator-clock')).toHaveAttribute('data-state', 'overrun');

  // What the room sees for this gap: the guide's why and questions, both scores, the sign they see differently,
  // and only the note its author chose to share.
  const gap = GAPS[0];
  const guide = statementGuide(gap.statementId)!;
  await expect(page.getByTestId('facilitator-why')).toHaveText(guide.why);
  await expect(page.getByTestId('facilitator-questions').locator('li')).toHaveText([...guide.questions]);
  const scoresShown = page.getByTestId('facilitator-scores');
  await expect(scoresShown).toContainText('Alex Kim · CEO');
  await expect(scoresShown).toContainText(String(CEO[gap.statementId]));
  await expect(scoresShown).toContainText(String(CTO[gap.statementId]));
  await page.screenshot({ path: 'test-results/offsite-facilitator-light.png' });

  // The db-3 block: the warning sign and Blake's shared note; Alex's private note appears nowhere.
  const db3Index = GAPS.findIndex((g) => g.statementId === 'db-3');
  for (let i = 0; i < db3Index; i++) await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(`Gap ${db3Index + 1}: ${GAPS[db3Index].title}`);
  await expect(page.getByTestId('facilitator-warnings')).toContainText('Technical calls overridden on the spot — Alex Kim: Never, Blake Moreau: Often');
  await expect(page.getByTestId('facilitator-notes')).toHaveText(`Blake Moreau: ${SHARED_NOTE}`);
  await expect(view).not.toContainText(PRIVATE_NOTE);
  // The warning-signs block lists the sign too.
  for (let i = db3Index + 1; i < GAPS.length + 1; i++) await page.keyboard.press('ArrowRight');
  await expect(view).toHaveAttribute('data-kind', 'warning-signs');
  await expect(page.getByTestId('facilitator-warnings').locator('li')).toHaveCount(1);

  // Esc leaves; the dark theme, and the view again.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/offsite$/);
  await page.clock.resume();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeFindings(page)).toEqual([]);
  await page.getByTestId('open-facilitator').click();
  await expect(view).toBeFocused();
  expect(await axeFindings(page)).toEqual([]);
  await page.clock.pauseAt(new Date(await page.evaluate(() => Date.now() + 1000)));
  for (let i = 0; i <= db3Index; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('facilitator-notes')).toHaveText(`Blake Moreau: ${SHARED_NOTE}`);
  await page.clock.runFor(3 * 60_000 + 25_000);
  await expect(timer).toHaveText('11:35');
  // Tab walks through the capture panel beside the block and reaches the on-screen keys.
  const previousKey = page.getByTestId('key-legend').getByRole('button', { name: 'Previous' });
  for (let i = 0; i < 40 && !(await previousKey.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(previousKey).toBeFocused();
  await expect(previousKey).toHaveCSS('outline-style', /solid|auto/);
  await page.screenshot({ path: 'test-results/offsite-facilitator-dark.png' });
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/offsite$/);
  await page.screenshot({ path: 'test-results/offsite-agenda-dark.png' });
});
