import { expect, test } from '@playwright/test';
import { answerAll, scores, seal, startRound } from './support/leader';
import { launchTwoLaptops, sharedDoc } from './support/two-browsers';
import { connectPair } from './support/pair';

test('a partner with a wrong invite secret is told so and receives nothing', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    const ceoRound = await startRound(a, { name: 'Alex Kim', role: 'ceo' });
    await answerAll(a, ceoRound, scores(4));
    await seal(a, ceoRound);
    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    // Same host and room, one character of the secret changed.
    const last = code.at(-1)!;
    const wrong = code.slice(0, -1) + (last === 'a' ? 'b' : 'a');

    await startRound(b, { name: 'Blake Moreau', role: 'cto' });
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(wrong);
    await b.getByRole('button', { name: 'Join' }).click();

    await expect(b.getByTestId('connection-status')).toHaveText('Could not join: wrong invite code', { timeout: 20_000 });
    await expect(a.getByRole('note')).toContainText('Someone tried to join with a different invite code');
    // B's own presence lands a frame after the session opens (projection is coalesced): wait for it.
    await expect.poll(async () => Object.keys(((await sharedDoc(b)).participants as object | undefined) ?? {})).toEqual(['cto']);
    const docOnB = await sharedDoc(b);
    expect(docOnB.commitments).toEqual({});
    expect(JSON.stringify(docOnB)).not.toContain('Alex Kim');
    await expect.poll(async () => Object.keys(((await sharedDoc(a)).participants as object | undefined) ?? {})).toEqual(['ceo']);
  } finally {
    await close();
  }
});

test('after a network drop both laptops keep working and converge when they reconnect', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { a, b, close } = await launchTwoLaptops(baseURL!);
  try {
    const { ceoRound, ctoRound } = await connectPair(a, b, { answers: { ceo: scores(4), cto: scores(2) } });

    // A drops off the network; both seal while apart.
    await a.getByRole('button', { name: 'Go offline' }).click();
    await expect(a.getByTestId('connection-status')).toHaveText(/Offline/);
    await expect(b.getByTestId('connection-status')).not.toHaveText(/Connected/, { timeout: 20_000 });
    await seal(b, ctoRound);
    await b.goto('/#/compare');
    await seal(a, ceoRound);
    await a.goto('/#/compare');
    await expect(a.getByTestId('participant-cto')).not.toContainText('sealed');
    await expect(b.getByTestId('participant-ceo')).not.toContainText('sealed');

    // Back online: the docs merge, both reveal, both show the comparison.
    await a.getByRole('button', { name: 'Reconnect' }).click();
    for (const page of [a, b]) await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 30_000 });
    // Everyone answered 4 vs everyone 2: every area is 75 vs 25, a 50-point gap.
    await expect(a.getByTestId('area-delta-decision-boundaries').getByTestId('delta')).toHaveText('50');
    await expect(b.getByTestId('area-delta-conflict-resolution').getByTestId('delta')).toHaveText('50');
  } finally {
    await close();
  }
});
