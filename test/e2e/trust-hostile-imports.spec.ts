import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, scores, seal, startRound } from './support/leader';
import { snapshotDb } from './support/idb';
import { buildCorpus, HTML_PAYLOADS, type TextCase } from '../trust/hostile-inputs';

const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** ~50 refused sealed files, spread over every family the generator has (deterministic). */
async function hostileFiles(): Promise<TextCase[]> {
  const corpus = await buildCorpus(sha256);
  // Not 'bom': File.text() decodes UTF-8 and drops a leading BOM, so such a file is rightly accepted.
  const refused = corpus.texts.filter((c) => c.kind !== 'bom' && ((c.target === 'sealed-file' && c.expect === 'reject') || (c.target === 'any' && c.kind !== 'random')));
  const byKind = new Map<string, TextCase[]>();
  for (const c of refused) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const picked: TextCase[] = [];
  // Round-robin over kinds, evenly spaced within each kind, until 50.
  const kinds = [...byKind.keys()].sort();
  for (let round = 0; picked.length < 50 && round < 20; round++) {
    for (const k of kinds) {
      const list = byKind.get(k)!;
      const step = Math.max(1, Math.floor(list.length / 6));
      const c = list[round * step];
      if (c && picked.length < 50 && !picked.includes(c)) picked.push(c);
    }
  }
  // Always include the HTML payloads hidden in a (now broken) seal.
  for (const c of refused.filter((x) => x.kind === 'html-payload' && /personName/.test(x.id)).slice(0, 4)) if (!picked.includes(c)) picked.push(c);
  return picked;
}

async function pwnedState(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('img[src="x"], iframe, svg[onload], script:not([src]), a[href^="javascript:"]').length,
  }));
}

test('hostile sealed files through the real file input: each refused clearly, nothing stored, nothing run', async ({ page }) => {
  test.setTimeout(180_000);
  const files = await hostileFiles();
  expect(files.length).toBeGreaterThanOrEqual(50);

  const mine = await startRound(page, { name: 'Blake Moreau', role: 'cto' });
  await answerAll(page, mine, scores(3));
  await seal(page, mine);
  await page.goto('/#/compare');
  const input = page.getByLabel("Partner's sealed file");
  await expect(input).toBeEnabled();
  // A canary the payloads try to overwrite; hash navigation keeps it for the whole test.
  await page.evaluate(() => ((window as unknown as { __pwned: string }).__pwned = 'canary'));
  const clean = await pwnedState(page);
  expect(clean).toEqual({ title: clean.title, pwned: 'canary', injected: 0 });
  const before = await snapshotDb(page);

  for (const [i, c] of files.entries()) {
    const name = `hostile-${String(i).padStart(2, '0')}.json`;
    await expect(input).toBeEnabled();
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(c.text, 'utf8') });
    const error = page.getByTestId('import-error');
    await expect(error, `${c.id}`).toContainText(`Could not import “${name}”: `);
    const text = (await error.textContent()) ?? '';
    // A clear reason after the file name, short, and no stack trace.
    expect(text.replace(/^Could not import “[^”]*”: /, '').trim().length, c.id).toBeGreaterThan(3);
    expect(text.length, `${c.id}: ${text.slice(0, 200)}`).toBeLessThanOrEqual(1700);
    expect(text, c.id).not.toMatch(/\bat .+:\d+:\d+|TypeError|RangeError|Maximum call stack/);
    // Shown as text only.
    expect(await error.locator('*').count(), c.id).toBe(0);
    await expect(page, c.id).toHaveURL(/#\/compare$/);
    expect(await pwnedState(page), c.id).toEqual(clean);
  }

  // Nothing stored changed, byte for byte.
  expect(await snapshotDb(page)).toBe(before);

  // Correctly re-sealed files with script in every text field are accepted — and shown as text.
  const corpus = await buildCorpus(sha256);
  const resealed = corpus.texts.filter((c) => c.kind === 'resealed-html');
  expect(resealed.length).toBeGreaterThanOrEqual(3 * HTML_PAYLOADS.length);
  for (const c of [resealed[0], resealed[1], resealed[2], resealed[resealed.length - 2]]) {
    await page.goto('/#/compare');
    await expect(input).toBeEnabled();
    await input.setInputFiles({ name: 'resealed.json', mimeType: 'application/json', buffer: Buffer.from(c.text, 'utf8') });
    await page.getByRole('button', { name: 'The digits match — open the comparison' }).click();
    await expect(page, c.id).toHaveURL(/#\/compare\/file$/);
    await expect(page.getByTestId('comparison')).toBeVisible();
    if (c.path?.[1] === 'personName') await expect(page.getByText(c.injected!, { exact: false }).first(), c.id).toBeVisible();
    await page.waitForTimeout(200); // give an onerror/onload the chance it must not have
    expect(await pwnedState(page), c.id).toEqual(clean);
    await page.goto('/#/present/file');
    await page.waitForTimeout(200);
    expect(await pwnedState(page), `${c.id} (present)`).toEqual(clean);
  }

  // The app is still running normally.
  await page.goto('/#/');
  await expect(page.locator(`a[href*="${mine}"]`).first()).toBeVisible();
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/#\/compare$/);
  await expect(input).toBeEnabled();
  expect(await pwnedState(page)).toEqual(clean);
});
