/**
 * Two laptops across the LAN test bed (two network namespaces, a veth pair): first connection
 * (Join → "Connected to …") and seal → comparison on the peer, once with a router (direct
 * WebRTC link) and once on a bare cable (no default route: the relay through the host).
 * Skipped, with the reason on stderr, where `ip netns` is unavailable.
 */
import type { Browser } from '@playwright/test';
import { createLanTestbed, testbedUnavailable } from '../e2e/support/lan-testbed';
import { median, sampleRound, seedRounds } from './browser';

type Print = (name: string, value: number, unit: string) => void;

async function pairRun(browserA: Browser, browserB: Browser, baseA: string, baseB: string, seed: number) {
  const ctxA = await browserA.newContext({ baseURL: baseA });
  const ctxB = await browserB.newContext({ baseURL: baseB });
  try {
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    await seedRounds(a, [sampleRound('ceo', 'Alex', seed, true)]);
    const ctoRound = sampleRound('cto', 'Blake', seed + 3, false);
    await seedRounds(b, [ctoRound]);
    await a.goto('/#/compare');
    await a.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await a.getByTestId('invite-code').textContent())!.trim();
    await b.goto('/#/compare');
    await b.getByLabel('Invite code').fill(code);
    const t0 = Date.now();
    await b.getByRole('button', { name: 'Join' }).click();
    await b.getByText('Connected to Alex').waitFor({ timeout: 60_000 });
    const connect = Date.now() - t0;
    const path = await b.getByTestId('connection-status').getAttribute('data-path');
    await a.getByTestId('participant-cto').getByText('answering').waitFor({ timeout: 30_000 });
    await a.evaluate(() => {
      const w = window as unknown as { __shownAt?: number };
      new MutationObserver((_m, obs) => {
        if (document.querySelector('[data-testid="comparison"]')) {
          w.__shownAt = Date.now();
          obs.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await b.goto(`/#/assess/${ctoRound.id}/5`);
    await b.getByRole('button', { name: 'Seal my answers…' }).click();
    await b.evaluate(() => {
      document.addEventListener('click', () => ((window as unknown as { __sealAt?: number }).__sealAt = Date.now()), { capture: true, once: true });
    });
    await b.getByRole('button', { name: 'Seal now' }).click();
    await a.getByTestId('comparison').waitFor({ timeout: 60_000 });
    const shownAt = await a.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
    const sealAt = await b.evaluate(() => (window as unknown as { __sealAt: number }).__sealAt);
    return { connect, sealToCompare: shownAt - sealAt, path };
  } finally {
    await Promise.allSettled([ctxA.close(), ctxB.close()]);
  }
}

export async function lanFigures(print: Print, runs: number): Promise<void> {
  const why = testbedUnavailable();
  if (why) {
    console.error(why);
    return;
  }
  for (const [mode, gateway] of [
    ['direct', true],
    ['relay', false],
  ] as const) {
    const bed = await createLanTestbed({ gateway, port: 5173 });
    try {
      const [browserA, browserB] = await Promise.all([bed.a.launch(), bed.b.launch()]);
      const connects: number[] = [];
      const seals: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await pairRun(browserA, browserB, bed.a.baseURL, bed.b.baseURL, i);
        // A figure for the wrong path would mislead: say so instead of printing it.
        if (r.path !== mode) throw new Error(`lan bench: expected the ${mode} path, the status says ${r.path}`);
        connects.push(r.connect);
        seals.push(r.sealToCompare);
      }
      print(`lan_${mode}_first_connection_median`, median(connects), 'ms');
      print(`lan_${mode}_seal_to_comparison_on_peer_median`, median(seals), 'ms');
    } finally {
      await bed.close();
    }
  }
}
