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

test('the app code fails to load while starting (a network change mid-load): the window says so and how to reload, never stays blank', async ({ page }) => {
  // What a laptop saw when its address changed as the page loaded: net::ERR_NETWORK_CHANGED on
  // the entry module, so no app code ran at all.
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const stuck = page.getByRole('alert');
  await expect(stuck).toContainText('Accord did not finish starting. Press Ctrl+R', { timeout: 15_000 });
  await expect(stuck).toContainText('Your data is safe');
  await page.screenshot({ path: 'test-results/start-failed.png' });

  // Reloading once the network is back starts the app, and the notice is gone.
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Accord home' })).toBeVisible();
  await expect(page.getByText('did not finish starting')).toHaveCount(0);
});
