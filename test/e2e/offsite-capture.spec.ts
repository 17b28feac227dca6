import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerAll, scores, seal, startRound } from './support/leader';
import { launchTwoLaptops } from './support/two-browsers';
import { pdfinfo, pdftotext } from './support/plan';

/*
 * Alex (CEO) and Blake (CTO) close their offsite on two laptops (two Chromium
 * processes over real WebRTC). What one captures — a decision, a RACI change, an
 * action, a parked question — appears on the other laptop as it is typed in; it is
 * "agreed by both" only once each confirmed it on their own laptop. The summary page
 * prints on A4, and the plan PDF lists the agreed items and the parked one.
 */

const DECISION = 'Healthcare pilot ships in Q1 with two design partners';
const ACTION = 'Publish the updated decision matrix to the eng leads';
const PARKED = 'Do we hire a VP Sales before the pilot?';

const panel = (page: Page) => page.getByTestId('capture-panel');
const item = (page: Page, text: string | RegExp) => page.getByTestId('capture-item').filter({ hasText: text });

async function captureDecision(page: Page) {
  const p = panel(page);
  await p.getByRole('radio', { name: 'Decision' }).check();
  await p.getByRole('textbox', { name: 'Decision' }).fill(DECISION);
  await p.getByRole('textbox', { name: 'Options considered (comma-separated)' }).fill('Q1 pilot, wait for Q2');
  await p.getByRole('textbox', { name: 'Forum' }).fill('Monthly strategy');
  await p.getByRole('combobox', { name: 'Owner' }).fill('CEO');
  await p.getByTestId('capture-submit').click();
  await expect(p.getByTestId('capture-notice')).toContainText('Captured');
}

async function confirmAll(role: 'CEO' | 'CTO', items: Locator[], then: (it: Locator) => Promise<void>) {
  for (const it of items) {
    await it.getByRole('button', { name: `I agree (as ${role})` }).click();
    await then(it);
  }
}

test('two laptops capture a decision, a RACI change and an action live, both confirm, and the summary and the plan PDF show them', async ({ baseURL }) => {
  test.setTimeout(240_000);
  mkdirSync('test-results', { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    // A complete live comparison first: the offsite starts from it, and so does the plan.
    const ceoRound = await startRound(a, { name: 'Alex Kim', role: 'ceo', company: 'Northwind Robotics' });
    await answerAll(a, ceoRound, scores(4, { 'db-1': 5, 'db-2': 5 }));
    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    const ctoRound = await startRound(b, { name: 'Blake Moreau', role: 'cto' });
    await answerAll(b, ctoRound, scores(4, { 'db-1': 1, 'db-2': 2 }));
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(code);
    await b.getByRole('button', { name: 'Join' }).click();
    await expect(b.getByTestId('connection-status')).toHaveText(/Connected to Alex Kim/, { timeout: 20_000 });
    await seal(a, ceoRound);
    await a.goto('/#/compare');
    await seal(b, ctoRound);
    await b.goto('/#/compare');
    for (const page of [a, b]) await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 20_000 });

    // The close: nothing captured yet, and the page says what capturing does.
    for (const page of [a, b]) {
      await page.goto('/#/offsite/summary');
      await expect(page.getByTestId('capture-empty')).toBeVisible();
      await expect(page.getByTestId('summary-empty')).toBeVisible();
    }

    // The CEO captures the decision; the CTO's laptop shows it live, proposed.
    await captureDecision(a);
    await expect(item(b, DECISION).getByTestId('capture-state')).toHaveText('proposed (not yet agreed)', { timeout: 15_000 });

    // The CTO captures a RACI change: product bets become a joint CEO + CTO call.
    const pb = panel(b);
    await pb.getByRole('radio', { name: 'RACI change' }).check();
    await pb.getByRole('combobox', { name: 'Matrix row' }).selectOption({ label: 'Product bet and target segment' });
    await pb.getByRole('combobox', { name: 'Cell' }).selectOption({ label: 'Accountable' });
    await expect(pb.getByText('Now in the matrix: CEO')).toBeVisible();
    // A second single owner is refused, with the reason.
    await pb.getByRole('combobox', { name: 'New value' }).fill('CEO, Sales');
    await pb.getByTestId('capture-submit').click();
    await expect(pb.getByRole('alert')).toHaveText(
      'RACI change on "Product bet and target segment": CEO, Sales are all accountable; name one owner, or make it a joint CEO + CTO decision.',
    );
    await pb.getByRole('combobox', { name: 'New value' }).fill('CEO, CTO');
    await pb.getByTestId('capture-submit').click();
    const raciText = 'RACI change: "Product bet and target segment" — Accountable → CEO, CTO';
    await expect(item(a, raciText)).toBeVisible({ timeout: 15_000 });

    // The CEO captures an action with an owner and a due date (a working day), by keyboard.
    const pa = panel(a);
    await pa.getByRole('radio', { name: 'Action' }).check();
    await pa.getByRole('textbox', { name: 'Action' }).fill(ACTION);
    await pa.getByRole('combobox', { name: 'Owner (role or name)' }).fill('CTO');
    const due = await pa.getByLabel('Due (a working day)').inputValue();
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${due}T12:00:00`).getDay()).not.toBe(0);
    expect(new Date(`${due}T12:00:00`).getDay()).not.toBe(6);
    await pa.getByRole('textbox', { name: 'Action' }).press('Enter');
    await expect(item(a, ACTION)).toBeVisible();
    await expect(item(b, ACTION)).toBeVisible({ timeout: 15_000 });

    // The CTO parks what they did not settle.
    await pb.getByTestId('park-input').fill(PARKED);
    await pb.getByTestId('park-button').click();
    await expect(panel(a).getByTestId('parked-item')).toHaveText([PARKED], { timeout: 15_000 });

    // Written into the workspace live: the decision is in the CTO's decision log.
    await b.goto('/#/workspace/log');
    await expect(b.getByText(DECISION).first()).toBeVisible({ timeout: 15_000 });
    await b.goto('/#/offsite/summary');

    // Each confirms on their own laptop; only both make it "agreed by both".
    const three = (page: Page) => [item(page, DECISION), item(page, raciText), item(page, ACTION)];
    await confirmAll('CEO', three(a), (it) => expect(it.getByTestId('capture-confirm')).toHaveText('You agreed (CEO); waiting for your partner'));
    await expect(item(a, ACTION).getByTestId('capture-confirm')).toBeDisabled();
    for (const it of three(b)) await expect(it.getByTestId('capture-state')).toHaveText('proposed (not yet agreed) · confirmed by the CEO only', { timeout: 15_000 });
    await confirmAll('CTO', three(b), (it) => expect(it.getByTestId('capture-state')).toHaveText(`agreed by both on ${today}`));
    for (const page of [a, b]) {
      for (const it of three(page)) await expect(it.getByTestId('capture-state')).toHaveText(`agreed by both on ${today}`, { timeout: 15_000 });
      await expect(page.getByTestId('summary-agreed')).toHaveCount(3);
      await expect(page.getByTestId('summary-proposed')).toHaveCount(0);
      await expect(page.getByTestId('summary-parked')).toHaveText([`${PARKED}OpenRaised during the agenda block “General”.`]);
      await expect(page.getByTestId('summary-action')).toHaveText([`${ACTION}CTO${due}agreed by both on ${today}`]);
    }
    await expect(a.getByTestId('summary-agreed').first()).toContainText(`Agreed by both: Alex Kim (CEO) and Blake Moreau (CTO) on ${today}`);
    await a.screenshot({ path: 'test-results/offsite-summary.png', fullPage: true });

    // The summary prints on one A4 page, without the capture form.
    await a.emulateMedia({ media: 'print' });
    await a.pdf({ path: 'test-results/offsite-summary.pdf', format: 'A4', printBackground: true, preferCSSPageSize: true });
    await a.emulateMedia({ media: 'screen' });
    const info = pdfinfo('test-results/offsite-summary.pdf');
    expect(info['Page size']).toMatch(/\(A4\)$/);
    expect(info.Pages).toBe('1');
    const summaryText = pdftotext('test-results/offsite-summary.pdf', false).replace(/\s+/g, ' ');
    expect(summaryText).toContain('What we agreed (3)');
    for (const t of [DECISION, raciText, ACTION, PARKED]) expect(summaryText).toContain(t);
    expect(summaryText).toContain(`Agreed by both: Alex Kim (CEO) and Blake Moreau (CTO) on ${today}`);
    expect(summaryText).not.toContain('What did you agree?');
    expect(summaryText).not.toContain('Park it');

    // The plan (from the live comparison) lists the agreed captures, takes its actions from them, and parks the open item.
    await a.goto('/#/plan');
    await expect(a.getByTestId('plan-document')).toBeVisible({ timeout: 20_000 });
    await expect(a.getByTestId('plan-offsite-agreed')).toHaveCount(3);
    await expect(a.getByTestId('plan-offsite-parked')).toHaveText([`${PARKED} — open (raised during the agenda block “General”)`]);
    await expect(a.getByTestId('plan-action').first()).toContainText(ACTION);
    await a.goto('/#/plan/print');
    await expect(a.getByTestId('plan-offsite')).toBeVisible({ timeout: 20_000 });
    await a.emulateMedia({ media: 'print' });
    await a.pdf({ path: 'test-results/offsite-plan.pdf', format: 'A4', printBackground: true });
    const planText = pdftotext('test-results/offsite-plan.pdf', false).replace(/\s+/g, ' ');
    expect(planText).toContain('From the offsite');
    for (const t of [DECISION, raciText, ACTION]) expect(planText).toContain(`${t}`);
    expect(planText).toContain(`agreed by both: Alex Kim (CEO) and Blake Moreau (CTO) on ${today}`);
    expect(planText).toContain(`${PARKED} — open (raised during the agenda block “General”)`);
    expect(planText).toContain('What either of you parked, one leader alone: open questions, not confirmed by both and not decided.');
    // Every capture was confirmed by both, so the offsite section has nothing "proposed".
    const offsiteSection = planText.slice(planText.indexOf('From the offsite'), planText.indexOf('Policy framework', planText.indexOf('From the offsite')));
    expect(offsiteSection).toContain('Agreed by both');
    expect(offsiteSection).not.toContain('not yet agreed');
    // The template's steps are replaced by what was captured.
    expect(planText).not.toContain('Write the decision authority matrix');
    expect(planText).toContain('The 1 action captured at the offsite: 1 agreed by both.');
  } finally {
    await close();
  }
});

test('one laptop: both names confirm a capture; editing it afterwards returns it to "edited"; a risk value reaches the big bet; bad input says what and where', async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  await page.goto('/#/offsite/summary');
  const p = panel(page);
  await expect(p.getByRole('heading', { name: 'Capture · General' })).toBeVisible();

  // Nothing typed: each missing field is named, nothing is written.
  await p.getByTestId('capture-submit').click();
  await expect(p.getByTestId('capture-errors')).toHaveText('Decision: must not be empty. Forum: must not be empty. Owner: must not be empty.');
  await expect(p.getByTestId('capture-item')).toHaveCount(0);

  // The kind picker is a radio group: arrow keys move through the kinds, with a visible focus ring.
  await p.getByRole('radio', { name: 'Decision' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(p.getByRole('radio', { name: 'RACI change' })).toBeChecked();
  await expect(p.getByRole('combobox', { name: 'Matrix row' })).toBeVisible();
  const outline = await p.getByRole('radio', { name: 'RACI change' }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  await captureDecision(page);
  const it = item(page, DECISION);
  await it.getByTestId('capture-confirm-together').click();
  await it.getByLabel('CEO name').fill('Alex Kim');
  await it.getByRole('button', { name: 'We both agree' }).click();
  await expect(it.getByRole('alert')).toHaveText('Enter both names: each leader confirms for themselves.');
  await it.getByLabel('CTO name').fill('Blake Moreau');
  await it.getByRole('button', { name: 'We both agree' }).click();
  await expect(it.getByTestId('capture-state')).toHaveText(`agreed by both on ${today}`);
  await expect(page.getByTestId('summary-agreed')).toHaveCount(1);

  // Survives a reload (IndexedDB + this laptop's own record) once autosave says so.
  await expect(page.getByTestId('offsite-save')).toHaveText('All changes saved');
  await page.reload();
  await expect(item(page, DECISION).getByTestId('capture-state')).toHaveText(`agreed by both on ${today}`);

  // An edit after agreement: "edited", and the summary no longer lists it as agreed.
  await item(page, DECISION).getByTestId('capture-edit').click();
  await expect(p.getByRole('textbox', { name: 'Decision' })).toBeFocused();
  await p.getByRole('textbox', { name: 'Decision' }).fill(`${DECISION}, one partner`);
  await p.getByRole('button', { name: 'Save changes' }).click();
  await expect(item(page, `${DECISION}, one partner`).getByTestId('capture-state')).toHaveText('edited (not yet agreed)');
  await expect(page.getByTestId('summary-agreed')).toHaveCount(0);
  await expect(page.getByTestId('summary-proposed')).toContainText('edited (not yet agreed)');
  await page.screenshot({ path: 'test-results/offsite-capture-edited.png', fullPage: true });
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.screenshot({ path: 'test-results/offsite-summary-dark.png', fullPage: true });

  // A weekend due date is refused with the day named.
  await p.getByRole('radio', { name: 'Action' }).check();
  await p.getByRole('textbox', { name: 'Action' }).fill('Book the board prep');
  await p.getByRole('combobox', { name: 'Owner (role or name)' }).fill('CEO');
  const sat = new Date();
  sat.setDate(sat.getDate() + ((6 - sat.getDay() + 7) % 7 || 7));
  const satIso = `${sat.getFullYear()}-${String(sat.getMonth() + 1).padStart(2, '0')}-${String(sat.getDate()).padStart(2, '0')}`;
  await p.getByLabel('Due (a working day)').fill(satIso);
  await p.getByTestId('capture-submit').click();
  await expect(p.getByTestId('capture-errors')).toHaveText(`Due: ${satIso} is a Saturday; choose a working day.`);
  await expect(page.getByTestId('summary-action')).toHaveCount(0);

  // A risk-budget value for a new big bet: the bet appears in the workspace with that budget.
  await p.getByRole('radio', { name: 'Risk budget' }).check();
  await p.getByRole('combobox', { name: 'Big bet' }).selectOption({ label: 'New big bet…' });
  await p.getByRole('textbox', { name: 'Name of the new big bet' }).fill('Healthcare pilot');
  await p.getByRole('combobox', { name: 'Budget' }).selectOption({ label: 'Acceptable slip (%)' });
  await p.getByRole('spinbutton', { name: 'Value' }).fill('150');
  await p.getByTestId('capture-submit').click();
  await expect(p.getByTestId('capture-errors')).toHaveText('Value: expected a whole percent from 0 to 100, got "150".');
  await p.getByRole('spinbutton', { name: 'Value' }).fill('15');
  await p.getByTestId('capture-submit').click();
  await expect(item(page, 'Risk budget: Healthcare pilot — Acceptable slip (%) → 15%').getByTestId('capture-state')).toHaveText('proposed (not yet agreed)');
  await page.goto('/#/workspace/risk-budgets');
  const bet = page.locator('.ws-bet').first();
  await expect(bet.getByLabel('Big bet')).toHaveValue('Healthcare pilot');
  await expect(bet.getByLabel('Acceptable slip for this bet (%)')).toHaveValue('15');
});
