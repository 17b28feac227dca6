import { randomBytes } from 'node:crypto';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { launchHostilePeer, presence, type HostilePeer } from './hostile-peer';
import { answerAll, scores, startRound } from './leader';

/*
 * The scene of every dishonest-partner story: the victim is the real app (CEO, Alex Kim) in one
 * Chromium; the partner (CTO, Mallory Vance) runs a page of plain yjs + y-webrtc in another
 * (test/e2e/hostile/page.ts), joining through the app's own signaling over real WebRTC.
 */

export const VICTIM = 'Alex Kim';
export const MALLORY = 'Mallory Vance';

export interface Scene {
  victim: Page;
  hostile: HostilePeer;
  /** Unique text in the victim's private note: if it reaches the partner, the answers did. */
  marker: string;
  code: string;
  roundId: string;
  errors: string[];
}

/** What the scene opened, closed by closeScene() after each story (opened or half opened). */
let victimBrowser: Browser | undefined;
let partner: HostilePeer | undefined;

export async function closeScene(): Promise<void> {
  await Promise.all([victimBrowser?.close(), partner?.close()]);
  victimBrowser = undefined;
  partner = undefined;
}

/** Mallory leaves and comes back from a fresh page (a quarter on): the old one is closed. */
export async function freshPartnerPage(): Promise<HostilePeer> {
  await partner?.close();
  partner = await launchHostilePeer();
  return partner;
}

/** Mallory joins the room of this invite code, as the CTO, and the victim's screen shows her. */
export async function malloryJoins(victim: Page, hostile: HostilePeer, code: string): Promise<void> {
  await hostile.join(code);
  await hostile.set('participants', 'cto', presence('cto', MALLORY));
  await expect.poll(async () => (await hostile.stats()).peers, { timeout: 20_000 }).toBeGreaterThan(0);
  try {
    await expect(victim.getByTestId('connection-status')).toHaveText(/Connected to Mallory Vance/, { timeout: 45_000 });
  } catch (e) {
    // A rare setup failure seen in CI (the partner's page had a peer, this laptop kept waiting):
    // say whose side stalled — the partner's WebRTC link never opening is not this laptop's bug.
    throw new Error(`set-up: this laptop never showed the partner. Partner's page: ${JSON.stringify(await hostile.stats())}\n${(e as Error).message}`);
  }
}

/** The victim starts a CEO round (answers + a private note when asked) and hosts; the partner joins. */
export async function scene(baseURL: string, opts: { answer: boolean }): Promise<Scene> {
  victimBrowser = await chromium.launch(chromiumLaunchOptions());
  const victim = await (await victimBrowser.newContext({ baseURL })).newPage();
  const errors: string[] = [];
  victim.on('pageerror', (e) => errors.push(e.message));
  const hostile = await freshPartnerPage();
  const marker = `victim-secret-${randomBytes(6).toString('hex')}`;
  const roundId = await startRound(victim, { name: VICTIM, role: 'ceo' });
  if (opts.answer) await answerAll(victim, roundId, scores(4, { 'db-1': 5 }), { 'db-2': `Private: ${marker}` });
  await victim.goto('/#/compare');
  await victim.getByRole('button', { name: 'Host comparison' }).click();
  const code = (await victim.getByTestId('invite-code').textContent())!.trim();
  await malloryJoins(victim, hostile, code);
  return { victim, hostile, marker, code, roundId, errors };
}
