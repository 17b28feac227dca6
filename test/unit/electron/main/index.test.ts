// @vitest-environment node
/**
 * Boots the real esbuild bundle of electron/main/index.ts against a fake `electron` module
 * (the one thing that cannot exist here) and checks what main installs by what it does:
 * the permission handlers it registers deny, the guards it puts on every new web contents block,
 * LAN signaling stops with the window.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../../shared/ipc';
import { APP_URL } from '../../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/csp';

const repo = path.resolve(__dirname, '../../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-main-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Listener = (...a: unknown[]) => unknown;
type NavEvent = { preventDefault: ReturnType<typeof vi.fn>; url: string };

function fakeElectron() {
  const calls: string[] = [];
  const appHandlers = new Map<string, Listener>();
  const ipc = new Map<string, Listener>();
  const switches: [string, string | undefined][] = [];
  const session: { request?: Listener; check?: Listener; headers?: Listener } = {};
  const privileged: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  const dialogDefaults: { path?: string; owner?: unknown } = {};
  const windows: FakeWindow[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => (ready = r));
  class FakeWindow extends EventEmitter {
    webRtcPolicy?: string;
    url?: string;
    minimized = false;
    focused = false;
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    focus() {
      this.focused = true;
    }
    webContents = { setWebRTCIPHandlingPolicy: (p: string) => (this.webRtcPolicy = p) };
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
    }
    show() {}
    async loadURL(url: string) {
      this.url = url;
    }
    static getAllWindows = () => windows;
    static fromWebContents = (sender: unknown) => windows.find((w) => w.webContents === sender) ?? null;
  }
  const electron = {
    app: {
      getAppPath: () => repo,
      isPackaged: false,
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (calls.push('singleInstanceLock'), true),
      on: (name: string, fn: Listener) => appHandlers.set(name, fn),
      whenReady: () => readyPromise,
      quit: () => calls.push('quit'),
      quitCount: () => calls.filter((c) => c === 'quit').length,
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'documents' ? path.join(tmp, 'documents') : tmp),
      commandLine: {
        appendSwitch: (name: string, value?: string) => switches.push([name, value]),
        getSwitchValue: (name: string) => [...switches].reverse().find(([n]) => n === name)?.[1] ?? '',
      },
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        const options = args.at(-1) as { defaultPath: string };
        dialogDefaults.owner = args.length > 1 ? args[0] : undefined;
        dialogDefaults.path = options.defaultPath;
        return { canceled: false, filePath: path.join(tmp, 'saved-plan') };
      },
    },
    shell: { openExternal: vi.fn() },
    ipcMain: { handle: (c: string, fn: Listener) => ipc.set(c, fn), removeHandler: () => {} },
    protocol: {
      registerSchemesAsPrivileged: (s: { scheme: string; privileges?: Record<string, boolean> }[]) => {
        privileged.push(...s);
        calls.push(`privileged:${s.map((x) => x.scheme)}`);
      },
      handle: (scheme: string) => calls.push(`handle:${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (session.request = fn),
        setPermissionCheckHandler: (fn: Listener) => (session.check = fn),
        webRequest: { onHeadersReceived: (fn: Listener) => (calls.push('csp'), (session.headers = fn)) },
      },
    },
  };
  return { electron, calls, appHandlers, ipc, switches, session, windows, ready, dialogDefaults, privileged };
}

let fake: ReturnType<typeof fakeElectron>;

beforeAll(async () => {
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
  fake = fakeElectron();
  const mod = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
  const original = mod._load;
  mod._load = (req, ...rest) => (req === 'electron' ? fake.electron : original(req, ...rest));
  try {
    createRequire(import.meta.url)(outfile);
  } finally {
    mod._load = original;
  }
});

describe('main process bundle (Electron mocked)', () => {
  it('sets up before ready: privileged scheme, sandbox, single instance, WebRTC switches; no window yet', () => {
    expect(fake.calls.slice(0, 3)).toEqual(['privileged:accord', 'enableSandbox', 'singleInstanceLock']);
    expect(fake.windows).toHaveLength(0);
    expect([...fake.appHandlers.keys()]).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']));
  });

  it('switches off mDNS hiding of local IPs (Electron mocked: the command line is a fake)', () => {
    const disabled = fake.electron.app.commandLine.getSwitchValue('disable-features').split(',');
    expect(disabled).toContain('WebRtcHideLocalIpsWithMdns');
  });

  it('once ready: protocol, CSP, IPC, and one window with WebRTC on every interface (Electron mocked)', async () => {
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.calls).toEqual(expect.arrayContaining(['csp', 'handle:accord']));
    expect([...fake.ipc.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    const [win] = fake.windows;
    expect(win.url).toBe(APP_URL);
    expect(win.options.webPreferences).toMatchObject({
      preload: path.join(tmp, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(win.webRtcPolicy).toBe('default');
  });

  it('the app scheme is registered standard and secure, with V8 code cache on so every launch after the first skips compiling the app (Electron mocked)', () => {
    // Electron caches compiled code only for http(s) unless a custom scheme asks for it; without
    // it every launch parses and compiles the whole first chunk again (about a third of a cold
    // start in `npm run bench`'s traces).
    const accord = fake.privileged.find((p) => p.scheme === 'accord');
    expect(accord?.privileges).toMatchObject({ standard: true, secure: true, codeCache: true });
  });

  it('the permission handlers main installs deny every device and web permission (Electron mocked)', () => {
    const { request, check } = fake.session;
    expect(request && check).toBeTruthy();
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'openExternal', 'fullscreen', 'pointerLock', 'display-capture', 'clipboard-read', 'hid', 'serial', 'usb', 'idle-detection', 'storage-access']) {
      const granted = vi.fn();
      request!(null, permission, granted, {});
      expect(granted, permission).toHaveBeenCalledWith(false);
      expect(check!(null, permission, APP_URL, {}), permission).toBe(false);
    }
    const granted = vi.fn();
    request!(null, 'clipboard-sanitized-write', granted, {});
    expect(granted).toHaveBeenCalledWith(true);
  });

  it('every new web contents gets guards: no navigation away, no new windows, no webviews (Electron mocked)', () => {
    const contents = new EventEmitter() as EventEmitter & { openHandler?: (d: { url: string }) => unknown };
    Object.assign(contents, { setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => (contents.openHandler = fn) });
    fake.appHandlers.get('web-contents-created')!({}, contents);

    const nav = (event: string, url: string): NavEvent => {
      const e = { preventDefault: vi.fn(), url };
      contents.emit(event, e);
      return e;
    };
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(nav(event, 'https://evil.example/').preventDefault, event).toHaveBeenCalled();
      expect(nav(event, 'file:///etc/passwd').preventDefault, event).toHaveBeenCalled();
      expect(nav(event, `${APP_URL}#/plan`).preventDefault, event).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(contents.openHandler!({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'https://framework.example/guide' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal.mock.calls).toEqual([['https://evil.example/'], ['https://evil.example/'], ['https://evil.example/'], ['https://framework.example/guide']]);
  });

  it('LAN signaling started over IPC stops when the window closes (real server, Electron mocked)', async () => {
    const event = { senderFrame: { url: APP_URL }, sender: {} };
    const started = (await fake.ipc.get('signaling:start')!(event)) as { urls: string[]; port: number };
    expect(started.urls.at(-1)).toBe(`ws://127.0.0.1:${started.port}/signal`);
    const reachable = () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(started.port, '127.0.0.1');
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
    expect(await reachable()).toBe(true);
    fake.windows[0].emit('closed');
    await vi.waitFor(async () => expect(await reachable()).toBe(false));
  });

  it('refuses IPC from frames that are not the app (Electron mocked)', async () => {
    const event = { senderFrame: { url: 'https://evil.example/' }, sender: {} };
    await expect(Promise.resolve(fake.ipc.get('signaling:start')!(event))).rejects.toThrow(/untrusted sender/);
  });

  it('every response gets the app CSP and security headers, replacing what it brought (Electron mocked)', () => {
    let out: Record<string, unknown> | undefined;
    fake.session.headers!({ responseHeaders: { 'content-security-policy': ['default-src *'], Server: ['x'] } }, (r: { responseHeaders: Record<string, unknown> }) => (out = r.responseHeaders));
    expect(out!['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(out!['content-security-policy']).toBeUndefined();
    expect(out!.Server).toEqual(['x']);
  });

  it('app:info answers with the version and this platform (Electron mocked)', async () => {
    const event = { senderFrame: { url: APP_URL }, sender: {} };
    expect(await fake.ipc.get('app:info')!(event)).toEqual({ version: '0.1.0', platform: process.platform });
  });

  it('file:save asks where, over the app window, defaulting to Documents, and writes there (Electron dialog mocked)', async () => {
    const [win] = fake.windows;
    const event = { senderFrame: { url: APP_URL }, sender: win.webContents };
    const result = await fake.ipc.get('file:save')!(event, { suggestedName: 'Plan', mime: 'text/csv', data: 'a,b\n' });
    expect(result).toEqual({ saved: true, path: path.join(tmp, 'saved-plan.csv') });
    expect(fs.readFileSync(path.join(tmp, 'saved-plan.csv'), 'utf8')).toBe('a,b\n');
    expect(fake.dialogDefaults.path).toBe(path.join(tmp, 'documents', 'Plan.csv'));
    expect(fake.dialogDefaults.owner).toBe(win);
    // A sender that is no window of ours: the dialog opens without an owner.
    await fake.ipc.get('file:save')!({ senderFrame: { url: APP_URL }, sender: {} }, { suggestedName: 'Plan', mime: 'text/csv', data: '' });
    expect(fake.dialogDefaults.owner).toBeUndefined();
  });

  it('window closed: a second launch changes nothing; activate opens one window only when there is none; a second launch then restores it (Electron mocked)', () => {
    // The window was closed above ('closed'): a second launch has no window to bring back.
    expect(() => fake.appHandlers.get('second-instance')!()).not.toThrow();
    fake.appHandlers.get('activate')!();
    expect(fake.windows).toHaveLength(1); // the closed one is still listed: no new window
    fake.windows.length = 0;
    fake.appHandlers.get('activate')!();
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win.url).toBe(APP_URL);

    win.minimized = true;
    fake.appHandlers.get('second-instance')!();
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    expect(fake.windows).toHaveLength(1);
    win.focused = false;
    fake.appHandlers.get('second-instance')!();
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('quitting stops LAN signaling; closing every window quits except on macOS (real server, Electron mocked)', async () => {
    const event = { senderFrame: { url: APP_URL }, sender: {} };
    const started = (await fake.ipc.get('signaling:start')!(event)) as { port: number };
    const reachable = () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(started.port, '127.0.0.1');
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
    expect(await reachable()).toBe(true);
    fake.appHandlers.get('before-quit')!();
    await vi.waitFor(async () => expect(await reachable()).toBe(false));

    const quits = fake.electron.app.quitCount();
    fake.appHandlers.get('window-all-closed')!();
    await vi.waitFor(() => expect(fake.electron.app.quitCount()).toBe(process.platform === 'darwin' ? quits : quits + 1));
  });
});
