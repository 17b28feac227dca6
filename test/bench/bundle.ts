/**
 * `tsx test/bench/bundle.ts`: gzip size of the built renderer — what index.html loads before the
 * first paint (entry script + modulepreloads) and all JS — to record the cost of each library.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.env.BENCH_ROOT ?? 'dist/renderer');
const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(root, f)), { level: 9 }).length;

/** Gzip bytes of the JS files index.html names (entry + modulepreload). */
export function initialJsGzipBytes(dir = root): number {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
}

export function totalJsGzipBytes(dir = root): number {
  const assets = fs.readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  return assets.reduce((sum, f) => sum + gz(path.join('assets', f)), 0);
}

if (process.argv[1]?.endsWith('bundle.ts')) {
  console.log(`initial_js_gzip ${initialJsGzipBytes()} B`);
  console.log(`total_js_gzip ${totalJsGzipBytes()} B`);
}
