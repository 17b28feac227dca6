import * as Y from 'yjs';
import { bridgeDocs } from '../../renderer/sync/peer-bridge';
import { comparisonRules } from '../../renderer/sync/comparison-doc';
import { COMPARISON_LIMITS } from '../../renderer/sync/session';
import { applyListDiff } from '../../renderer/sync/workspace-lists';
import { fillOwnSlots, launchHostilePeer, presence } from '../e2e/support/hostile-peer';
import { launch, median, sampleRound, seedRounds } from './browser';

/**
 * What a dishonest partner costs the victim (issue 9, "Freeze"):
 * - the victim's frame latency (p95, max) while the partner floods tiny updates (every 5 ms) for
 *   10 s after filling its own slots of the comparison doc (real app, real WebRTC);
 * - the guard's cost per remote update when the comparison doc is ~1 MB (in-process).
 */
export async function hostileFigures(baseURL: string): Promise<[string, number, string][]> {
  return [...(await floodFigures(baseURL)), ...guardFigures(), ...floodedCellFigures()];
}

/** Gaps between animation frames in the victim's page (a string: tsx would add helpers the page lacks). */
const FRAME_PROBE = `(() => {
  const probe = { gaps: [], last: performance.now(), on: true };
  window.__probe = probe;
  const tick = (t) => { probe.gaps.push(t - probe.last); probe.last = t; if (probe.on) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

/** How long a frozen victim may take to answer before the figure is reported as that bound. */
const ANSWER_BOUND_MS = 60_000;

async function floodFigures(baseURL: string): Promise<[string, number, string][]> {
  const browser = await launch();
  const hostile = await launchHostilePeer();
  try {
    const victim = await (await browser.newContext({ baseURL })).newPage();
    await seedRounds(victim, [sampleRound('ceo', 'Alex', 1, true)]);
    await victim.goto('/#/compare');
    await victim.getByRole('button', { name: 'Host comparison' }).click();
    const code = (await victim.getByTestId('invite-code').textContent())!.trim();
    await hostile.join(code);
    await hostile.set('participants', 'cto', presence('cto', 'Mallory'));
    await victim.getByText('Connected to Mallory').waitFor({ timeout: 30_000 });
    await fillOwnSlots(hostile, 'cto', 'Mallory');
    await victim.evaluate(FRAME_PROBE);
    await hostile.flood({ root: 'participants', key: 'cto', value: presence('cto', 'Mallory'), durationMs: 10_000, everyMs: 5 });
    const gaps = await Promise.race([
      victim.evaluate(() => {
        const p = (window as unknown as { __probe: { gaps: number[]; last: number; on: boolean } }).__probe;
        p.on = false;
        return [...p.gaps, performance.now() - p.last];
      }),
      new Promise<undefined>((r) => setTimeout(() => r(undefined), ANSWER_BOUND_MS)),
    ]);
    // A victim that does not answer at all has at least that long a frame.
    if (!gaps) return [['hostile_flood_victim_frame_p95', ANSWER_BOUND_MS, 'ms'], ['hostile_flood_victim_frame_max', ANSWER_BOUND_MS, 'ms']];
    const sorted = gaps.sort((a, b) => a - b);
    return [
      ['hostile_flood_victim_frame_p95', sorted[Math.floor(sorted.length * 0.95)], 'ms'],
      ['hostile_flood_victim_frame_max', sorted.at(-1)!, 'ms'],
    ];
  } finally {
    await Promise.all([browser.close(), hostile.close()]);
  }
}

/**
 * A trusted comparison doc of ~1 MB (small entries under the partner's keys, written locally so
 * the guard's own rules do not stop the fill), bridged to a wire doc as the live session does;
 * each remote update is a tiny presence change applied to the wire, timed until it is through the guard.
 */
export function guardFigures(): [string, number, string][] {
  const doc = new Y.Doc();
  const pad = doc.getMap('participants');
  // Just under the comparison doc's cap, so every tiny update is one the guard should accept.
  const target = Math.min(COMPARISON_LIMITS.maxDocBytes - 60_000, 1_000_000);
  for (let i = 0; Y.encodeStateAsUpdate(doc).byteLength < target; i++) doc.transact(() => { for (let k = 0; k < 100; k++) pad.set(`cto-pad-${i}-${k}`, 'x'.repeat(80)); });
  const docBytes = Y.encodeStateAsUpdate(doc).byteLength;
  const wire = new Y.Doc();
  let refused = 0;
  // Checked at once per update (the app batches per frame; here each update is timed alone), no rate limit.
  const bridge = bridgeDocs(wire, doc, { ...COMPARISON_LIMITS, rate: undefined, entries: comparisonRules(doc, 'ceo') }, () => refused++, { schedule: (fn) => fn() });
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(wire));
  const times: number[] = [];
  let accepted = 0;
  for (let i = 0; i < 100; i++) {
    let update: Uint8Array | undefined;
    partner.once('update', (u: Uint8Array) => (update = u));
    partner.getMap('participants').set('cto', { ...presence('cto', 'Mallory'), n: i });
    const t0 = performance.now();
    Y.applyUpdate(wire, update!, 'peer');
    bridge.flush();
    times.push(performance.now() - t0);
    if ((doc.getMap('participants').get('cto') as { n?: number } | undefined)?.n === i) accepted++;
  }
  bridge.close();
  const sorted = [...times].sort((a, b) => a - b);
  return [
    ['guard_doc_size', Math.round(docBytes / 1024), 'KB'],
    ['guard_cost_per_remote_update_1mb_median', median(times), 'ms'],
    ['guard_cost_per_remote_update_1mb_p95', sorted[Math.floor(sorted.length * 0.95)], 'ms'],
    // Out of 100: a guard that refuses the updates is cheap for the wrong reason.
    ['guard_remote_updates_accepted', accepted, 'updates'],
    ['guard_remote_updates_refused', refused, 'updates'],
  ];
}

/**
 * A list cell the partner filled (a matrix row's Consulted): one edit of it here (add a name,
 * remove it, save it unchanged) at 1,000 and at 10,000 names. Ten times the names should cost
 * about ten times as much, not a hundred (a diff that looked each name up in the list did).
 */
export function floodedCellFigures(): [string, number, string][] {
  const out: [string, number, string][] = [];
  for (const n of [1_000, 10_000]) {
    const names = Array.from({ length: n }, (_, i) => `Person number ${i}`);
    const arr = new Y.Doc().getArray<string>('cell');
    arr.push(names);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const wanted of [[...names, `New ${i}`], names, names]) {
        const t0 = performance.now();
        applyListDiff(arr, wanted);
        times.push(performance.now() - t0);
      }
    }
    out.push([`list_cell_edit_${n / 1000}k_names_median`, median(times), 'ms']);
  }
  return out;
}
