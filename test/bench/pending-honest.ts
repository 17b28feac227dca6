/**
 * How big and how long-lived honest pending state gets (run: `npx tsx test/bench/pending-honest.ts`),
 * in-process, real Yjs, simulated time. Two laptops edit a workspace-like doc (typing, backspacing,
 * pastes up to 50 KB, cuts, field sets, list items added and removed); the partner's updates reach
 * this laptop over a link that switches between direct (2–60 ms), relay through the host (80–1500 ms)
 * and down (updates lost, then a resync: live updates flow at once, the sync step 2 that fills the gap
 * arrives 0.1–4 s later). A relay→direct switch overlaps both paths for up to 3 s (duplicates), and the
 * relay's backlog lands after the direct link's newer updates. Prints, per run and at worst over all
 * runs, what waited (as wire-pending.ts bounds it: changes by their weight, pending-weight.ts) and the
 * pending-work meter's readings (renderer/sync/pending-work.ts).
 */
import * as Y from 'yjs';
import { pendingWeight } from '../../renderer/sync/pending-weight';
import { meterRetries } from '../../renderer/sync/pending-work';
import { between, burst, rng } from '../unit/renderer/sync/honest-edits';

/** HARSH=4: the link switches four times as often and pastes reach 200 KB. */
const HARSH = Number(process.env.HARSH ?? 1);

type Link = 'direct' | 'relay' | 'down';

export interface Figures {
  maxWaiting: number;
  maxRetriedAtOnce: number;
  /** Longest time anything waited (ms). */
  longestWaitMs: number;
  /** Most bytes re-tried while pending state lasted without a break. */
  maxRetriedPerWait: number;
  /** Highest bucket level per drain rate. */
  maxLevel: Map<number, number>;
  updates: number;
  reorderedArrivals: number;
}

export const DRAINS = [0, 64 * 1024, 256 * 1024, 1024 * 1024];

/** One simulated session of `minutes`; `seed` picks every choice. */
export function session(seed: number, minutes: number, drains = DRAINS): Figures {
  const r = rng(seed);
  const a = new Y.Doc();
  const b = new Y.Doc(); // this laptop's wire
  const end = minutes * 60_000;
  // A tiny event queue in simulated time.
  const queue: { at: number; seq: number; run: () => void }[] = [];
  let seq = 0;
  let now = 0;
  const at = (t: number, run: () => void) => {
    const e = { at: t, seq: seq++, run };
    let i = queue.length;
    queue.push(e);
    while (i > 0 && (queue[i - 1].at > t || (queue[i - 1].at === t && queue[i - 1].seq > e.seq))) {
      queue[i] = queue[i - 1];
      i--;
    }
    queue[i] = e;
  };

  const figures: Figures = { maxWaiting: 0, maxRetriedAtOnce: 0, longestWaitMs: 0, maxRetriedPerWait: 0, maxLevel: new Map(drains.map((d) => [d, 0])), updates: 0, reorderedArrivals: 0 };
  for (const d of drains) {
    meterRetries(b, { maxBytes: Infinity, drainBytesPerSecond: d }, (reading) => {
      figures.maxLevel.set(d, Math.max(figures.maxLevel.get(d)!, reading.level));
    }, () => now);
  }
  const store = b.store as unknown as { pendingDs: Uint8Array | null; pendingStructs: { update: Uint8Array } | null };
  let waitStart: number | undefined;
  let waitRetried = 0;
  meterRetries(b, { maxBytes: Infinity, drainBytesPerSecond: 0 }, (reading) => {
    figures.maxRetriedAtOnce = Math.max(figures.maxRetriedAtOnce, reading.retried);
    waitRetried += reading.retried;
    figures.maxRetriedPerWait = Math.max(figures.maxRetriedPerWait, waitRetried);
  }, () => now);
  b.on('afterTransaction', () => {
    // As the bounds count it: structs by their weight (v1 size), deletes by their bytes.
    const waiting = (store.pendingStructs ? pendingWeight(store.pendingStructs.update) : 0) + (store.pendingDs?.byteLength ?? 0);
    figures.maxWaiting = Math.max(figures.maxWaiting, waiting);
    if (waiting && waitStart === undefined) waitStart = now;
    if (!waiting && waitStart !== undefined) {
      figures.longestWaitMs = Math.max(figures.longestWaitMs, now - waitStart);
      waitStart = undefined;
      waitRetried = 0;
    }
  });

  // The link between the two laptops over time.
  let link: Link = 'direct';
  let overlapUntil = 0;
  const lastArrival = { direct: 0, relay: 0 };
  const send = (to: Y.Doc, update: Uint8Array, via: Exclude<Link, 'down'>) => {
    const lat = via === 'direct' ? between(r, 2, 60) : between(r, 80, 1500);
    // Each path delivers in order.
    const arrive = Math.max(now + lat, lastArrival[via] + 0.01);
    lastArrival[via] = arrive;
    at(arrive, () => {
      if (to === b) {
        figures.updates++;
        const sv = Y.encodeStateVector(b);
        const first = Y.decodeUpdate(update).structs[0];
        if (first && first.id.clock > (Y.decodeStateVector(sv).get(first.id.client) ?? 0)) figures.reorderedArrivals++;
      }
      Y.applyUpdate(to, update, 'remote');
    });
  };
  const carry = (to: Y.Doc, update: Uint8Array) => {
    if (link === 'down') return; // lost; the resync fills it in
    send(to, update, link);
    if (now < overlapUntil) send(to, update, link === 'direct' ? 'relay' : 'direct');
  };
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && carry(b, u));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && carry(a, u));

  const switchLink = () => {
    const next: Link = r() < 0.55 ? 'direct' : r() < 0.6 ? 'relay' : 'down';
    const was = link;
    link = next;
    if (was === 'relay' && next === 'direct') overlapUntil = now + between(r, 0, 3000);
    if (was === 'down' && next !== 'down') {
      // Reconnect: each side asks for what it lacks; the answers come back after a round trip and an encode.
      for (const [from, to] of [[a, b], [b, a]] as const) {
        const sv = Y.encodeStateVector(to);
        at(now + between(r, 100, 4000), () => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, sv), 'remote'));
      }
    }
    at(now + between(r, 5_000, 120_000) / HARSH, switchLink);
  };
  at(between(r, 5_000, 60_000) / HARSH, switchLink);

  const editor = (doc: Y.Doc, rate: number) => {
    const next = () => {
      let t = now + between(r, 300, 5000) / rate;
      for (const [delay, edit] of burst(r, doc, 50_000 * HARSH)) at((t += delay), () => doc.transact(edit));
      at(t, next);
    };
    at(between(r, 0, 2000), next);
  };
  editor(a, 1);
  editor(b, 0.6);

  while (queue.length && queue[0].at <= end) {
    const e = queue.shift()!;
    now = e.at;
    e.run();
  }
  return figures;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function main() {
  const runs = Number(process.env.RUNS ?? 20);
  const minutes = Number(process.env.MINUTES ?? 10);
  const worst: Figures = { maxWaiting: 0, maxRetriedAtOnce: 0, longestWaitMs: 0, maxRetriedPerWait: 0, maxLevel: new Map(DRAINS.map((d) => [d, 0])), updates: 0, reorderedArrivals: 0 };
  for (let seed = 1; seed <= runs; seed++) {
    const f = session(seed, minutes);
    const levels = DRAINS.map((d) => `${d / 1024}KB/s:${kb(f.maxLevel.get(d)!)}`).join(' ');
    console.log(`seed ${seed}: ${f.updates} arrivals, ${f.reorderedArrivals} ahead of their predecessors; waited at most ${kb(f.maxWaiting)} for ${(f.longestWaitMs / 1000).toFixed(1)} s; re-tried at once ${kb(f.maxRetriedAtOnce)}, per wait ${kb(f.maxRetriedPerWait)}; bucket peaks ${levels}`);
    worst.maxWaiting = Math.max(worst.maxWaiting, f.maxWaiting);
    worst.maxRetriedAtOnce = Math.max(worst.maxRetriedAtOnce, f.maxRetriedAtOnce);
    worst.longestWaitMs = Math.max(worst.longestWaitMs, f.longestWaitMs);
    worst.maxRetriedPerWait = Math.max(worst.maxRetriedPerWait, f.maxRetriedPerWait);
    worst.updates += f.updates;
    worst.reorderedArrivals += f.reorderedArrivals;
    for (const d of DRAINS) worst.maxLevel.set(d, Math.max(worst.maxLevel.get(d)!, f.maxLevel.get(d)!));
  }
  const levels = DRAINS.map((d) => `${d / 1024}KB/s:${kb(worst.maxLevel.get(d)!)}`).join(' ');
  console.log(`WORST of ${runs} × ${minutes} min: ${worst.updates} arrivals, ${worst.reorderedArrivals} ahead; waited at most ${kb(worst.maxWaiting)} for ${(worst.longestWaitMs / 1000).toFixed(1)} s; re-tried at once ${kb(worst.maxRetriedAtOnce)}, per wait ${kb(worst.maxRetriedPerWait)}; bucket peaks ${levels}`);
}

if (process.argv[1]?.endsWith('pending-honest.ts')) main();
