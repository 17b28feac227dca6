import { expect, test } from '@playwright/test';
import { answerAll, scores, seal, startRound } from './support/leader';
import { launchTwoLaptops } from './support/two-browsers';

/*
 * The way a new user actually joins: one character of the code mistyped, told so, leave,
 * type it right. Nothing from the failed attempt may linger: no false "joined with a … round
 * too" alert, no uncaught errors, and the comparison opens on both laptops.
 */
test('wrong invite code, leave, right code: the comparison opens on both laptops with no false alert', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  const errors: string[] = [];
  for (const [who, page] of [['host', a], ['joiner', b]] as const) page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
  try {
    const ceoRound = await startRound(a, { name: 'Alex Kim', role: 'ceo' });
    await answerAll(a, ceoRound, scores(4));
    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    const last = code.at(-1)!;
    const wrong = code.slice(0, -1) + (last === 'a' ? 'b' : 'a');

    const ctoRound = await startRound(b, { name: 'Blake Moreau', role: 'cto' });
    await answerAll(b, ctoRound, scores(2));
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(wrong);
    await b.getByRole('button', { name: 'Join' }).click();
    await expect(b.getByTestId('connection-status')).toHaveText(/wrong invite code/, { timeout: 20_000 });

    await b.getByRole('button', { name: 'Leave comparison' }).click();
    await b.getByLabel('Invite code').fill(code);
    await b.getByRole('button', { name: 'Join' }).click();
    await expect(b.getByTestId('connection-status')).toHaveText(/Connected to Alex Kim/, { timeout: 20_000 });
    await expect(a.getByTestId('connection-status')).toHaveText(/Connected to Blake Moreau/, { timeout: 20_000 });
    for (const page of [a, b]) await expect.soft(page.getByText(/joined with a .* round too/)).toHaveCount(0);

    await seal(a, ceoRound);
    await a.goto('/#/compare');
    await seal(b, ctoRound);
    await b.goto('/#/compare');
    for (const page of [a, b]) {
      await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText('Both sealed and verified.')).toBeVisible();
      await expect(page.getByText(/joined with a .* round too/)).toHaveCount(0);
      await expect(page.getByTestId('room-compromised')).toHaveCount(0);
    }
    // Everyone answered 4 vs everyone 2: every area is 75 vs 25, a 50-point gap.
    await expect(a.getByTestId('area-delta-decision-boundaries').getByTestId('delta')).toHaveText('50');
    await expect(b.getByTestId('area-delta-decision-boundaries').getByTestId('delta')).toHaveText('50');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
