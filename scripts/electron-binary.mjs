/**
 * Is Electron's binary installed? Mirrors node_modules/electron/index.js: path.txt names the
 * executable relative to node_modules/electron/dist (ELECTRON_OVERRIDE_DIST_PATH replaces dist).
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Pure: decides from what was read.
 * @param {{ electronDir: string, pathTxt: string | null, overrideDistPath?: string, exists: (p: string) => boolean }} input
 * @returns {{ ok: true, binaryPath: string } | { ok: false, reason: string }}
 */
export function resolveElectronBinary({ electronDir, pathTxt, overrideDistPath, exists }) {
  const relative = pathTxt?.trim();
  if (overrideDistPath) {
    const binaryPath = path.join(overrideDistPath, relative || 'electron');
    return exists(binaryPath) ? { ok: true, binaryPath } : { ok: false, reason: `no binary at ${binaryPath}` };
  }
  if (!relative) return { ok: false, reason: 'node_modules/electron/path.txt is missing' };
  const binaryPath = path.join(electronDir, 'dist', relative);
  if (!exists(binaryPath)) return { ok: false, reason: `no binary at node_modules/electron/dist/${relative}` };
  return { ok: true, binaryPath };
}

/** Reads the real files under `electronDir` (node_modules/electron) and resolves. */
export function checkElectronBinary(electronDir, env = process.env) {
  let pathTxt = null;
  try {
    pathTxt = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
  } catch {
    /* missing: reported by resolveElectronBinary */
  }
  return resolveElectronBinary({
    electronDir,
    pathTxt,
    overrideDistPath: env.ELECTRON_OVERRIDE_DIST_PATH,
    exists: (p) => fs.existsSync(p),
  });
}

/**
 * One short reason out of a failed download's output (install.js prints a stack trace):
 * the first line that looks like an error, without the "Error:" prefix, at most 120 characters.
 * @param {string} output
 */
export function shortDownloadReason(output) {
  const lines = String(output ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  const line =
    lines.find((l) => /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EACCES)\b/.test(l)) ??
    lines.find((l) => /error/i.test(l)) ??
    lines[0] ??
    'download failed';
  let cleaned = line.replace(/^(\w*Error|Error):\s*/, '');
  if (/^fetch failed$/i.test(cleaned)) cleaned = 'network unreachable: fetch failed';
  return cleaned.length > 120 ? `${cleaned.slice(0, 117)}...` : cleaned;
}

/** The one line printed when Electron cannot run. */
export function missingBinaryMessage(reason) {
  return `Accord: the Electron binary is not installed and could not be downloaded (${reason}) — run "npm run web" to use Accord in your browser.`;
}
