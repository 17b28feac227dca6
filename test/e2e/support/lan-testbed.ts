/**
 * Two laptops on a LAN, for real: two network namespaces joined by a veth pair
 * (198.51.100.1 and .2, a documentation range, only inside namespaces made here), each running
 * its own `scripts/web.ts` and its own Chromium. The page is served from each laptop's own
 * loopback (a secure context, so Web Crypto works) and reaches the other laptop at its LAN address.
 *
 * `gateway: true` adds a default route via the other end (a Wi-Fi router with no internet);
 * without it Chromium gathers no usable host candidates and WebRTC cannot connect — the
 * cable / hotspot-without-route case.
 *
 * Everything made here is removed on close(), and on create() a sweep removes namespaces left
 * by runs whose process is gone (names carry the creator's pid). Needs root (`ip netns`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const PREFIX = 'accord-lan-';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..', '..');
export const NETNS_CHROMIUM = path.join(HERE, 'netns-chromium.sh');

export interface Laptop {
  ns: string;
  ip: string;
  port: number;
  /** The page's own loopback origin inside the namespace. */
  baseURL: string;
  launch(): Promise<Browser>;
}

export interface LanTestbed {
  a: Laptop;
  b: Laptop;
  gateway: boolean;
  close(): Promise<void>;
}

export interface TestbedOptions {
  gateway: boolean;
  port: number;
  /**
   * web.ts `--host` inside each namespace. The app itself is served on loopback only; LAN
   * signaling listens on this host (default 0.0.0.0 = the veth address) only while hosting.
   */
  bind?: string;
}

function ip(args: string[], opts: { quiet?: boolean } = {}): void {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.status !== 0 && !opts.quiet) throw new Error(`ip ${args.join(' ')}: ${(r.stderr || r.error?.message || '').trim()}`);
}

/** Why the test bed cannot run here, or null when it can (one line, for test.skip). */
export function testbedUnavailable(): string | null {
  if (process.platform !== 'linux') return `LAN test bed skipped: network namespaces need Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return `LAN test bed skipped: \`ip netns\` needs root (running as uid ${process.getuid?.()})`;
  const r = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  if (r.status !== 0) return `LAN test bed skipped: \`ip netns\` is unavailable (${(r.stderr || r.error?.message || 'no ip').trim()})`;
  return null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killNamespaceProcesses(ns: string) {
  const r = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' });
  for (const pid of (r.stdout ?? '').split(/\s+/).filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function removeNamespace(ns: string) {
  killNamespaceProcesses(ns);
  // Deleting the namespace also removes the veth end inside it (and so the pair).
  ip(['netns', 'del', ns], { quiet: true });
}

/** Remove namespaces with our prefix whose creating process is gone. */
export function sweepStaleNamespaces(): string[] {
  const r = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  const removed: string[] = [];
  for (const line of (r.stdout ?? '').split('\n')) {
    const name = line.split(' ')[0];
    const m = name.match(new RegExp(`^${PREFIX}(\\d+)-`));
    if (m && !alive(Number(m[1]))) {
      removeNamespace(name);
      removed.push(name);
    }
  }
  return removed;
}

/** Resolves once no address in `ns` is still in duplicate-address detection. */
async function waitForSettledAddresses(ns: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = spawnSync('ip', ['-n', ns, 'addr', 'show', 'tentative'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() === '') return;
    if (Date.now() > deadline) throw new Error(`addresses in ${ns} still tentative after ${timeoutMs} ms:\n${r.stdout}${r.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startServer(ns: string, port: number, bind: string, log: string[]): Promise<ChildProcess> {
  const child = spawn('ip', ['netns', 'exec', ns, path.join(REPO, 'node_modules/.bin/tsx'), 'scripts/web.ts', '--port', String(port), '--host', bind], {
    cwd: REPO,
    // Own process group: close() ends the server and tsx's child together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOST: undefined, PORT: undefined },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web.ts in ${ns} did not start:\n${log.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      if (log.join('').includes('Accord (browser mode) on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => log.push(c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web.ts in ${ns} exited (${code}):\n${log.join('')}`));
    });
  });
  return child;
}

export async function createLanTestbed(options: TestbedOptions): Promise<LanTestbed> {
  const unavailable = testbedUnavailable();
  if (unavailable) throw new Error(unavailable);
  sweepStaleNamespaces();
  const id = `${process.pid}-${crypto.randomBytes(3).toString('hex')}`;
  const short = crypto.randomBytes(4).toString('hex'); // interface names: 15 characters at most
  const names = { a: `${PREFIX}${id}-a`, b: `${PREFIX}${id}-b` };
  const veth = { a: `acl${short}a`, b: `acl${short}b` };
  const addrs = { a: '198.51.100.1', b: '198.51.100.2' };
  const bind = options.bind ?? process.env.ACCORD_LAN_BIND ?? '0.0.0.0';
  const servers: ChildProcess[] = [];
  const browsers: Browser[] = [];
  const made: string[] = [];

  const close = async () => {
    await Promise.allSettled(browsers.map((b) => b.close()));
    for (const child of servers) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    for (const ns of made) removeNamespace(ns);
  };

  try {
    for (const side of ['a', 'b'] as const) {
      ip(['netns', 'add', names[side]]);
      made.push(names[side]);
    }
    ip(['link', 'add', veth.a, 'netns', names.a, 'type', 'veth', 'peer', 'name', veth.b, 'netns', names.b]);
    for (const side of ['a', 'b'] as const) {
      const other = side === 'a' ? 'b' : 'a';
      ip(['-n', names[side], 'link', 'set', 'lo', 'up']);
      ip(['-n', names[side], 'addr', 'add', `${addrs[side]}/24`, 'dev', veth[side]]);
      ip(['-n', names[side], 'link', 'set', veth[side], 'up']);
      if (options.gateway) ip(['-n', names[side], 'route', 'add', 'default', 'via', addrs[other]]);
    }
    // Chromium treats an address change as a network change and aborts requests in flight
    // (net::ERR_NETWORK_CHANGED): the veth's IPv6 link-local address stays "tentative" for a
    // second or two after link up, and when it settles mid page-load the app's modules fail to
    // load. A laptop has long settled its addresses before anyone opens the app, so wait here.
    await Promise.all([waitForSettledAddresses(names.a), waitForSettledAddresses(names.b)]);
    const logs: string[][] = [[], []];
    servers.push(...(await Promise.all([startServer(names.a, options.port, bind, logs[0]), startServer(names.b, options.port, bind, logs[1])])));
  } catch (err) {
    await close();
    throw err;
  }

  const laptop = (side: 'a' | 'b'): Laptop => ({
    ns: names[side],
    ip: addrs[side],
    port: options.port,
    baseURL: `http://127.0.0.1:${options.port}`,
    async launch() {
      const base = chromiumLaunchOptions();
      const browser = await chromium.launch({
        ...base,
        executablePath: NETNS_CHROMIUM,
        env: { ...process.env, ACCORD_NETNS: names[side], ACCORD_CHROMIUM: base.executablePath ?? '/usr/bin/chromium' },
      });
      browsers.push(browser);
      return browser;
    },
  });
  if (!fs.existsSync(NETNS_CHROMIUM)) throw new Error(`missing ${NETNS_CHROMIUM}`);
  return { a: laptop('a'), b: laptop('b'), gateway: options.gateway, close };
}
