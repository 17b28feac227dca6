import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { startWebServer, type WebServer } from '../../electron/web/static-server';

/*
 * Reference pages served beside the app, so the app's figures can be read against
 * this machine's floor in the same run: a blank page with one tiny module (cold
 * load), the same page rendering one heading with React (the framework's own start,
 * which the app cannot go below), and a stock y-webrtc page (message latency through
 * `npm run signal`).
 */

const BLANK_HTML = '<!doctype html><meta charset="utf-8"><title>blank</title><script type="module" src="./tiny.js"></script>';
const TINY_JS = "document.body.textContent = 'ready';\nperformance.mark('blank:interactive');\n";

// React's own floor: one heading rendered with react-dom (production build, minified), the
// commit marked the way the app marks its first commit.
const REACT_ENTRY = `
import { createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
function Ready() {
  useEffect(() => { performance.mark('react:interactive'); }, []);
  return createElement('h1', null, 'ready');
}
createRoot(document.getElementById('root')).render(createElement(Ready));
`;
const REACT_HTML = '<!doctype html><meta charset="utf-8"><title>react</title><div id="root"></div><script type="module" src="./react.js"></script>';

// Stock y-webrtc, no Accord code: each page joins the room; `send` stamps a time into a
// Y.Map, and the other page records when the change arrives.
const STOCK_ENTRY = `
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
const params = new URLSearchParams(location.search);
const doc = new Y.Doc();
const provider = new WebrtcProvider(params.get('room'), doc, { signaling: [params.get('signal')], peerOpts: { config: { iceServers: [] } } });
const map = doc.getMap('bench');
window.__received = [];
map.observe((e) => {
  if (e.transaction.local) return;
  const at = performance.timeOrigin + performance.now();
  for (const k of e.keysChanged) window.__received.push({ k, sent: map.get(k), at });
});
window.__peers = () => provider.room ? provider.room.webrtcConns.size : 0;
window.__send = (k) => map.set(k, performance.timeOrigin + performance.now());
`;
const STOCK_HTML = '<!doctype html><meta charset="utf-8"><title>stock y-webrtc</title><script type="module" src="./stock.js"></script>';

export interface FloorPages {
  url: string;
  server: WebServer;
  dir: string;
}

export async function startFloorPages(): Promise<FloorPages> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-'));
  fs.writeFileSync(path.join(dir, 'index.html'), BLANK_HTML);
  fs.writeFileSync(path.join(dir, 'tiny.js'), TINY_JS);
  fs.writeFileSync(path.join(dir, 'stock.html'), STOCK_HTML);
  fs.writeFileSync(path.join(dir, 'react.html'), REACT_HTML);
  await build({
    stdin: { contents: REACT_ENTRY, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(dir, 'react.js'),
    logLevel: 'error',
  });
  await build({
    stdin: { contents: STOCK_ENTRY, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    outfile: path.join(dir, 'stock.js'),
    logLevel: 'error',
  });
  const server = await startWebServer({ root: dir, host: '127.0.0.1', port: 0, signaling: false });
  return { url: `http://127.0.0.1:${server.port}`, server, dir };
}

export async function stopFloorPages(p: FloorPages): Promise<void> {
  await p.server.close();
  fs.rmSync(p.dir, { recursive: true, force: true });
}

/** `npm run signal` on a free loopback port; resolves with its ws:// URL once it prints it. */
export function startSignalCli(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('npm', ['run', '--silent', 'signal', '--', '--host', '127.0.0.1', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`npm run signal did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /signaling on (ws:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
    child.on('exit', (code) => reject(new Error(`npm run signal exited (${code}): ${out}`)));
  });
}

/** Stops the signal CLI we started: its process group (npm → tsx → node), by id. */
export function stopSignalCli(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
