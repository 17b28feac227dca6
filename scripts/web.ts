/**
 * Browser mode:  npm run web [-- --port 5173 --host 0.0.0.0 --lan-port 0 --build --no-signal]
 * Builds the renderer when dist/renderer is missing (or with --build), then serves it on
 * http://127.0.0.1:PORT only, with signaling on the same port (ws://127.0.0.1:PORT/signal).
 * Nothing listens on the LAN until the page hosts a comparison; then signaling (only) listens
 * on --host (default 0.0.0.0: every LAN address) at --lan-port (default: a free port), until
 * the comparison ends. `--host 127.0.0.1` keeps even that on this machine (tests).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startWebServer } from '../electron/web/static-server.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(repoRoot, 'dist', 'renderer');

export interface WebArgs {
  /** Where LAN signaling listens while a comparison is hosted. */
  host: string;
  port: number;
  lanPort: number;
  build: boolean;
  signaling: boolean;
  root: string;
}

export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv): WebArgs {
  const args: WebArgs = {
    host: env.HOST || '0.0.0.0',
    port: Number(env.PORT || 5173),
    lanPort: 0,
    build: false,
    signaling: true,
    root: distDir,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') args.port = Number(value());
    else if (flag === '--host') args.host = value() ?? args.host;
    else if (flag === '--lan-port') args.lanPort = Number(value());
    else if (flag === '--root') args.root = path.resolve(value() ?? args.root);
    else if (flag === '--build') args.build = true;
    else if (flag === '--no-signal') args.signaling = false;
  }
  for (const [flag, port] of [['--port', args.port], ['--lan-port', args.lanPort]] as const) {
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid ${flag}: ${port}`);
  }
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
  const server = await startWebServer({
    root: args.root,
    host: args.host,
    port: args.port,
    lanPort: args.lanPort,
    signaling: args.signaling,
  });
  console.log(`Accord (browser mode) on ${server.url} (this computer only)`);
  if (server.lanSignaling) console.log(`  LAN signaling on ${args.host} only while you host a comparison`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isEntryPoint) main().catch((err: NodeJS.ErrnoException) => {
  const reason = err.code === 'EADDRINUSE' ? `port already in use (try --port)` : err.message;
  console.error(`Accord: could not start browser mode: ${reason}`);
  process.exit(1);
});
