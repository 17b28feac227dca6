import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { snapshotDb } from './support/idb';
import { startRound } from './support/leader';
import { seedSealedRound, type AreaAnswers } from './support/plan';

/*
 * Two periods, both leaders on one laptop (the partner's round is what a comparison
 * would have kept). Area score = (mean − 1) / 4 × 100, rounded:
 *
 *                          Q3 CEO        Q3 CTO        Q4 CEO                 Q4 CTO
 *   decision boundaries    4×6 → 75      2×6 → 25      4 4 4 4 4 2 → 67       3×6 → 50
 *   communication          3×6 → 50      3×6 → 50      4×6 → 75               4×6 → 75
 *   strategy               5×6 → 100     2×6 → 25      4×6 → 75               4×6 → 75
 *   conflict               3×6 → 50      3×6 → 50      3×6 → 50               2 3 3 3 3 3 → 46
 *   (4 4 4 4 4 2: mean 22/6 = 3.667 → 66.7 → 67;  2 3 3 3 3 3: mean 17/6 = 2.833 → 45.8 → 46)
 *
 * Disagreement |CEO − CTO|:  Q3: 50, 0, 75, 0     Q4: 17, 0, 0, 4
 *
 * CEO Q3 → Q4: db-6 4 → 2 (down 2); cq-1…6 3 → 4 (up 1 each); sa-1…6 5 → 4 (down 1 each).
 *   Areas: 75 → 67 (−8), 50 → 75 (+25), 100 → 75 (−25), 50 → 50.
 */
const Q3 = '2026-Q3 quarterly reset';
const Q4 = '2026-Q4 quarterly reset';
const all = (v: 1 | 2 | 3 | 4 | 5) => [v, v, v, v, v, v];
const Q3_CEO: AreaAnswers = { 'decision-boundaries': all(4), 'communication-quality': all(3), 'strategic-alignment': all(5), 'conflict-resolution': all(3) };
const Q3_CTO: AreaAnswers = { 'decision-boundaries': all(2), 'communication-quality': all(3), 'strategic-alignment': all(2), 'conflict-resolution': all(3) };
const Q4_CEO: AreaAnswers = { 'decision-boundaries': [4, 4, 4, 4, 4, 2], 'communication-quality': all(4), 'strategic-alignment': all(4), 'conflict-resolution': all(3) };
const Q4_CTO: AreaAnswers = { 'decision-boundaries': all(3), 'communication-quality': all(4), 'strategic-alignment': all(4), 'conflict-resolution': [2, 3, 3, 3, 3, 3] };

const BACKUP = 'test-results/backup.json';

async function expectTrends(page: Page) {
  const db = page.getByTestId('trend-decision-boundaries');
  await expect(db.getByTestId('trend-gap-now')).toHaveText('Gap 17 (was 50, narrower)');
  await expect(page.getByTestId('trend-strategic-alignment').getByTestId('trend-gap-now')).toHaveText('Gap 0 (was 75, narrower)');
  await expect(page.getByTestId('trend-conflict-resolution').getByTestId('trend-gap-now')).toHaveText('Gap 4 (was 0, wider)');
  // Drawn: two lines (CEO, CTO) and the disagreement bars in every small multiple.
  for (const area of ['decision-boundaries', 'communication-quality', 'strategic-alignment', 'conflict-resolution']) {
    const chart = page.getByTestId(`trend-${area}`);
    await expect(chart.locator('svg path.recharts-curve')).toHaveCount(2);
  }
  await expect(db.locator('svg .recharts-bar-rectangle path')).toHaveCount(2);
  await page.getByText('Show the numbers').click();
  const row = page.getByTestId('disagreement-table').getByRole('row', { name: /Decision boundaries/ });
  await expect(row).toContainText('75 / 25 / 50');
  await expect(row).toContainText('67 / 50 / 17');
}

/** Adds one decision type to the workspace matrix (the workspace is one Y.Doc, not tied to a round). */
async function addDecisionType(page: Page, name: string) {
  await page.goto('/#/workspace');
  await expect(page.locator('tr[data-row]').first()).toBeVisible();
  await page.getByRole('button', { name: '+ Add decision type' }).click();
  await page.locator('tr[data-row]').last().getByLabel('Decision type').fill(name);
  await expect(page.getByTestId('workspace-save')).toHaveText('All changes saved');
}

async function decisionTypes(page: Page): Promise<string[]> {
  await page.goto('/#/workspace');
  await expect(page.locator('tr[data-row]').first()).toBeVisible();
  return page.locator('tr[data-row]').getByLabel('Decision type').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

async function chooseBackup(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Backup file').setInputFiles(file);
}

test('rounds over time: trends with disagreement, comparing two rounds, backup and restore', async ({ page, browser }) => {
  test.setTimeout(240_000);
  mkdirSync('test-results', { recursive: true });

  // Empty states teach before there is anything to show.
  await page.goto('/#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByTestId('trends-empty')).toContainText('Trends start with your first sealed round');
  await expect(page.getByTestId('workspace-carries-over')).toContainText('Your workspace carries over');

  await seedSealedRound(page, { role: 'ceo', name: 'Alex Kim', roundLabel: Q3, answers: Q3_CEO, warnings: { 'ws-overrides': 'often' } });
  await seedSealedRound(page, { role: 'cto', name: 'Blake Moreau', roundLabel: Q3, answers: Q3_CTO, warnings: {} });
  await seedSealedRound(page, { role: 'ceo', name: 'Alex Kim', roundLabel: Q4, answers: Q4_CEO, warnings: { 'ws-overrides': 'sometimes' } });
  await seedSealedRound(page, { role: 'cto', name: 'Blake Moreau', roundLabel: Q4, answers: Q4_CTO, warnings: {} });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(/#\/history$/);
  const periods = page.getByRole('list', { name: 'Rounds by period' });
  await expect(periods.getByRole('heading', { level: 3 })).toHaveText([new RegExp(`^${Q4}`), new RegExp(`^${Q3}`)]);
  await expect(periods.getByText('Sealed ✓')).toHaveCount(4);
  await expectTrends(page);

  // Compare the CEO's two rounds.
  const compare = page.getByTestId('compare-rounds');
  await compare.getByLabel('Before').selectOption({ label: `${Q3} · CEO Alex Kim` });
  await compare.getByLabel('After').selectOption({ label: `${Q4} · CEO Alex Kim` });
  const areas = page.getByTestId('compare-areas');
  await expect(areas.getByRole('row', { name: /Decision boundaries/ })).toContainText('7567▼ -8');
  await expect(areas.getByRole('row', { name: /Communication/ })).toContainText('5075▲ +25');
  await expect(areas.getByRole('row', { name: /Strategic alignment/ })).toContainText('10075▼ -25');
  const improved = page.getByTestId('improved').getByRole('listitem');
  await expect(improved).toHaveCount(6);
  await expect(improved.first()).toContainText('went from 3 (Neither agree nor disagree) to 4 (Agree): up 1 point.');
  const regressed = page.getByTestId('regressed').getByRole('listitem');
  await expect(regressed).toHaveCount(7);
  await expect(regressed.first()).toHaveText('“Decision rights without us in the room” went from 4 (Agree) to 2 (Disagree): down 2 points.');
  await expect(compare).toContainText('Technical calls overridden on the spot: Often → Sometimes');

  // Look at it, light and dark.
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/history.png', fullPage: true });
  await page.getByTestId('trend-decision-boundaries').screenshot({ path: 'test-results/history-chart.png' });
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/history-dark.png', fullPage: true });
  await page.getByTestId('trend-communication-quality').screenshot({ path: 'test-results/history-chart-dark.png' });
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // The workspace carries over from round to round, and into the backup.
  await addDecisionType(page, 'Pricing changes for enterprise plans');
  await page.goto('/#/history');

  // Export everything.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^accord-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await download.saveAs(BACKUP);
  await expect(page.getByTestId('export-done')).toContainText('4 rounds, 1 shared document');
  const text = readFileSync(BACKUP, 'utf8');
  const backup = JSON.parse(text) as { format: string; version: number; rounds: { label: string; answers: Record<string, { value: unknown }> }[]; docs: unknown[] };
  expect(backup.format).toBe('accord-backup');
  expect(backup.version).toBe(1);
  expect(backup.rounds.map((r) => r.label).sort()).toEqual([Q3, Q3, Q4, Q4]);

  // A fresh laptop: replace from the backup.
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/#/history');
  await expect(fresh.getByTestId('trends-empty')).toBeVisible();
  await chooseBackup(fresh, BACKUP);
  await expect(fresh.getByTestId('restore-preview')).toContainText('4 rounds');
  await fresh.getByRole('radio', { name: /Replace/ }).check();
  await expect(fresh.getByTestId('restore-counts')).toContainText('Rounds: 4 added · 0 overwritten · 0 kept · 0 deleted');
  await fresh.getByRole('button', { name: 'Replace everything…' }).click();
  await fresh.locator('#backup').screenshot({ path: 'test-results/history-restore-confirm.png' });
  await fresh.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(fresh.getByTestId('restore-done')).toContainText('Replaced everything with backup.json: 4 rounds');
  await expect(fresh.getByRole('list', { name: 'Rounds by period' }).getByText('Sealed ✓')).toHaveCount(4);
  await expectTrends(fresh);
  expect(await decisionTypes(fresh)).toContain('Pricing changes for enterprise plans');
  await fresh.goto('/#/history');

  // Bad files: a clear error that names the place, and not one byte changed.
  const before = await snapshotDb(fresh);
  const bad = (name: string, body: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  await chooseBackup(fresh, bad('truncated.json', text.slice(0, Math.floor(text.length / 2))));
  await expect(fresh.getByTestId('restore-error')).toContainText('truncated.json cannot be restored. Nothing was changed.');
  await expect(fresh.getByTestId('restore-error')).toContainText('not valid JSON');
  await chooseBackup(fresh, bad('future.json', JSON.stringify({ ...backup, version: 2 })));
  await expect(fresh.getByTestId('restore-error')).toContainText('this backup is version 2, made by a newer Accord; this app reads version 1');
  const nine = JSON.parse(text) as typeof backup;
  nine.rounds[2].answers['db-1'].value = 9;
  await chooseBackup(fresh, bad('nine.json', JSON.stringify(nine)));
  await expect(fresh.getByTestId('restore-error')).toContainText('rounds[2].answers["db-1"].value: expected 1–5, "dont-know" or null, got 9');
  await expect(fresh.getByTestId('restore-preview')).toHaveCount(0);
  await fresh.locator('#backup').screenshot({ path: 'test-results/history-restore-error.png' });
  expect(await snapshotDb(fresh)).toBe(before);

  // Another laptop with a round of its own: merge keeps it.
  const other = await (await browser.newContext()).newPage();
  await startRound(other, { name: 'Casey Local', role: 'ceo' });
  await addDecisionType(other, 'Hiring plan for the platform team');
  const seeded = (await decisionTypes(other)).length;
  await other.goto('/#/history');
  await chooseBackup(other, BACKUP);
  await expect(other.getByTestId('restore-counts')).toContainText('Rounds: 4 added · 1 kept · 0 left out · 0 deleted');
  await other.getByRole('button', { name: 'Merge into this laptop' }).click();
  await expect(other.getByTestId('restore-done')).toContainText('4 rounds added');
  const list = other.getByRole('list', { name: 'Rounds by period' });
  await expect(list.getByText('Sealed ✓')).toHaveCount(4);
  await expect(list.getByText('Casey Local')).toBeVisible();
  await expectTrends(other);
  // Both laptops' workspace edits survive the merge (Yjs), the shared defaults are not doubled.
  const merged = await decisionTypes(other);
  expect(merged).toContain('Pricing changes for enterprise plans');
  expect(merged).toContain('Hiring plan for the platform team');
  expect(merged).toHaveLength(seeded + 1);

  // The reproduction: a backup from a laptop where every decision type was deleted, and whose copy of
  // the sealed Q3 CEO round is "newer" with an answer changed 5 → 1. Merge keeps everything here.
  await fresh.goto('/#/workspace');
  const rows = fresh.locator('tr[data-row]');
  await expect(rows.first()).toBeVisible();
  while ((await rows.count()) > 0) {
    // The row's own remove button (list cells have "Remove <name>" chips too).
    await rows.first().locator('button.danger[aria-label^="Remove "]').click();
  }
  await expect(fresh.getByTestId('workspace-save')).toHaveText('All changes saved');
  await fresh.goto('/#/history');
  const wipedPromise = fresh.waitForEvent('download');
  await fresh.getByRole('button', { name: 'Export backup' }).click();
  await (await wipedPromise).saveAs('test-results/backup-wiped.json');
  const wiped = JSON.parse(readFileSync('test-results/backup-wiped.json', 'utf8')) as {
    rounds: { label: string; role: string; updatedAt: string; answers: Record<string, { value: unknown }> }[];
  };
  const q3ceo = wiped.rounds.find((r) => r.label === Q3 && r.role === 'ceo')!;
  expect(q3ceo.answers['sa-1'].value).toBe(5);
  q3ceo.answers['sa-1'].value = 1;
  // Later than the copy here, within the clock skew a backup may carry (a day ahead is refused).
  q3ceo.updatedAt = new Date(Date.now() + 5 * 60_000).toISOString();
  await other.goto('/#/history');
  await chooseBackup(other, { name: 'backup-wiped.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wiped)) });
  await expect(other.getByTestId('restore-counts')).toContainText('Rounds: 0 added · 5 kept · 1 left out (each with why, below) · 0 deleted');
  await expect(other.getByTestId('restore-kept-out')).toContainText(
    `${Q3} · CEO Alex Kim: sealed on this laptop — a sealed round is never replaced; the backup’s different copy stays out`,
  );
  await other.locator('#backup').screenshot({ path: 'test-results/history-merge-kept-out.png' });
  await other.getByRole('button', { name: 'Merge into this laptop' }).click();
  await expect(other.getByTestId('restore-done')).toContainText('1 differing copy left out');
  await expectTrends(other); // Q3 CEO strategic alignment still 100: the sealed round is unchanged.
  expect((await decisionTypes(other)).sort()).toEqual([...merged].sort());
});

test('an agreement does not travel in a backup: on the new laptop it reads as not agreed, says why, and is agreed again there', async ({ page, browser }) => {
  mkdirSync('test-results', { recursive: true });
  // Both leaders agree the cadence on the old laptop.
  await page.goto('/#/workspace/cadence');
  const agreeTogether = async (p: Page) => {
    const head = p.locator('[data-agreement="cadence"]');
    await head.getByTestId('agree-together-button').click();
    await head.getByLabel('CEO name').fill('Dana Reyes');
    await head.getByLabel('CTO name').fill('Sam Patel');
    await head.getByRole('button', { name: 'We both agree' }).click();
    await expect(head.getByTestId('agreement-state')).toHaveText(/^Agreement: agreed by both/);
  };
  await agreeTogether(page);
  await expect(page.getByTestId('unclaimed-confirmations')).toHaveCount(0);
  await expect(page.getByTestId('workspace-save')).toHaveText('All changes saved');

  await page.goto('/#/history');
  await expect(page.locator('#backup')).toContainText('Your own confirmations of what the two of you agreed in the workspace are not in it');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = 'test-results/backup-agreed.json';
  await (await downloadPromise).saveAs(file);

  // The new laptop: the shared record says both confirmed, but this laptop made neither confirmation.
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/#/history');
  await chooseBackup(fresh, file);
  await fresh.getByRole('radio', { name: /Replace/ }).check();
  await fresh.getByRole('button', { name: 'Replace everything…' }).click();
  await fresh.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(fresh.getByTestId('restore-done')).toContainText('Replaced everything');
  await fresh.goto('/#/workspace/cadence');
  await expect(fresh.locator('[data-agreement="cadence"]').getByTestId('agreement-state')).toHaveText('Agreement: template');
  const notice = fresh.getByTestId('unclaimed-confirmations');
  await expect(notice).toContainText('1 item carries a confirmation that this laptop has no record of, so it does not count as agreed: Cadence (1).');
  await expect(notice).toContainText('a backup restored onto this laptop, or cleared app data, does not bring your confirmations');
  await fresh.setViewportSize({ width: 1200, height: 900 });
  await fresh.screenshot({ path: 'test-results/workspace-unclaimed-confirmations.png' });

  // Agreed again here: agreed, and nothing left to say.
  await agreeTogether(fresh);
  await expect(notice).toHaveCount(0);
});
