// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { buildWebPreferences, buildWindowOptions, createMainWindow } from '../../../../electron/main/window';

describe('buildWebPreferences', () => {
  it('locks the renderer down', () => {
    const prefs = buildWebPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
    expect('allowRunningInsecureContent' in prefs).toBe(false); // Electron default: off
  });

  it('enables DevTools only when asked (development)', () => {
    expect(buildWebPreferences('/p', { devTools: true }).devTools).toBe(true);
  });

  it('every window option set uses the same preferences', () => {
    expect(buildWindowOptions('/p').webPreferences).toEqual(buildWebPreferences('/p'));
    expect(buildWindowOptions('/p').show).toBe(false);
    expect(buildWindowOptions('/p', { icon: '/icons/accord.png' }).icon).toBe('/icons/accord.png');
    expect('icon' in buildWindowOptions('/p')).toBe(false);
  });
});

describe('createMainWindow (Electron mocked)', () => {
  it('builds the window with the preferences, sets the WebRTC policy and loads the app URL', () => {
    const instances: FakeWindow[] = [];
    class FakeWindow {
      options: unknown;
      webContents = { setWebRTCIPHandlingPolicy: vi.fn() };
      loadURL = vi.fn(async () => undefined);
      once = vi.fn();
      show = vi.fn();
      constructor(options: unknown) {
        this.options = options;
        instances.push(this);
      }
    }
    createMainWindow({
      BrowserWindow: FakeWindow as unknown as typeof BrowserWindow,
      preloadPath: '/pre.cjs',
      appUrl: 'accord://app/index.html',
    });
    const win = instances[0];
    expect((win.options as { webPreferences: unknown }).webPreferences).toEqual(buildWebPreferences('/pre.cjs'));
    expect(win.webContents.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('default');
    expect(win.loadURL).toHaveBeenCalledWith('accord://app/index.html');
    expect(win.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });
});
