import { expect, test, type Page } from '@playwright/test';
import { answerAll, scores, seal } from './support/leader';
import { connectPair } from './support/pair';
import { launchTwoLaptops, sharedDoc } from './support/two-browsers';

/** The seal dialog's prepared seal of round `id` in this laptop's IndexedDB, if any (its body). */
function preparedSeal(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (roundId) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('accord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('seals').objectStore('seals').get(roundId);
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { body: string } | undefined)?.body);
          };
        };
      }),
    id,
  );
}

test('Accord closes while my seal dialog is open in a live comparison: after the restart my answers stay frozen and unpublished until I say I did not seal; then I edit, seal, and the comparison has my edited answers', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    const { ceoRound, ctoRound } = await connectPair(a, b, { answers: { ceo: scores(4), cto: scores(2) } });
    await seal(a, ceoRound);
    await a.goto('/#/compare');

    // The CTO opens the seal dialog: while it is open, the seal it would make is kept on disk.
    await b.goto(`/#/assess/${ctoRound}/5`);
    await b.getByRole('button', { name: 'Seal my answers…' }).click();
    await expect(b.getByRole('dialog')).toContainText('Seal this round?');
    await expect.poll(() => preparedSeal(b, ctoRound)).toContain('"sealedAt"');

    // …and Accord closes before the CTO answers it.
    await b.reload();
    const unsure = b.getByTestId('seal-unsure');
    await expect(unsure).toContainText('Accord closed while you were sealing this round in a live comparison, so your answers are frozen as they were.');
    await expect(unsure).toContainText('If you pressed Seal now, your partner may already have them');
    // The round's comparison is resumed to look for that seal, and the alert says so while it looks.
    await expect(b.getByTestId('seal-check')).toContainText(/Looking for this seal|does not hold this seal/, { timeout: 20_000 });
    await expect(b.getByTestId('seal-check-connection')).toContainText('Comparison of this round:');
    await b.screenshot({ path: 'test-results/seal-unsure.png' });
    await b.goto(`/#/assess/${ctoRound}/0`);
    await expect(unsure).toBeVisible();
    await expect(b.locator('[data-statement] input').first()).toBeDisabled();

    // Back in the room, nothing of that seal is published: the CEO still sees the CTO answering.
    await b.goto('/#/compare');
    await expect(b.getByTestId('connection-status')).toHaveText(/Connected to Alex Kim/, { timeout: 20_000 });
    await expect(a.getByTestId('connection-status')).toHaveText(/Connected to Blake Moreau/, { timeout: 20_000 });
    await expect(a.getByTestId('participant-cto')).toContainText('answering');
    expect(Object.keys((await sharedDoc(a)).commitments as object)).toEqual(['ceo']);

    // The CTO had not pressed Seal now: the answers can change again.
    await b.goto(`/#/assess/${ctoRound}/0`);
    await b.getByRole('button', { name: 'I did not seal: keep editing' }).click();
    await expect(unsure).toHaveCount(0);
    expect(await preparedSeal(b, ctoRound)).toBeUndefined();
    await answerAll(b, ctoRound, scores(2, { 'db-1': 5 }));
    await b.goto('/#/compare');
    await expect(b.getByTestId('connection-status')).toHaveText(/Connected to Alex Kim/, { timeout: 20_000 });

    await seal(b, ctoRound);
    await expect(a.getByTestId('comparison')).toBeVisible({ timeout: 30_000 });
    const revealed = (await sharedDoc(a)).reveals as { cto: { payload: { answers: Record<string, { value: unknown }> } } };
    expect(revealed.cto.payload.answers['db-1'].value).toBe(5);
    // The prepared seal is gone once the round holds the seal.
    await expect.poll(() => preparedSeal(b, ctoRound)).toBeUndefined();
  } finally {
    await close();
  }
});
