import { expect, test, type Page } from '@playwright/test';
import { rankGaps } from '../../shared/assessment/gaps';
import type { Answers } from '../../shared/assessment/types';
import { parseInvite } from '../../shared/invite/invite-code';
import { captureFrames, decodeRelay, receivedAt, recordReceived, recordStatus, relayedDoc, statusLog, type Frame } from './support/lan-capture';
import { createLanTestbed, testbedUnavailable, type LanTestbed } from './support/lan-testbed';
import { answerAll, scores, seal, startRound, type Scores } from './support/leader';

/**
 * Two laptops on a LAN, each in its own network namespace with its own server and Chromium
 * (support/lan-testbed.ts). With a router the direct WebRTC link opens; on a cable with no
 * router Chromium cannot link directly, and the comparison must go through the host laptop.
 */

const PORT = Number(process.env.E2E_PORT ?? 4406);
const unavailable = testbedUnavailable();
test.skip(unavailable !== null, unavailable ?? '');

const CEO = scores(4, { 'db-1': 5, 'db-2': 5, 'cq-3': 2 });
const CTO = scores(4, { 'db-1': 1, 'db-2': 2, 'cr-4': 2 });
const CEO_NOTE = 'Private: I think dates are mine';
const CTO_NOTE = 'Private: releases slip because nobody owns the cut';
const toAnswers = (s: Scores): Answers => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { value: v }]));
const expectedGaps = rankGaps(toAnswers(CEO), toAnswers(CTO)).map((g) => g.title);

interface Run {
  bed: LanTestbed;
  a: Page;
  b: Page;
  frames: { a: Frame[]; b: Frame[] };
  code: string;
  ceoRound: string;
  ctoRound: string;
}

/** Both leaders answer on their own laptop; A hosts at its LAN address, B joins with the code. */
async function hostAndJoin(gateway: boolean, opts: { answer?: boolean; prepareB?: (b: Page) => Promise<void> } = {}): Promise<Run> {
  const bed = await createLanTestbed({ gateway, port: PORT });
  try {
    const [browserA, browserB] = await Promise.all([bed.a.launch(), bed.b.launch()]);
    const a = await (await browserA.newContext({ baseURL: bed.a.baseURL })).newPage();
    const b = await (await browserB.newContext({ baseURL: bed.b.baseURL })).newPage();
    const frames = { a: captureFrames(a), b: captureFrames(b) };
    await Promise.all([recordStatus(a), recordStatus(b), recordReceived(a), recordReceived(b)]);

    await opts.prepareB?.(b);
    const ceoRound = await startRound(a, { name: 'Alex Kim', role: 'ceo' });
    const ctoRound = await startRound(b, { name: 'Blake Moreau', role: 'cto' });
    if (opts.answer !== false) {
      await answerAll(a, ceoRound, CEO, { 'db-2': CEO_NOTE });
      await answerAll(b, ctoRound, CTO, { 'cr-4': CTO_NOTE });
    }

    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    // The invite carries the host's LAN address (its LAN signaling port), not its loopback.
    expect(code).toMatch(/^198\.51\.100\.1:\d+\//);
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(code);
    await b.getByRole('button', { name: 'Join' }).click();
    return { bed, a, b, frames, code, ceoRound, ctoRound };
  } catch (err) {
    await bed.close();
    throw err;
  }
}

async function sealBothAndCompare(run: Run) {
  const { a, b } = run;
  await seal(a, run.ceoRound);
  await a.goto('/#/compare');
  await seal(b, run.ctoRound);
  await b.goto('/#/compare');
  for (const page of [a, b]) {
    await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('gap-title')).toHaveText(expectedGaps);
  }
  // Each side's note arrived with the reveal: the same comparison on both laptops.
  for (const page of [a, b]) {
    await expect(page.getByTestId('top-gaps')).toContainText(CEO_NOTE);
  }
}

test('LAN with a router (no internet): the direct link opens and the comparison opens on both laptops', async () => {
  test.setTimeout(240_000);
  const run = await hostAndJoin(true);
  try {
    const { a, b } = run;
    await expect(b.getByTestId('connection-status')).toHaveText('Connected to Alex Kim — direct link', { timeout: 30_000 });
    await expect(a.getByTestId('connection-status')).toHaveText('Connected to Blake Moreau — direct link');
    await b.screenshot({ path: 'test-results/lan-router-b-connected-direct.png' });
    await sealBothAndCompare(run);
    for (const page of [a, b]) await expect(page.getByTestId('connection-status')).toHaveAttribute('data-path', 'direct');
    await a.screenshot({ path: 'test-results/lan-router-a-comparison.png', fullPage: true });
    // Before "Connected", B only ever said it found the partner (never a relay sentence).
    const log = (await statusLog(b)).map((s) => s.text);
    expect(log.at(-1)).toBe('Connected to Alex Kim — direct link');
    expect(log.filter((t) => /through the host/.test(t))).toEqual([]);
  } finally {
    await run.bed.close();
  }
});

test('cable with no router: no "Connected" while no data flows; the host laptop relays the comparison, encrypted', async () => {
  test.setTimeout(240_000);
  const run = await hostAndJoin(false);
  try {
    const { a, b } = run;
    const status = b.getByTestId('connection-status');
    // The honest sequence, each step on screen: found → no direct link → connected through the host.
    await expect(status).toHaveText('Found your partner on the network, opening a direct link…', { timeout: 30_000 });
    await b.screenshot({ path: 'test-results/lan-status-1-found.png' });
    // After a few seconds without a data channel the relay starts; it answers within moments,
    // so "No direct link… trying through the host" is usually on screen only briefly.
    await expect(status).toHaveText('Connected to Alex Kim through the host laptop (no direct link)', { timeout: 30_000 });
    await b.screenshot({ path: 'test-results/lan-status-2-connected-through-host.png' });
    await expect(a.getByTestId('connection-status')).toHaveText('Connected to Blake Moreau through this laptop (no direct link)');

    await sealBothAndCompare(run);
    for (const page of [a, b]) await expect(page.getByTestId('connection-status')).toHaveAttribute('data-path', 'relay');
    await b.screenshot({ path: 'test-results/lan-status-3-comparison-through-host.png', fullPage: true });

    const invite = parseInvite(run.code);
    if (!invite.ok) throw new Error(invite.error);
    const { room, secret } = invite.value;
    for (const [name, page] of [['a', a], ['b', b]] as const) {
      const frames = run.frames[name];
      const relay = await decodeRelay(frames, room, secret);
      const own = new Set(relay.filter((m) => m.dir === 'sent').map((m) => m.from));
      const fromPartner = relay.filter((m) => m.dir === 'received' && !own.has(m.from));
      expect(fromPartner.length).toBeGreaterThan(0);
      // "Connected" appeared only after the partner's data had come through the relay.
      // Timed by the page's clock, when the page itself got the partner's data.
      const pageTimes = (await receivedAt(page, fromPartner.map((m) => m.text))).filter((t): t is number => t !== undefined);
      expect(pageTimes.length).toBeGreaterThan(0);
      const firstData = Math.min(...pageTimes);
      const log = await statusLog(page);
      const connected = log.filter((s) => /Connected/.test(s.text));
      expect(connected.length).toBeGreaterThan(0);
      for (const s of connected) expect(s.at).toBeGreaterThanOrEqual(firstData);
      // Found first; nothing ever claimed a direct link; every claim of a link names the host.
      const texts = log.map((s) => s.text);
      test.info().annotations.push({ type: `status on ${name}`, description: texts.join(' → ') });
      const found = texts.findIndex((t) => t.startsWith('Found your partner on the network'));
      expect(found).toBeGreaterThanOrEqual(0);
      expect(found).toBeLessThan(texts.findIndex((t) => /Connected/.test(t)));
      expect(texts.filter((t) => /Connected|Linked/.test(t) && !/through (the host|this) laptop/.test(t))).toEqual([]);
    }

    // Everything the host's server relayed in this run: no plaintext answer or note.
    const all = [...run.frames.a, ...run.frames.b].map((f) => f.text).join('\n');
    expect(all).toContain(`${room}#relay`);
    for (const secretText of [CEO_NOTE, CTO_NOTE, 'answers', 'Blake Moreau', JSON.stringify({ value: 5 }), 'db-1']) {
      expect(all).not.toContain(secretText);
    }
    // …yet the comparison did travel there: decrypted with the invite's key, the relayed
    // updates hold both reveals with their notes.
    const relayed = relayedDoc(await decodeRelay(run.frames.a, room, secret)).getMap('reveals').toJSON() as Record<string, unknown>;
    expect(Object.keys(relayed).sort()).toEqual(['ceo', 'cto']);
    expect(JSON.stringify(relayed)).toContain(CEO_NOTE);
    expect(JSON.stringify(relayed)).toContain(CTO_NOTE);
  } finally {
    await run.bed.close();
  }
});

test('cable with no router and a host that relays nothing: the status says so and names the next step', async () => {
  test.setTimeout(120_000);
  // Laptop B's socket to the host drops the relay topic both ways, as if the host ran an Accord
  // without the relay: y-webrtc's own signaling still passes, so B finds A but nothing links.
  const dropRelay = async (b: Page) => {
    await b.routeWebSocket(/\/signal$/, (ws) => {
      const server = ws.connectToServer();
      const isRelay = (m: string | Buffer) => m.toString().includes('#relay"');
      ws.onMessage((m) => {
        if (!isRelay(m)) server.send(m);
      });
      server.onMessage((m) => {
        if (!isRelay(m)) ws.send(m);
      });
    });
  };
  const run = await hostAndJoin(false, { answer: false, prepareB: dropRelay });
  try {
    const status = run.b.getByTestId('connection-status');
    await expect(status).toHaveText('Found your partner on the network, opening a direct link…', { timeout: 30_000 });
    await expect(status).toContainText('No direct link to your partner: this network keeps laptops from connecting directly', { timeout: 15_000 });
    await run.b.screenshot({ path: 'test-results/lan-status-fail-1-no-direct-link.png' });
    await expect(status).toContainText('Could not reach your partner', { timeout: 15_000 });
    await expect(status).toContainText('Next step: exchange sealed files');
    await run.b.screenshot({ path: 'test-results/lan-status-fail-2-link-failed.png' });
    const texts = (await statusLog(run.b)).map((s) => s.text);
    expect(texts.filter((t) => /Connected|Linked/.test(t))).toEqual([]);
    // Nothing of A's reached B.
    await expect(run.b.getByTestId('participant-ceo')).toContainText('not here yet');
  } finally {
    await run.bed.close();
  }
});
