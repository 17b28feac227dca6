import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerAll, scores, seal, startRound } from './support/leader';
import { snapshotDb } from './support/idb';
import { pdftotext } from './support/plan';

/*
 * Alex (CEO) and Blake (CTO) hold their offsite with no network between the laptops
 * (two browser contexts that never connect). Alex captures and confirms on his laptop
 * and hands Blake the offsite file; Blake's laptop imports it — Alex's items are
 * proposed by Alex until Blake confirms them there — and Blake hands his file back, so
 * both laptops show what both agreed. The file is the partner's claim: a confirmation in
 * it under the importer's own role is never taken, and a bad file changes nothing.
 */

const DECISION = 'Healthcare pilot ships in Q1 with two design partners';
const ACTION = 'Publish the updated decision matrix to the eng leads';
const PARKED = 'Do we hire a VP Sales before the pilot?';
const RACI = 'RACI change: "Product bet and target segment" — Accountable → CEO, CTO';

const panel = (page: Page) => page.getByTestId('capture-panel');
const item = (page: Page, text: string) => page.getByTestId('capture-item').filter({ hasText: text });
const three = (page: Page) => [item(page, DECISION), item(page, RACI), item(page, ACTION)];

async function captureAll(page: Page) {
  const p = panel(page);
  await p.getByRole('radio', { name: 'Decision' }).check();
  await p.getByRole('textbox', { name: 'Decision' }).fill(DECISION);
  await p.getByRole('textbox', { name: 'Forum' }).fill('Monthly strategy');
  await p.getByRole('combobox', { name: 'Owner' }).fill('CEO');
  await p.getByTestId('capture-submit').click();
  await expect(item(page, DECISION)).toBeVisible();

  await p.getByRole('radio', { name: 'RACI change' }).check();
  await p.getByRole('combobox', { name: 'Matrix row' }).selectOption({ label: 'Product bet and target segment' });
  await p.getByRole('combobox', { name: 'Cell' }).selectOption({ label: 'Accountable' });
  await p.getByRole('combobox', { name: 'New value' }).fill('CEO, CTO');
  await p.getByTestId('capture-submit').click();
  await expect(item(page, RACI)).toBeVisible();

  await p.getByRole('radio', { name: 'Action' }).check();
  await p.getByRole('textbox', { name: 'Action' }).fill(ACTION);
  await p.getByRole('combobox', { name: 'Owner (role or name)' }).fill('CTO');
  await p.getByTestId('capture-submit').click();
  await expect(item(page, ACTION)).toBeVisible();

  await p.getByTestId('park-input').fill(PARKED);
  await p.getByTestId('park-button').click();
  await expect(p.getByTestId('parked-item')).toHaveText([PARKED]);
}

async function exportOffsite(page: Page, path: string): Promise<{ name: string; json: Record<string, any> }> {
  // By keyboard, with a visible focus ring.
  const download = page.waitForEvent('download');
  await page.getByTestId('offsite-export').focus();
  await page.keyboard.press('Enter');
  const d = await download;
  expect(await page.getByTestId('offsite-export').evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle)).toBe('solid');
  await d.saveAs(path);
  await expect(page.getByTestId('offsite-export-status')).toContainText(`Saved ${d.suggestedFilename()}`);
  return { name: d.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) };
}

async function importOffsite(page: Page, name: string, text: string) {
  await page.getByLabel('Import offsite file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function states(items: Locator[]): Promise<string[]> {
  return Promise.all(items.map(async (it) => (await it.getByTestId('capture-state').innerText()).trim()));
}

test('no network: the offsite travels as files both ways, each laptop confirms for itself, and a bad or forged file changes nothing', async ({ browser }) => {
  test.setTimeout(240_000);
  mkdirSync('test-results', { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();

  // Each answers and seals on their own laptop; Blake's laptop opens the comparison from Alex's sealed file.
  const ceoRound = await startRound(a, { name: 'Alex Kim', role: 'ceo', company: 'Northwind Robotics' });
  await answerAll(a, ceoRound, scores(4, { 'db-1': 5, 'db-2': 5 }));
  await seal(a, ceoRound);
  const sealed = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Export sealed file' }).click();
  await (await sealed).saveAs('test-results/offsite-fx-sealed-ceo.json');
  const ctoRound = await startRound(b, { name: 'Blake Moreau', role: 'cto' });
  await answerAll(b, ctoRound, scores(4, { 'db-1': 1, 'db-2': 2 }));
  await seal(b, ctoRound);
  await b.goto('/#/compare');
  await b.getByLabel("Partner's sealed file").setInputFiles('test-results/offsite-fx-sealed-ceo.json');
  await b.getByRole('button', { name: 'The digits match — open the comparison' }).click();
  await expect(b.getByTestId('comparison')).toBeVisible();

  // Alex captures a decision, a RACI change and an action, parks a question, and confirms as CEO.
  await a.goto('/#/offsite/summary');
  await expect(a.getByTestId('offsite-export')).toHaveText('Export offsite file (as CEO)');
  await captureAll(a);
  for (const it of three(a)) {
    await it.getByRole('button', { name: 'I agree (as CEO)' }).click();
    await expect(it.getByTestId('capture-confirm')).toHaveText('You agreed (CEO); waiting for your partner');
  }
  const fromAlex = await exportOffsite(a, 'test-results/offsite-fx-alex.json');
  expect(fromAlex.name).toMatch(/^northwind-robotics-offsite-ceo-\d{4}-\d{2}-\d{2}\.json$/);
  expect(fromAlex.json).toMatchObject({ format: 'accord-offsite-record', version: 1, exportedBy: { role: 'ceo', name: 'Alex Kim' } });
  expect(fromAlex.json.captures.map((c: any) => c.confirmations.map((x: any) => x.role))).toEqual([['ceo'], ['ceo'], ['ceo']]);
  expect(fromAlex.json.parked.map((p: any) => p.text)).toEqual([PARKED]);
  const alexText = readFileSync('test-results/offsite-fx-alex.json', 'utf8');

  // Blake's laptop, before importing: bad files are refused with what and where, and nothing changes.
  await b.goto('/#/offsite/summary');
  await expect(b.getByTestId('summary-empty')).toBeVisible();
  await expect(b.getByTestId('offsite-save')).toHaveText('All changes saved');
  const before = await snapshotDb(b);
  const error = b.getByTestId('offsite-import-error');
  await importOffsite(b, 'half.json', alexText.slice(0, 200));
  await expect(error).toContainText('Could not import “half.json”: input: not valid JSON');
  const tampered = JSON.parse(alexText);
  tampered.captures[0].text = '';
  await importOffsite(b, 'tampered.json', JSON.stringify(tampered));
  await expect(error).toHaveText('Could not import “tampered.json”: captures[0].text: must not be empty. Nothing was changed.');
  const edited = JSON.parse(alexText);
  edited.actions[0].owner = 'CEO';
  await importOffsite(b, 'edited.json', JSON.stringify(edited));
  await expect(error).toContainText('actions[0]: differs from its capture');
  const sameRole = JSON.parse(alexText);
  sameRole.exportedBy = { role: 'cto', name: 'Blake Moreau' };
  await importOffsite(b, 'mine.json', JSON.stringify(sameRole));
  await expect(error).toContainText("this laptop is the CTO's too. Import your partner's (the CEO's) offsite file. Nothing was changed.");
  await expect(b.getByTestId('capture-item')).toHaveCount(0);
  expect(await snapshotDb(b)).toBe(before);

  // A forged file: Alex's, with a "CTO" confirmation added to each item. Blake's laptop takes Alex's items and
  // Alex's confirmations, never the ones under its own role — so nothing is agreed there.
  const forged = JSON.parse(alexText);
  for (const c of forged.captures) c.confirmations.push({ ...c.confirmations[0], role: 'cto', name: 'Blake Moreau' });
  await importOffsite(b, 'northwind-robotics-offsite-ceo.json', JSON.stringify(forged));
  const result = b.getByTestId('offsite-import-result');
  await expect(result).toContainText("Imported from Alex Kim (CEO)'s offsite file: 3 captures, 1 parked item, 3 confirmations by Alex Kim (CEO).");
  await expect(result).toContainText('3 confirmations under your role in the file were ignored: only you confirm for this laptop.');
  expect(await states(three(b))).toEqual(Array(3).fill('proposed (not yet agreed) · confirmed by the CEO only'));
  for (const it of three(b)) {
    await expect(it.getByTestId('capture-proposed-by')).toHaveText('Proposed by Alex Kim (CEO) in their offsite file');
    await expect(it.getByRole('button', { name: 'I agree (as CTO)' })).toBeEnabled();
  }
  await expect(b.getByTestId('summary-agreed')).toHaveCount(0);
  await expect(b.getByTestId('summary-proposed')).toHaveCount(3);
  await expect(b.getByTestId('summary-proposed').first()).toContainText('proposed by Alex Kim (CEO)');
  await expect(b.getByTestId('summary-parked')).toHaveText([`${PARKED}OpenRaised during the agenda block “General”.`]);
  await b.setViewportSize({ width: 1280, height: 900 });
  // The whole page from the top, so the sticky header does not cover the list.
  await b.evaluate(() => window.scrollTo(0, 0));
  await b.screenshot({ path: 'test-results/offsite-file-import.png', fullPage: true });
  await b.getByRole('button', { name: 'Switch to dark theme' }).click();
  await b.screenshot({ path: 'test-results/offsite-file-import-dark.png', fullPage: true });
  await b.getByRole('button', { name: 'Switch to light theme' }).click();

  // Written into Blake's workspace as if captured live: the decision is in his decision log.
  await b.goto('/#/workspace/log');
  await expect(b.getByText(DECISION).first()).toBeVisible();
  await b.goto('/#/offsite/summary');

  // The genuine file again: nothing new, and it says so.
  await importOffsite(b, 'northwind-robotics-offsite-ceo.json', alexText);
  await expect(result).toHaveText("Nothing new: this laptop already holds everything in Alex Kim (CEO)'s file. Nothing changed.");
  await expect(b.getByTestId('capture-item')).toHaveCount(3);

  // Blake confirms on his own laptop, by keyboard: agreed by both there.
  for (const it of three(b)) {
    await it.getByRole('button', { name: 'I agree (as CTO)' }).focus();
    await b.keyboard.press('Enter');
    await expect(it.getByTestId('capture-state')).toHaveText(`agreed by both on ${today}`);
    await expect(it.getByTestId('capture-proposed-by')).toHaveCount(0);
  }
  await expect(b.getByTestId('summary-agreed')).toHaveCount(3);

  // Blake's file carries only his own confirmations; Alex imports it and sees both.
  const fromBlake = await exportOffsite(b, 'test-results/offsite-fx-blake.json');
  // Blake's own round names no company, so his file name has none.
  expect(fromBlake.name).toBe(`offsite-cto-${today}.json`);
  expect(fromBlake.json.captures.map((c: any) => c.confirmations.map((x: any) => x.role))).toEqual([['cto'], ['cto'], ['cto']]);
  await importOffsite(a, fromBlake.name, readFileSync('test-results/offsite-fx-blake.json', 'utf8'));
  await expect(a.getByTestId('offsite-import-result')).toContainText(
    "Imported from Blake Moreau (CTO)'s offsite file: 0 captures, 0 parked items, 3 confirmations by Blake Moreau (CTO).",
  );
  // Who agreed is named from the compared rounds: Blake's laptop holds both; Alex's holds only his own
  // (he never imported Blake's sealed file), so it names the roles, not what Blake's file says his name is.
  for (const [page, who] of [
    [a, 'the CEO and the CTO'],
    [b, 'Alex Kim (CEO) and Blake Moreau (CTO)'],
  ] as const) {
    expect(await states(three(page))).toEqual(Array(3).fill(`agreed by both on ${today}`));
    await expect(page.getByTestId('summary-agreed')).toHaveCount(3);
    await expect(page.getByTestId('summary-agreed').first()).toContainText(`Agreed by both: ${who} on ${today}`);
  }

  // Blake's repair plan (from the two sealed rounds on his laptop) lists them, read back from the PDF.
  await b.goto('/#/plan');
  await expect(b.getByTestId('plan-document')).toBeVisible({ timeout: 20_000 });
  await expect(b.getByTestId('plan-offsite-agreed')).toHaveCount(3);
  await b.goto('/#/plan/print');
  await expect(b.getByTestId('plan-offsite')).toBeVisible({ timeout: 20_000 });
  await b.emulateMedia({ media: 'print' });
  await b.pdf({ path: 'test-results/offsite-fx-plan.pdf', format: 'A4', printBackground: true });
  const plan = pdftotext('test-results/offsite-fx-plan.pdf', false).replace(/\s+/g, ' ');
  expect(plan).toContain('From the offsite');
  for (const t of [DECISION, RACI, ACTION]) expect(plan).toContain(t);
  expect(plan).toContain(`agreed by both: Alex Kim (CEO) and Blake Moreau (CTO) on ${today}`);
  expect(plan).toContain(`${PARKED} — open (raised during the agenda block “General”)`);
  writeFileSync('test-results/offsite-fx-plan.txt', plan);
});
