/**
 * npm start: build renderer + Electron bundles, make sure Electron's binary exists (trying
 * Electron's own download once), then launch the app. Without a binary it prints one line
 * pointing to browser mode and exits 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { checkElectronBinary, missingBinaryMessage, shortDownloadReason } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function tryDownload() {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) return result.error.code === 'ETIMEDOUT' ? 'download timed out' : result.error.message;
  if (result.status !== 0) return shortDownloadReason(`${result.stderr}\n${result.stdout}`);
  return null;
}

async function main() {
  run('npx', ['vite', 'build']);
  await buildElectron();

  let check = checkElectronBinary(electronDir);
  if (!check.ok) {
    console.log('Accord: downloading the Electron binary…');
    const failure = tryDownload();
    check = checkElectronBinary(electronDir);
    if (!check.ok) {
      console.error(missingBinaryMessage(failure ?? check.reason));
      process.exit(1);
    }
  }

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(check.binaryPath, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err) => {
  console.error(`Accord: ${err.message ?? err}`);
  process.exit(1);
});
