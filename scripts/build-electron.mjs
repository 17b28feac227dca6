/**
 * Bundles the Electron main process and the preload with esbuild:
 *   electron/main/index.ts    → dist-electron/main.cjs
 *   electron/preload/index.ts → dist-electron/preload.cjs (one file: a sandboxed preload cannot require local modules)
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');
const production = process.env.NODE_ENV === 'production' || process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: production ? false : 'linked',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

export async function buildElectron() {
  await Promise.all([
    build({ ...common, entryPoints: [path.join(root, 'electron/main/index.ts')], outfile: path.join(outdir, 'main.cjs') }),
    build({ ...common, entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile: path.join(outdir, 'preload.cjs') }),
  ]);
  return { main: path.join(outdir, 'main.cjs'), preload: path.join(outdir, 'preload.cjs') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron()
    .then(({ main, preload }) => console.log(`built ${path.relative(root, main)} and ${path.relative(root, preload)}`))
    .catch((err) => {
      console.error(err.message ?? err);
      process.exit(1);
    });
}
