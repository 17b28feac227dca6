/**
 * The single place where window security settings live (every window uses these).
 * Only `import type` from electron, so the pure parts run under plain Node tests.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { WEBRTC_IP_HANDLING_POLICY } from './webrtc.js';

export interface WebPreferenceOptions {
  /** DevTools are available in development only. */
  devTools?: boolean;
}

/** Insecure-content loading is left at Electron's default (off): the key never appears here. */
export function buildWebPreferences(preloadPath: string, options: WebPreferenceOptions = {}): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools ?? false,
  };
}

export function buildWindowOptions(
  preloadPath: string,
  options: WebPreferenceOptions & { icon?: string } = {},
): BrowserWindowConstructorOptions {
  return {
    title: 'Accord',
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: buildWebPreferences(preloadPath, options),
  };
}

export interface CreateMainWindowDeps {
  /** Electron's BrowserWindow class (injected: this module does not import electron). */
  BrowserWindow: typeof BrowserWindow;
  preloadPath: string;
  appUrl: string;
  devTools?: boolean;
  icon?: string;
}

export function createMainWindow(deps: CreateMainWindowDeps): BrowserWindow {
  const win = new deps.BrowserWindow(buildWindowOptions(deps.preloadPath, deps));
  // LAN peers: host candidates on every interface, also without a default route (see ./webrtc.ts).
  win.webContents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(deps.appUrl);
  return win;
}
