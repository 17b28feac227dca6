import { expect, test, type Page } from '@playwright/test';
import { connectPair } from './support/pair';
import { launchTwoLaptops } from './support/two-browsers';

const ROW = '[data-row="row-product-bet"]';

async function typeAt(page: Page, selector: string, where: 'Home' | 'End', text: string) {
  const field = page.locator(selector);
  await field.click();
  await page.keyboard.press(where === 'Home' ? 'Control+Home' : 'Control+End');
  await page.keyboard.type(text, { delay: 15 });
}

test('two laptops edit the same matrix row at the same time and converge without losing either edit', async ({ baseURL }) => {
  test.setTimeout(70_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    await connectPair(a, b);

    for (const page of [a, b]) await page.goto('/#/workspace/matrix');
    const decision = `${ROW} textarea`;
    await expect(a.locator(decision)).toHaveValue(/^Product bet/);
    const original = await a.locator(decision).inputValue();

    // At once: A appends to the decision text, B prefixes it; A edits the cadence, B the consulted list.
    await Promise.all([
      (async () => {
        await typeAt(a, decision, 'End', ' (CEO closes)');
        // The label follows the decision text, which the partner is changing: locate by row.
        await a.locator(`${ROW} [aria-label^="Cadence for"]`).fill('Monthly strategy review');
      })(),
      (async () => {
        await typeAt(b, decision, 'Home', 'Q1: ');
        const consulted = b.locator(`${ROW} [role="group"][aria-label^="Consulted for"] input`);
        await consulted.fill('Design');
        await consulted.press('Enter');
      })(),
    ]);

    const expected = `Q1: ${original} (CEO closes)`;
    for (const page of [a, b]) {
      await expect(page.locator(decision)).toHaveValue(expected, { timeout: 15_000 });
      await expect(page.locator(`${ROW} [role="group"][aria-label^="Consulted for"] .ws-chip-text`).last()).toHaveText('Design');
    }
    await expect(b.locator(`${ROW} [aria-label^="Cadence for"]`)).toHaveValue('Monthly strategy review');

    // Still there after a reload, from each laptop's own storage.
    await b.reload();
    await expect(b.locator(decision)).toHaveValue(expected);
  } finally {
    await close();
  }
});

test('a workspace larger than one WebRTC message reaches the partner, on joining and while editing', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  // Well over the data channel's 256 KiB message limit, as a long pasted transcript would be.
  const transcript = (label: string) => `${label}: ${'we agreed the CTO owns delivery dates; '.repeat(9000)}end of ${label}`;
  try {
    const decision = `${ROW} textarea`;
    await connectPair(a, b, {
      beforeHosting: async () => {
        await a.goto('/#/workspace/matrix');
        await a.locator(decision).fill(transcript('offsite notes'));
      },
    });

    // The first sync carries the whole workspace in one y-webrtc message.
    await b.goto('/#/workspace/matrix');
    // Compared by value, reported by length: a failure should not print 350 KB.
    const arrived = (page: Page, text: string) => async () => {
      const value = await page.locator(decision).inputValue();
      return value === text ? 'whole text' : `${value.length} of ${text.length} characters`;
    };
    await expect.poll(arrived(b, transcript('offsite notes')), { timeout: 20_000 }).toBe('whole text');

    // A single edit of that size, live.
    await a.goto('/#/workspace/matrix');
    await b.locator(decision).fill(transcript('second day'));
    await expect.poll(arrived(a, transcript('second day')), { timeout: 20_000 }).toBe('whole text');
  } finally {
    await close();
  }
});
