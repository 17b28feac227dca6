// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkElectronBinary,
  missingBinaryMessage,
  resolveElectronBinary,
  shortDownloadReason,
} from '../../../scripts/electron-binary.mjs';

const dir = '/repo/node_modules/electron';

describe('resolveElectronBinary (pure)', () => {
  it('finds the binary named by path.txt under dist/', () => {
    const expected = path.join(dir, 'dist', 'electron');
    expect(resolveElectronBinary({ electronDir: dir, pathTxt: 'electron\n', exists: (p) => p === expected })).toEqual({
      ok: true,
      binaryPath: expected,
    });
  });

  it('reports a missing path.txt', () => {
    expect(resolveElectronBinary({ electronDir: dir, pathTxt: null, exists: () => true })).toEqual({
      ok: false,
      reason: 'node_modules/electron/path.txt is missing',
    });
  });

  it('reports path.txt pointing at a missing file', () => {
    const result = resolveElectronBinary({ electronDir: dir, pathTxt: 'Electron.app/Contents/MacOS/Electron', exists: () => false });
    expect(result).toEqual({ ok: false, reason: 'no binary at node_modules/electron/dist/Electron.app/Contents/MacOS/Electron' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const expected = path.join('/opt/electron', 'electron');
    expect(
      resolveElectronBinary({ electronDir: dir, pathTxt: null, overrideDistPath: '/opt/electron', exists: (p) => p === expected }),
    ).toEqual({ ok: true, binaryPath: expected });
  });
});

describe('checkElectronBinary (real files)', () => {
  it('reads path.txt and checks the file on disk', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-electron-'));
    try {
      expect(checkElectronBinary(tmp, {}).ok).toBe(false);
      fs.writeFileSync(path.join(tmp, 'path.txt'), 'electron');
      expect(checkElectronBinary(tmp, {}).ok).toBe(false);
      fs.mkdirSync(path.join(tmp, 'dist'));
      fs.writeFileSync(path.join(tmp, 'dist', 'electron'), '');
      expect(checkElectronBinary(tmp, {})).toEqual({ ok: true, binaryPath: path.join(tmp, 'dist', 'electron') });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('download failure message', () => {
  it('extracts one short reason from install.js output', () => {
    const undici = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (x.js:46:30)';
    expect(shortDownloadReason(undici)).toBe('network unreachable: fetch failed');
    expect(shortDownloadReason('RequestError: getaddrinfo ENOTFOUND github.com\n    at x')).toBe('getaddrinfo ENOTFOUND github.com');
    expect(shortDownloadReason('')).toBe('download failed');
    expect(shortDownloadReason(`Error: ${'x'.repeat(300)}`).length).toBe(120);
  });

  it('is one line that points to browser mode', () => {
    const line = missingBinaryMessage('network unreachable: fetch failed');
    expect(line).toBe(
      'Accord: the Electron binary is not installed and could not be downloaded (network unreachable: fetch failed) — run "npm run web" to use Accord in your browser.',
    );
    expect(line).not.toContain('\n');
  });
});
