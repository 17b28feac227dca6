import { expect, test } from '@playwright/test';

/*
 * A record in IndexedDB is damaged (half-written JSON, or written by a future Accord).
 * The app must report it, skip it, keep showing everything else, and delete nothing.
 */
test('damaged stored rounds are reported and skipped, never crash the app or delete other data', async ({ page }) => {
  await page.goto('/#/new');
  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByRole('button', { name: 'Start the diagnostic' }).click();
  await expect(page).toHaveURL(/#\/assess\//);

  // Write two bad rows straight into the app's real IndexedDB.
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('accord');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('rounds', 'readwrite');
        tx.objectStore('rounds').put({ id: 'corrupt-1', body: '{"schemaVersion":1,"answ' });
        tx.objectStore('rounds').put({ id: 'future-1', body: JSON.stringify({ schemaVersion: 7, id: 'future-1' }) });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });

  await page.goto('/#/');
  await page.reload();
  const alert = page.getByTestId('storage-problems');
  await expect(alert).toContainText('2 stored records could not be read');
  await expect(alert).toContainText('corrupt-1');
  await expect(alert).toContainText('future-1');
  await expect(page.getByRole('heading', { name: /quarterly reset/ })).toBeVisible();

  const ids = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('accord');
        open.onsuccess = () => {
          const req = open.result.transaction('rounds').objectStore('rounds').getAllKeys();
          req.onsuccess = () => resolve((req.result as string[]).sort());
        };
      }),
  );
  expect(ids).toHaveLength(3);
  expect(ids).toEqual(expect.arrayContaining(['corrupt-1', 'future-1']));
});
