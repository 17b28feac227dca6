import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PDF_MARGINS } from '../../electron/main/pdf';
import { statementById } from '../../shared/framework/content';
import { answerAll, scores, seal, startRound } from './support/leader';
import { pdftotext } from './support/plan';
import { launchTwoLaptops } from './support/two-browsers';

/*
 * Alex (CEO) and Blake (CTO) compare live on two laptops (two Chromium processes,
 * real WebRTC), then work the plan together: they agree one decision-matrix row,
 * Alex rewrites the fix for their top gap, Blake pins a different gap. Each laptop
 * follows the other, and the PDF Alex prints says exactly what is agreed and what
 * is only proposed.
 */
const CEO = scores(4, { 'db-1': 5, 'db-2': 5, 'cq-3': 2 });
const CTO = scores(4, { 'db-1': 1, 'db-2': 2, 'cr-4': 2 });
const short = (id: string) => statementById(id)!.short;
const OUR_FIX = 'Alex and Blake write who owns product bets in the Monday staff meeting';

const rowState = (page: Page, row: string) => page.locator(`[data-agreement="matrix:${row}"] [data-testid="agreement-state"]`);
const rowAgree = (page: Page, row: string) => page.locator(`[data-agreement="matrix:${row}"] [data-testid="agree-button"]`);
const fixCell = (page: Page, id: string, rung: string) => page.locator(`[data-gap-fix="${id}"]`).getByLabel(`${rung} for ${short(id)}`);

test('two laptops agree a matrix row, share a gap fix and a pin; the PDF shows the pair’s fix, the agreed row and the proposed ones', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    // Nothing fails to load (no favicon 404, no missing asset) on the first page.
    const failed: string[] = [];
    a.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    a.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    const ceoRound = await startRound(a, { name: 'Alex Kim', role: 'ceo', company: 'Northwind' });
    expect(failed).toEqual([]);
    await answerAll(a, ceoRound, CEO);
    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    const ctoRound = await startRound(b, { name: 'Blake Moreau', role: 'cto' });
    await answerAll(b, ctoRound, CTO);
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(code);
    await b.getByRole('button', { name: 'Join' }).click();
    await expect(b.getByTestId('connection-status')).toHaveText(/Connected to Alex Kim/, { timeout: 20_000 });
    await seal(a, ceoRound);
    await seal(b, ctoRound);
    for (const page of [a, b]) {
      await page.goto('/#/compare');
      await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId('gap-title')).toHaveText(['db-1', 'db-2', 'cq-3'].map(short));
    }

    // One matrix row, agreed on each laptop by its own leader.
    const today = new Date().toISOString().slice(0, 10);
    for (const page of [a, b]) {
      await page.goto('/#/workspace/matrix');
      await expect(rowState(page, 'row-product-bet')).toHaveText('This row: template');
    }
    // While co-editing, each workspace says whether the partner is connected.
    await expect(a.getByTestId('workspace-partner')).toHaveText(/Connected to Blake Moreau/);
    await expect(b.getByTestId('workspace-partner')).toHaveText(/Connected to Alex Kim/);
    await expect(rowAgree(a, 'row-product-bet')).toHaveText('I agree (as CEO)');
    await rowAgree(a, 'row-product-bet').click();
    await expect(rowState(b, 'row-product-bet')).toHaveText('This row: template · confirmed by the CEO only', { timeout: 15_000 });
    await expect(rowAgree(b, 'row-product-bet')).toHaveText('I agree (as CTO)');
    await rowAgree(b, 'row-product-bet').click();
    for (const page of [a, b]) {
      await expect(rowState(page, 'row-product-bet')).toHaveText(`This row: agreed by both on ${today}`, { timeout: 15_000 });
      // The other rows, and the matrix as a whole, are still not agreed.
      await expect(rowState(page, 'row-hiring-plan')).toHaveText('This row: template');
      await expect(page.locator('[data-agreement="matrix"] [data-testid="agreement-state"]')).toHaveText('Agreement: template');
    }

    // The fix for the top gap, prefilled as the template, rewritten on Alex's laptop: Blake's follows.
    for (const page of [a, b]) {
      await page.goto('/#/workspace/gap-fixes');
      await expect(page.locator('[data-gap-fix]')).toHaveCount(3);
      await expect(page.locator('[data-gap-fix="db-1"] [data-testid="agreement-state"]')).toHaveText('This fix: template');
    }
    const template = await fixCell(a, 'db-1', 'Work item').inputValue();
    expect(template).toContain(short('db-1'));
    await fixCell(a, 'db-1', 'Work item').fill(OUR_FIX);
    await expect(fixCell(b, 'db-1', 'Work item')).toHaveValue(OUR_FIX, { timeout: 15_000 });
    await expect(b.locator('[data-gap-fix="db-1"] [data-testid="agreement-state"]')).toHaveText('This fix: edited');

    // Blake pins the fourth gap; once Alex takes the pin too, it replaces the third in Alex's plan.
    await a.goto('/#/plan');
    await expect(a.getByTestId('plan-gap').locator('.pd-gap-title')).toHaveText(['db-1', 'db-2', 'cq-3'].map((id, i) => `${i + 1} ${short(id)}`));
    await b.goto('/#/compare');
    await b.locator('details.other-gaps > summary').click();
    await b.getByRole('button', { name: `Pin “${short('cr-4')}”` }).click();
    await expect(b.getByTestId('gap-title')).toHaveText(['db-1', 'db-2', 'cr-4'].map(short));
    // On Alex's laptop Blake's pin is a proposal: the plan keeps the ranking until Alex takes it.
    await expect(a.getByTestId('pins-proposal')).toContainText(`Pinned on your partner's laptop: “${short('cr-4')}”`, { timeout: 15_000 });
    await expect(a.getByTestId('plan-gap').locator('.pd-gap-title')).toHaveText(['db-1', 'db-2', 'cq-3'].map((id, i) => `${i + 1} ${short(id)}`));
    await a.getByTestId('pins-accept').click();
    await expect(a.getByTestId('pins-proposal')).toHaveCount(0);
    await expect(a.getByTestId('plan-gap').locator('.pd-gap-title')).toHaveText(['db-1', 'db-2', 'cr-4'].map((id, i) => `${i + 1} ${short(id)}`));
    await expect(a.getByTestId('plan-gap').first()).toContainText(OUR_FIX);

    // The PDF, printed by the same engine and options as Electron's printToPDF.
    await a.goto('/#/plan/print');
    await expect(a.getByTestId('plan-document')).toBeVisible();
    await expect(a.getByTestId('plan-gap')).toHaveCount(3);
    await expect(a.getByTestId('plan-gap').nth(2)).toContainText(short('cr-4'));
    await a.emulateMedia({ media: 'print' });
    mkdirSync('test-results', { recursive: true });
    const PDF = 'test-results/plan-fixes.pdf';
    await a.pdf({
      path: PDF,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: PDF_FOOTER_TEMPLATE,
      margin: { top: `${PDF_MARGINS.top}in`, bottom: `${PDF_MARGINS.bottom}in`, left: `${PDF_MARGINS.left}in`, right: `${PDF_MARGINS.right}in` },
    });
    const flat = pdftotext(PDF, false).replace(/\s+/g, ' ');
    // The pair's fix, marked as theirs and not yet agreed; the other gaps' fixes marked as the template.
    expect(flat).toContain(OUR_FIX);
    expect(flat).not.toContain(template);
    // (The caption prints in capitals.)
    expect(flat).toMatch(/The fix for this gap \(edited in the workspace, not yet agreed\) Rung In plain words 1 Work item Alex and Blake/i);
    expect(flat.match(/The fix for this gap \(template from the framework, not yet edited or agreed by the two of you\)/gi)).toHaveLength(2);
    // The pinned gap is in the plan; the one it replaced is not a top gap there.
    expect(flat).toContain(short('cr-4'));
    // The agreed row says so; the others are proposed.
    const start = flat.lastIndexOf('Decision authority matrix');
    const matrix = flat.slice(start, flat.indexOf('Meeting cadence', start));
    const agreedRow = matrix.indexOf('Product bet and target segment');
    expect(agreedRow).toBeGreaterThan(-1);
    // Long cells wrap, so a row ends where the next row's first words begin.
    const next = matrix.indexOf('Delivery date for a', agreedRow);
    expect(matrix.slice(agreedRow, next)).toContain(`agreed by both on ${today}`);
    expect(matrix.slice(agreedRow, next)).not.toContain('proposed');
    const hiring = matrix.indexOf('Hiring plan for the next 2 quarters');
    expect(matrix.slice(hiring, matrix.indexOf('Incident severity', hiring))).toContain('proposed (not yet agreed)');
    expect(matrix.match(/agreed by both on/g)).toHaveLength(1);

    // History tells the partner's kept round apart and can delete that copy; Alex's own round stays.
    await a.goto('/#/history');
    const copy = a.getByTestId('received-copy');
    await expect(copy).toHaveCount(1);
    await expect(copy).toContainText(/sealed .* · copy [0-9a-f]{8}/);
    await copy.getByRole('button', { name: /Delete the partner's round Blake Moreau/ }).click();
    await copy.getByRole('button', { name: 'Delete this copy' }).click();
    await expect(a.getByTestId('received-copy')).toHaveCount(0);
    await expect(a.locator('.period-name')).toHaveText(['Alex Kim']);
  } finally {
    await close();
  }
});
