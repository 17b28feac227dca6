/**
 * Stand-alone signaling server:  npm run signal [-- --host 0.0.0.0 --port 4444]
 * Listens on loopback unless --host (or HOST) names a LAN address or 0.0.0.0: exposing it on
 * the network is an explicit choice. Prints `signaling on ws://HOST:PORT` (the actual port when
 * --port 0) and runs until SIGINT/SIGTERM.
 */
import { startSignalingServer } from './server.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { wsUrl } from './lan.js';

export interface CliOptions {
  host: string;
  port: number;
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliOptions {
  const opts: CliOptions = { host: env.HOST || '127.0.0.1', port: Number(env.PORT ?? 4444) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined]; // [arg] when it has no '='
    const value = () => inline ?? argv[++i];
    if (flag === '--host') opts.host = value() ?? opts.host;
    else if (flag === '--port') opts.port = Number(value());
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`invalid --port: ${opts.port}`);
  }
  return opts;
}

// Stryker disable all: the process entry point of `npm run signal` runs only in a process of its
// own, which Stryker's in-process mutant switching cannot reach; parseCliArgs above is mutated.
async function main() {
  let opts: CliOptions;
  try {
    opts = parseCliArgs(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(`signaling: ${(err as Error).message}`);
    process.exit(2);
  }
  const server = await startSignalingServer({ host: opts.host, port: opts.port });
  console.log(`signaling on ${wsUrl(server.host, server.port)}`);
  if (server.host === '0.0.0.0') for (const url of server.urls) console.log(`  LAN: ${url}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isEntryPoint) main().catch((err: NodeJS.ErrnoException) => {
  console.error(`signaling: ${err.code === 'EADDRINUSE' ? 'port already in use' : err.message}`);
  process.exit(1);
});
