/**
 * Browser mode:  npm run web [-- --port 5173 --host 0.0.0.0 --build --no-signal]
 * Builds the renderer when dist/renderer is missing (or with --build), then serves it with
 * the LAN signaling server on the same port (ws://HOST:PORT/signal).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebServer } from '../electron/web/static-server.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(repoRoot, 'dist', 'renderer');

export interface WebArgs {
  host: string;
  port: number;
  build: boolean;
  signaling: boolean;
  root: string;
}

export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv): WebArgs {
  const args: WebArgs = {
    host: env.HOST || '0.0.0.0',
    port: Number(env.PORT || 5173),
    build: false,
    signaling: true,
    root: distDir,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') args.port = Number(value());
    else if (flag === '--host') args.host = value() ?? args.host;
    else if (flag === '--root') args.root = path.resolve(value() ?? args.root);
    else if (flag === '--build') args.build = true;
    else if (flag === '--no-signal') args.signaling = false;
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`invalid --port: ${args.port}`);
  return args;
}

function buildRenderer() {
  console.log('Accord: building the renderer (vite build)…');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('Accord: the renderer build failed.');
    process.exit(result.status ?? 1);
  }
}

async function main() {
  const args = parseWebArgs(process.argv.slice(2), process.env);
  if (args.build || !fs.existsSync(path.join(args.root, 'index.html'))) buildRenderer();
  const server = await startWebServer({ root: args.root, host: args.host, port: args.port, signaling: args.signaling });
  console.log(`Accord (browser mode) on ${server.url}`);
  if (args.host === '0.0.0.0') for (const url of server.lanUrls) console.log(`  LAN: ${url}`);
  if (server.hostInfo) console.log(`  signaling: ${server.hostInfo.signalingUrls.join(', ')}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: NodeJS.ErrnoException) => {
  const reason = err.code === 'EADDRINUSE' ? `port already in use (try --port)` : err.message;
  console.error(`Accord: could not start browser mode: ${reason}`);
  process.exit(1);
});
