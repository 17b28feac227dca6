import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import type { HostileApi } from '../hostile/page';
import type { AnswerValue, Role } from '../../../shared/assessment/types';
import { FRAMEWORK } from '../../../shared/framework/content';
import { createCommitment } from '../../../shared/reveal/commitment';
import type { SealedPayload } from '../../../shared/reveal/types';

/**
 * The dishonest partner's laptop: the hostile page (plain yjs + y-webrtc, bundled here at
 * test time) served from a real loopback HTTP server — a page fulfilled by page.route may
 * not open WebSockets to loopback — in its own Chromium process, apart from the victim's.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = path.resolve(here, '../hostile/page.ts');

let bundle: Promise<string> | undefined;
function bundlePage(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

const HTML = '<!doctype html><html><head><meta charset="utf-8"><title>hostile</title></head><body><script src="page.js"></script></body></html>';

async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  const js = await bundlePage();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (url.pathname === '/' || url.pathname === '/index.html') res.writeHead(200, { 'content-type': 'text/html' }).end(HTML);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Api = HostileApi;
type Fn<K extends keyof Api> = Api[K] extends (...a: infer A) => infer R ? (...a: A) => Promise<Awaited<R>> : never;

export interface HostilePeer {
  page: Page;
  browser: Browser;
  /** Join the comparison room of an invite code shown by the real app. */
  join: Fn<'join'>;
  /** Join `<room>.workspace` with the same secret. */
  joinWorkspace: Fn<'joinWorkspace'>;
  set: Fn<'set'>;
  setJson: Fn<'setJson'>;
  setEmptyMap: Fn<'setEmptyMap'>;
  setInRow: Fn<'setInRow'>;
  del: Fn<'del'>;
  fill: Fn<'fill'>;
  flood: Fn<'flood'>;
  wipe: Fn<'wipe'>;
  pendingFlood: Fn<'pendingFlood'>;
  repeatedDeletes: Fn<'repeatedDeletes'>;
  resend: Fn<'resend'>;
  keepWaiting: Fn<'keepWaiting'>;
  releaseWaiting: Fn<'releaseWaiting'>;
  addToWaiting: Fn<'addToWaiting'>;
  askSync: Fn<'askSync'>;
  state: Fn<'state'>;
  stats: Fn<'stats'>;
  receivedIncludes: Fn<'receivedIncludes'>;
  openThird: Fn<'openThird'>;
  thirdStats: Fn<'thirdStats'>;
  close(): Promise<void>;
}

/** Start the hostile laptop (server + separate Chromium) and load its page. */
export async function launchHostilePeer(): Promise<HostilePeer> {
  const server = await serve();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => 'hostile' in window);
  const call =
    <K extends keyof Api>(name: K) =>
    (...args: unknown[]) =>
      page.evaluate(([n, a]) => (window as unknown as { hostile: Record<string, (...x: unknown[]) => unknown> }).hostile[n as string](...(a as unknown[])), [name, args] as const);
  const peer = {
    page,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  } as HostilePeer;
  for (const name of ['join', 'joinWorkspace', 'set', 'setJson', 'setEmptyMap', 'setInRow', 'del', 'fill', 'flood', 'wipe', 'pendingFlood', 'repeatedDeletes', 'resend', 'keepWaiting', 'releaseWaiting', 'addToWaiting', 'askSync', 'state', 'stats', 'receivedIncludes', 'openThird', 'thirdStats'] as const) {
    (peer as unknown as Record<string, unknown>)[name] = call(name);
  }
  return peer;
}

// ---- What a dishonest partner can compute on its own: the protocol is public, only the invite is secret.

const nodeDigest = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const randomHex = (bytes: number) => randomBytes(bytes).toString('hex');

/** A well-formed sealed payload with every statement scored `value` (what a forger would reveal). */
export function forgedPayload(role: Role, personName: string, value: AnswerValue): SealedPayload {
  const answers: SealedPayload['answers'] = {};
  for (const area of FRAMEWORK.areas) for (const s of area.statements) answers[s.id] = { value };
  return { role, personName, roundLabel: 'Quarterly reset', frameworkVersion: FRAMEWORK.version, answers, warnings: {}, sealedAt: new Date().toISOString() };
}

/** A commitment and the reveal that opens it, self-consistent (it verifies). */
export async function forgedSeal(role: Role, personName: string, value: AnswerValue) {
  const payload = forgedPayload(role, personName, value);
  const salt = randomHex(16);
  const commitment = await createCommitment(payload, salt, nodeDigest);
  return { commitment: { commitment, sealedAt: payload.sealedAt, name: personName }, reveal: { payload, salt } };
}

/** A commitment to any JSON value (what a forger can commit to: not necessarily a valid payload). */
export async function commitTo(value: object, salt: string): Promise<string> {
  return createCommitment(value as SealedPayload, salt, nodeDigest);
}

export function presence(role: Role, name: string, state: 'answering' | 'sealed' = 'answering') {
  return { id: `hostile-${role}`, name, role, state, at: new Date().toISOString() };
}

/**
 * Make the comparison doc as large as a guard that only lets the partner write its own slots
 * allows: a padded commitment, ack and reveal under the partner's role (~150 KB each, below
 * the per-entry cap), sent as separate updates a moment apart. The partner's presence stays
 * small: the flood replaces it. The padded ack lists no real commitment and goes first, so
 * when the commitment arrives an app that checks acks calls the room compromised before
 * anything of its user's leaves (that does not stop its sync). A commitment alone binds the
 * partner: sent first, it would rightly get the victim's reveal, and the flood stories would
 * measure a finished comparison instead of a compromised room.
 */
export async function fillOwnSlots(peer: HostilePeer, role: Role, name: string, padBytes = 150_000): Promise<number> {
  const pad = 'x'.repeat(padBytes);
  const at = new Date().toISOString();
  const pause = () => peer.page.waitForTimeout(500);
  await peer.set('acks', role, { ceo: '0'.repeat(64), cto: '0'.repeat(64), at, pad });
  await pause();
  await peer.set('reveals', role, { payload: { pad }, salt: randomHex(16) });
  await pause();
  await peer.set('commitments', role, { commitment: randomHex(32), sealedAt: at, name, pad });
  await pause();
  return padBytes * 3;
}
