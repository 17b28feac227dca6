import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
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

  // The real file opens the comparison.
  await importText('sealed-ceo.json', good);
  await expect(laptopB).toHaveURL(/#\/compare\/file$/);
  await expect(laptopB.getByTestId('comparison')).toBeVisible();
  // CEO all 5 except cq-1 = 1; CTO all 3. Communication: CEO (1 + 25)/6 = 4.33 → 83, CTO 50 → gap 33.
  await expect(laptopB.getByTestId('area-delta-communication-quality').getByTestId('delta')).toHaveText('33');
  await expect(laptopB.getByTestId('area-delta-decision-boundaries').getByTestId('delta')).toHaveText('50');
});
