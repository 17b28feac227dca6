import { expect, type Page } from '@playwright/test';
import { answerAll, startRound, type Scores } from './leader';

export const CEO = { name: 'Alex Kim', role: 'ceo' as const };
export const CTO = { name: 'Blake Moreau', role: 'cto' as const };

/**
 * The CEO's laptop hosts a comparison, the CTO's joins with the invite code, and
 * both are live: the workspace co-editing room rides on that invite.
 * `beforeHosting` runs on the CEO's laptop after its round starts, before the room opens;
 * `answers` fills each round (unsealed) before its laptop hosts or joins.
 */
export async function connectPair(
  a: Page,
  b: Page,
  opts: { beforeHosting?: () => Promise<void>; answers?: { ceo: Scores; cto: Scores } } = {},
): Promise<{ ceoRound: string; ctoRound: string }> {
  const ceoRound = await startRound(a, CEO);
  if (opts.answers) await answerAll(a, ceoRound, opts.answers.ceo);
  await opts.beforeHosting?.();
  await a.goto('/#/compare');
  await a.getByRole('button', { name: 'Host comparison' }).click();
  const code = (await a.getByTestId('invite-code').textContent())!.trim();
  const ctoRound = await startRound(b, CTO);
  if (opts.answers) await answerAll(b, ctoRound, opts.answers.cto);
  await b.goto('/#/compare');
  await b.getByLabel('Invite code').fill(code);
  await b.getByRole('button', { name: 'Join' }).click();
  await expect(b.getByTestId('connection-status')).toHaveText(new RegExp(`Connected to ${CEO.name}`), { timeout: 20_000 });
  return { ceoRound, ctoRound };
}
