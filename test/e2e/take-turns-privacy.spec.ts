import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { snapshotDb } from './support/idb';
import { answerAll, scores, seal, startRound } from './support/leader';

/*
 * Two leaders take turns on one laptop. The CEO seals with a personal passphrase
 * and locks; the CTO, at the same laptop, exports a backup and a sealed file.
 * Neither file may carry the CEO's answers, notes, name or passphrase salt and hash.
 */
const CEO_NOTE = 'Board wants the Q3 dates held; I have not told the CTO yet';
const CEO_NAME = 'Alex Kim';

async function download(page: Page, button: string, path: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  await (await pending).saveAs(path);
  return readFileSync(path, 'utf8');
}

/** The CEO's turn on the shared laptop: a passphrase, answers with a private note in db-1, sealed. Returns the round's id. */
async function ceoTakesATurn(page: Page, note: string): Promise<string> {
  await page.goto('/#/compare/local');
  const ceoSlot = page.getByTestId('slot-ceo');
  await ceoSlot.getByLabel('CEO name').fill(CEO_NAME);
  await ceoSlot.getByLabel(/Personal passphrase/).fill('blue-harbour');
  await ceoSlot.getByRole('button', { name: 'Start the CEO round' }).click();
  await expect(page).toHaveURL(/#\/assess\//);
  const ceoId = page.url().match(/#\/assess\/([\w-]+)\//)![1];
  await answerAll(page, ceoId, scores(5, { 'db-1': 1 }), { 'db-1': note });
  await seal(page, ceoId);
  return ceoId;
}

test('take turns: while the CEO’s round is locked, the CTO’s backup and sealed file hold nothing of it', async ({ page }) => {
  test.setTimeout(180_000);

  // Earlier, the CTO sealed a round of their own on this laptop (outside the pair).
  const ctoSolo = await startRound(page, { name: 'Blake Moreau', role: 'cto' });
  await answerAll(page, ctoSolo, scores(2));
  await seal(page, ctoSolo);

  // The CEO takes a turn: passphrase, answers with a private note, seal, lock, hand over.
  const ceoId = await ceoTakesATurn(page, CEO_NOTE);
  // Her own screen keeps her sealed round for her, and says it is hers alone, with the way to hide it.
  await expect(page.getByTestId('owners-view')).toContainText('Only you should see this');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/take-turns-owners-view.png' });
  await page.goto('/#/compare/local');
  await page.getByRole('button', { name: 'Lock my round and hand over' }).click();

  // What a file must not contain: the CEO round's id, name and note, and the stored salt and hash.
  const stored = JSON.parse(await snapshotDb(page)) as { settings: { key: string; value: string }[] };
  const pair = JSON.parse(stored.settings.find((s) => s.key === 'local.pair')!.value) as { locks: Record<string, { salt: string; hash: string }> };
  const lock = pair.locks[ceoId];
  expect(lock.salt).toMatch(/^[0-9a-f]{32}$/);
  expect(lock.hash).toMatch(/^[0-9a-f]{64}$/);
  const secrets = [ceoId, CEO_NAME, CEO_NOTE, lock.salt, lock.hash];
  const expectNothingOfTheCeo = (text: string) => {
    for (const secret of secrets) expect(text, `file holds ${secret}`).not.toContain(secret);
  };

  // The CTO: History → Export backup. The locked round is left out, and the backup says so.
  await page.reload();
  await page.goto('/#/history');
  const backup = await download(page, 'Export backup', 'test-results/take-turns-backup.json');
  await expect(page.getByTestId('export-private')).toHaveText('1 locked round left out — its owner can unlock it to include it.');
  await expect(page.getByTestId('export-done')).toContainText('1 round');
  expectNothingOfTheCeo(backup);
  const parsed = JSON.parse(backup) as { rounds: { id: string; role: string }[]; settings?: Record<string, string> };
  expect(parsed.rounds.map((r) => r.id)).toEqual([ctoSolo]);
  await page.locator('#backup').screenshot({ path: 'test-results/take-turns-backup-left-out.png' });

  // The CTO exports a sealed file of their own round: only that round is in it.
  await page.goto(`/#/results/${ctoSolo}`);
  const sealedFile = await download(page, 'Export sealed file', 'test-results/take-turns-sealed-cto.json');
  await expect(page.getByTestId('export-fingerprint')).toBeVisible();
  expectNothingOfTheCeo(sealedFile);
  expect(JSON.parse(sealedFile)).toMatchObject({ payload: { role: 'cto', personName: 'Blake Moreau' } });
  // The CEO's round has no export at all while locked: its page is the private gate.
  await page.goto(`/#/results/${ceoId}`);
  await expect(page.getByTestId('private-round')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export sealed file' })).toHaveCount(0);

  // The CEO comes back and types the passphrase in the backup panel: this one export includes the CEO's round.
  await page.goto('/#/history');
  await download(page, 'Export backup', 'test-results/take-turns-backup-again.json');
  const include = page.getByRole('form', { name: 'Include a locked round' });
  await include.getByLabel("Owner's passphrase, to include it").fill('guess');
  await include.getByRole('button', { name: 'Include it and export again' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not open the locked round; nothing more was exported.');
  await include.getByLabel("Owner's passphrase, to include it").fill('blue-harbour');
  const fullPromise = page.waitForEvent('download');
  await include.getByRole('button', { name: 'Include it and export again' }).click();
  await (await fullPromise).saveAs('test-results/take-turns-backup-unlocked.json');
  await expect(page.getByTestId('export-done')).toContainText('2 rounds');
  await expect(page.getByTestId('export-private')).toHaveCount(0);
  expect(readFileSync('test-results/take-turns-backup-unlocked.json', 'utf8')).toContain(CEO_NOTE);
  // The laptop itself stays locked for the next person.
  await page.goto(`/#/results/${ceoId}`);
  await expect(page.getByTestId('private-round')).toBeVisible();
});

test('take turns: the CTO seals an empty round; the plan, gap fixes, offsite and Compare show nothing of the CEO’s private round', async ({ page }) => {
  test.setTimeout(180_000);
  const marker = 'Marker 7Q: runway is four months, not nine';

  // The CEO: passphrase, answers with a private note, seal — and the round locks again at the seal.
  const ceoId = await ceoTakesATurn(page, marker); // its owner still sees the results just sealed
  // Once they leave those pages, the round is locked without anyone pressing "Lock my round".
  await page.goto('/#/history');
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await page.goto(`/#/results/${ceoId}`);
  await expect(page.getByTestId('private-round')).toBeVisible(); // locked without pressing "Lock my round"
  await page.goto('/#/compare/local');
  await page.getByRole('button', { name: 'Lock my round and hand over' }).click();

  // "Start over" would make the round readable: refused, saying what to do.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByTestId('reset-refused')).toContainText('a round taken in turns is still private');
  await expect(page.getByTestId('slot-ceo')).toContainText('CEO: sealed ✓');

  // The CTO seals an empty round outside the pair, just to pair it with the CEO's.
  const ctoEmpty = await startRound(page, { name: 'Blake Moreau', role: 'cto' });
  await seal(page, ctoEmpty);

  await page.goto('/#/plan');
  await expect(page.getByTestId('plan-private')).toContainText('private while you take turns on this laptop — waiting until both of you have sealed');
  await expect(page.locator('body')).not.toContainText(marker);
  await expect(page.locator('body')).not.toContainText(CEO_NAME);

  await page.goto('/#/workspace/gap-fixes');
  await expect(page.getByRole('heading', { level: 1, name: /workspace/i })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(marker);

  await page.goto('/#/offsite');
  await expect(page.getByTestId('offsite-empty')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(marker);

  await page.goto('/#/compare');
  const yourRound = page.locator('select[name="round"]');
  await expect(yourRound.locator('option')).toHaveCount(1);
  await expect(yourRound).not.toContainText(CEO_NAME);
  await expect(page.locator('body')).not.toContainText(marker);

  // The CEO forgot her passphrase: the way out deletes her private round unseen and starts over.
  await page.goto('/#/compare/local');
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Delete the private round(s) and start over…' }).click();
  await page.screenshot({ path: 'test-results/take-turns-way-out.png' });
  await page.getByTestId('discard-private').click();
  await expect(page.getByTestId('slot-ceo')).toContainText('Not started');
  await expect(page.locator('body')).not.toContainText(marker);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Your rounds' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(CEO_NAME);
  await expect(page.locator('main')).toContainText('Blake Moreau');
});
