// @vitest-environment node
/**
 * Boots the real esbuild bundle of electron/main/index.ts against a fake `electron` module
 * (the one thing that cannot exist here) and checks the lifecycle wiring.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import { build } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../../shared/ipc';
import { APP_URL } from '../../../../electron/main/app-protocol';

const repo = path.resolve(__dirname, '../../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-main-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function fakeElectron() {
  const calls: string[] = [];
  const appHandlers = new Map<string, (...a: unknown[]) => void>();
  const ipcChannels: string[] = [];
  const windows: { options: { webPreferences: Record<string, unknown> }; url?: string }[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => (ready = r));
  class BrowserWindow {
    webContents = { setWebRTCIPHandlingPolicy: (p: string) => calls.push(`webrtc:${p}`) };
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    async loadURL(url: string) {
      (this as { url?: string }).url = url;
    }
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
  }
  const electron = {
    app: {
      getAppPath: () => repo,
      isPackaged: false,
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (calls.push('singleInstanceLock'), true),
      on: (name: string, fn: (...a: unknown[]) => void) => appHandlers.set(name, fn),
      whenReady: () => readyPromise,
      quit: () => calls.push('quit'),
      getVersion: () => '0.1.0',
      getPath: () => tmp,
    },
    BrowserWindow,
    dialog: {},
    shell: { openExternal: vi.fn() },
    ipcMain: { handle: (c: string) => ipcChannels.push(c), removeHandler: () => {} },
    protocol: {
      registerSchemesAsPrivileged: (s: { scheme: string }[]) => calls.push(`privileged:${s.map((x) => x.scheme)}`),
      handle: (scheme: string) => calls.push(`handle:${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('permissionRequest'),
        setPermissionCheckHandler: () => calls.push('permissionCheck'),
        webRequest: { onHeadersReceived: () => calls.push('csp') },
      },
    },
  };
  return { electron, calls, appHandlers, ipcChannels, windows, ready };
}

describe('main process bundle (Electron mocked)', () => {
  it('wires security, protocol and IPC, and opens the window only once ready', async () => {
    const outfile = path.join(tmp, 'main.cjs');
    await build({
      entryPoints: [path.join(repo, 'electron/main/index.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      logLevel: 'silent',
    });
    const fake = fakeElectron();
    const mod = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
    const original = mod._load;
    mod._load = (req, ...rest) => (req === 'electron' ? fake.electron : original(req, ...rest));
    try {
      createRequire(import.meta.url)(outfile);
    } finally {
      mod._load = original;
    }
    expect(fake.calls.slice(0, 3)).toEqual(['privileged:accord', 'enableSandbox', 'singleInstanceLock']);
    expect(fake.windows).toHaveLength(0);
    expect([...fake.appHandlers.keys()]).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']));

    fake.ready();
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.calls).toEqual(expect.arrayContaining(['permissionRequest', 'permissionCheck', 'csp', 'handle:accord']));
    expect(fake.ipcChannels.sort()).toEqual([...IPC_CHANNELS].sort());
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0].url).toBe(APP_URL);
    expect(fake.windows[0].options.webPreferences).toMatchObject({
      preload: path.join(tmp, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(fake.calls).toContain('webrtc:default_public_and_private_interfaces');
  });
});
