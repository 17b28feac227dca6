import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, scores, seal, startRound } from './support/leader';
import { buildSealedFile, serializeSealedFile } from '../../shared/reveal/sealed-file';
import { validPayload } from '../trust/hostile-inputs';

const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const WORKSPACE_TABS = ['matrix', 'ladder', 'cadence', 'risk-budgets', 'metrics', 'dependencies', 'log', 'gap-fixes'];

interface Finding {
  view: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function audit(page: Page, view: string, findings: Finding[], audited: string[]): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await page.waitForTimeout(300); // let charts and transitions settle
  const result = await new AxeBuilder({ page }).analyze();
  audited.push(view);
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    findings.push({ view, rule: v.id, impact: v.impact, targets: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`) });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main view has no serious or critical axe violations (${theme} theme)`, async ({ page }) => {
    test.setTimeout(300_000);
    const findings: Finding[] = [];
    const audited: string[] = [];
    await page.goto('/#/');
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.getByRole('button', { name: `Switch to ${theme === 'dark' ? 'light' : 'dark'} theme` })).toBeVisible();

    await audit(page, 'Rounds (empty)', findings, audited);
    await page.goto('/#/new');
    await audit(page, 'New round', findings, audited);
    const id = await startRound(page, { name: 'Blake Moreau', role: 'cto', company: 'Northwind' });
    await audit(page, 'Wizard step 1', findings, audited);
    await answerAll(page, id, scores(3, { 'db-1': 1, 'cq-2': 'dont-know' }));
    await page.goto(`/#/assess/${id}/2`);
    await audit(page, 'Wizard step 3', findings, audited);
    await page.goto(`/#/assess/${id}/4`);
    await audit(page, 'Warning signs', findings, audited);
    await page.goto(`/#/assess/${id}/5`);
    await audit(page, 'Review', findings, audited);
    await seal(page, id);
    await audit(page, 'Results', findings, audited);
    await page.goto('/#/');
    await audit(page, 'Rounds (with a round)', findings, audited);
    await page.goto('/#/compare');
    await audit(page, 'Compare (start panel)', findings, audited);
    await page.goto('/#/compare/local');
    await audit(page, 'Take turns', findings, audited);
    for (const tab of WORKSPACE_TABS) {
      await page.goto(`/#/workspace/${tab}`);
      await expect(page.locator(`[data-tab="${tab}"]`)).toBeVisible();
      await audit(page, `Workspace: ${tab}`, findings, audited);
    }
    await page.goto('/#/plan');
    await audit(page, 'Repair plan', findings, audited);
    await page.goto('/#/history');
    await audit(page, 'History', findings, audited);

    // A partner's sealed file opens the comparison and the presentation view.
    const file = serializeSealedFile(await buildSealedFile(validPayload('ceo'), 'ab'.repeat(16), sha256));
    await page.goto('/#/compare');
    await page.getByLabel("Partner's sealed file").setInputFiles({ name: 'ceo.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'The digits match — open the comparison' }).click();
    await expect(page).toHaveURL(/#\/compare\/file$/);
    await audit(page, 'Comparison (from file)', findings, audited);
    await page.goto('/#/plan');
    await audit(page, 'Repair plan (with comparison)', findings, audited);
    await page.goto('/#/present/file');
    await audit(page, 'Presentation', findings, audited);
    await page.goto('/#/offsite');
    await audit(page, 'Offsite agenda', findings, audited);
    await page.goto('/#/offsite/run');
    await audit(page, 'Facilitator view', findings, audited);
    await page.goto('/#/offsite/summary');
    await audit(page, 'Offsite summary', findings, audited);

    expect(audited.length).toBeGreaterThanOrEqual(24);
    const report = findings.map((f) => `${f.view}: [${f.impact}] ${f.rule}\n    ${f.targets.join('\n    ')}`).join('\n');
    expect(findings, `axe (${theme}):\n${report}`).toEqual([]);
  });
}
