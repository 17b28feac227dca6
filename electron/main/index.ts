/**
 * Electron main: app lifecycle only. Every decision lives in the small modules next to this
 * file (and is unit-tested without Electron); this file wires them to Electron's APIs.
 * Nothing network-related starts until the renderer calls signaling:start; it stops on
 * signaling:stop, when the window closes, and on quit.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, createAppProtocolHandler } from './app-protocol.js';
import { withSecurityHeaders } from './csp.js';
import { saveFileWithDialog } from './file-save.js';
import {
  installContentGuards,
  isSafeExternalUrl,
  permissionCheckHandler,
  permissionRequestHandler,
  type GuardableContents,
} from './guards.js';
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers.js';
import { printCurrentPage } from './pdf.js';
import { createSignalingController } from './signaling-control.js';
import { applyWebRtcSwitches } from './webrtc.js';
import { createMainWindow } from './window.js';
import { startSignalingServer } from '../signaling/server.js';

// Bundled to dist-electron/main.cjs: __dirname is dist-electron/, the app root is one up.
const appRoot = app.getAppPath();
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const isDev = !app.isPackaged;

const signaling = createSignalingController(startSignalingServer, { host: '0.0.0.0', port: 0, urlPath: '/signal' });
let mainWindow: BrowserWindow | null = null;

function openExternal(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  void shell.openExternal(url);
}

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
applyWebRtcSwitches(app.commandLine); // plain host IPs for LAN peers; why: ./webrtc.ts

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    installContentGuards(contents as unknown as GuardableContents, APP_URL, openExternal);
  });

  app.on('window-all-closed', () => {
    void signaling.stop().finally(() => {
      if (process.platform !== 'darwin') app.quit();
    });
  });

  app.on('before-quit', () => {
    void signaling.stop();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler(permissionRequestHandler);
    ses.setPermissionCheckHandler(permissionCheckHandler);
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
    });
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, (p) => fs.readFile(p)));

    const handlers = createIpcHandlers({
      saveFile: (ctx, request) => {
        const owner = BrowserWindow.fromWebContents(ctx.sender);
        return saveFileWithDialog(request, {
          showSaveDialog: (options) => (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)),
          writeFile: (filePath, data) => fs.writeFile(filePath, data),
          defaultDir: app.getPath('documents'),
        });
      },
      printToPdf: (ctx, request) => printCurrentPage(ctx.sender, request),
      signaling,
      appInfo: () => ({ version: app.getVersion(), platform: process.platform }),
    });
    registerIpcHandlers(ipcMain, handlers, APP_URL);
    openMainWindow();
  });
}

function openMainWindow(): void {
  mainWindow = createMainWindow({ BrowserWindow, preloadPath, appUrl: APP_URL, devTools: isDev });
  mainWindow.on('closed', () => {
    mainWindow = null;
    void signaling.stop(); // no LAN listener outlives the window that hosted
  });
}
