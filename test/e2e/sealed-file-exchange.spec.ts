import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { answerAll, scores, seal, startRound } from './support/leader';
import { snapshotDb } from './support/idb';

test('with no network, sealed files carry the comparison; bad files are refused and change nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  const laptopA = await (await browser.newContext()).newPage();
  const laptopB = await (await browser.newContext()).newPage();

  // A (CEO) seals and exports a sealed file.
  const ceoRound = await startRound(laptopA, { name: 'Alex Kim', role: 'ceo' });
  await answerAll(laptopA, ceoRound, scores(5, { 'cq-1': 1 }));
  await seal(laptopA, ceoRound);
  const downloadPromise = laptopA.waitForEvent('download');
  await laptopA.getByRole('button', { name: 'Export sealed file' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('accord-sealed-ceo-Alex-Kim.json');
  await download.saveAs('test-results/sealed-ceo.json');
  const good = readFileSync('test-results/sealed-ceo.json', 'utf8');
  expect(JSON.parse(good)).toMatchObject({ format: 'accord-sealed-round', version: 1, payload: { role: 'ceo', personName: 'Alex Kim' } });
  // A shows the fingerprint to read out to B by phone.
  const exported = laptopA.getByTestId('export-fingerprint');
  await expect(exported).toContainText('Its fingerprint');
  const readOut = (await exported.getByTestId('fingerprint').innerText()).replace(/\s+/g, ' ').trim();
  expect(readOut).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/);
  await laptopA.setViewportSize({ width: 1100, height: 800 });
  await exported.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await exported.screenshot({ path: 'test-results/sealed-file-fingerprint-export.png' });

  // B (CTO) answers; importing before sealing is refused (blind by design).
  const ctoRound = await startRound(laptopB, { name: 'Blake Moreau', role: 'cto' });
  await answerAll(laptopB, ctoRound, scores(3));
  const input = () => laptopB.getByLabel("Partner's sealed file");
  const importText = async (name: string, text: string) => {
    await input().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await laptopB.goto('/#/compare');
  await importText('sealed-ceo.json', good);
  await expect(laptopB.getByTestId('import-error')).toContainText('seal your own round first');

  await seal(laptopB, ctoRound);
  await laptopB.goto('/#/compare');
  const before = await snapshotDb(laptopB);

  // A file edited after sealing: the commitment no longer matches.
  const tampered = JSON.parse(good);
  tampered.payload.answers['cq-1'].value = 5;
  await importText('tampered.json', JSON.stringify(tampered));
  await expect(laptopB.getByTestId('import-error')).toContainText('commitment does not match');

  // Not JSON, wrong format, too large, scripts in names: each refused with what and where.
  await importText('notes.json', '{"format": "accord-sealed-round", "payload": ');
  await expect(laptopB.getByTestId('import-error')).toContainText('notes.json');
  await importText('other.json', JSON.stringify({ format: 'something-else', version: 1 }));
  await expect(laptopB.getByTestId('import-error')).toContainText('format');
  await importText('huge.json', `{"pad":"${'x'.repeat(1_100_000)}"}`);
  await expect(laptopB.getByTestId('import-error')).toContainText('at most 1000 KB');
  const hostile = JSON.parse(good);
  hostile.payload.personName = '<img src=x onerror="document.title=\'pwned\'">';
  await importText('hostile.json', JSON.stringify(hostile));
  await expect(laptopB.getByTestId('import-error')).toContainText('commitment does not match');
  expect(await laptopB.title()).not.toBe('pwned');

  // Nothing on B changed through all of that.
  expect(await snapshotDb(laptopB)).toBe(before);
  await laptopB.goto('/#/');
  await expect(laptopB.getByRole('article')).toHaveCount(1);
  await laptopB.goto('/#/compare');

  // An edit with the hash recomputed from the salt in the file: it checks out on its own — a new commitment —
  // and the fingerprint shown is not the one A read out; B says so and nothing opens or changes.
  const recomputed = JSON.parse(good);
  recomputed.payload.answers['cq-1'].value = 5;
  const canonical = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : v && typeof v === 'object'
        ? `{${Object.keys(v as object)
            .sort()
            .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(v);
  recomputed.commitment = createHash('sha256').update(canonical({ payload: recomputed.payload, salt: recomputed.salt }), 'utf8').digest('hex');
  await importText('sealed-ceo-edited.json', JSON.stringify(recomputed));
  const check = laptopB.getByTestId('import-fingerprint');
  await expect(check).toContainText("Check before opening: Alex Kim's file has this fingerprint.");
  const shownForged = (await check.getByTestId('fingerprint').innerText()).replace(/\s+/g, ' ').trim();
  expect(shownForged).not.toBe(readOut);
  await expect(laptopB.getByTestId('comparison')).toHaveCount(0);
  await laptopB.getByRole('button', { name: 'They do not match' }).click();
  await expect(laptopB.getByTestId('import-error')).toContainText('did not match what your partner read to you');
  await expect(check).toHaveCount(0);
  expect(await snapshotDb(laptopB)).toBe(before);

  // The real file: the same digits A read out; B confirms, and the comparison opens.
  await importText('sealed-ceo.json', good);
  await expect(check.getByTestId('fingerprint')).toBeVisible();
  expect((await check.getByTestId('fingerprint').innerText()).replace(/\s+/g, ' ').trim()).toBe(readOut);
  await expect(laptopB).toHaveURL(/#\/compare$/);
  await laptopB.setViewportSize({ width: 1100, height: 800 });
  await check.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await check.screenshot({ path: 'test-results/sealed-file-fingerprint-import.png' });
  await laptopB.getByRole('button', { name: 'Switch to dark theme' }).click();
  await check.screenshot({ path: 'test-results/sealed-file-fingerprint-import-dark.png' });
  await laptopB.getByRole('button', { name: 'Switch to light theme' }).click();
  await laptopB.getByRole('button', { name: 'The digits match — open the comparison' }).click();
  await expect(laptopB).toHaveURL(/#\/compare\/file$/);
  await expect(laptopB.getByTestId('comparison')).toBeVisible();
  // CEO all 5 except cq-1 = 1; CTO all 3. Communication: CEO (1 + 25)/6 = 4.33 → 83, CTO 50 → gap 33.
  await expect(laptopB.getByTestId('area-delta-communication-quality').getByTestId('delta')).toHaveText('33');
  await expect(laptopB.getByTestId('area-delta-decision-boundaries').getByTestId('delta')).toHaveText('50');
});
