/**
 * Navigation, window-open, external-link and permission guards.
 * Tiny pure functions: side effects (opening a browser) are injected, so tests need no Electron.
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048;

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_EXTERNAL_URL_LENGTH) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Only plain https: links without credentials may leave the app (to the system browser). */
export function isSafeExternalUrl(value: unknown): value is string {
  const url = parseUrl(value);
  return !!url && url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
}

/**
 * Does `url` point into the app itself? Compares scheme and host explicitly (custom schemes
 * such as accord:// have an opaque `origin` in WHATWG URL). For file:// the exact page must match.
 */
export function isSameAppUrl(url: unknown, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!target || !app) return false;
  if (target.protocol !== app.protocol || target.username || target.password) return false;
  if (app.protocol === 'file:') return target.host === app.host && target.pathname === app.pathname;
  return app.host !== '' && target.host === app.host;
}

/** will-navigate / will-redirect: stay inside the app. */
export function isAllowedNavigation(url: unknown, appUrl: string): boolean {
  return isSameAppUrl(url, appUrl);
}

export type OpenExternal = (url: string) => void;

/** setWindowOpenHandler: never open a new Electron window; hand https links to the browser. */
export function handleWindowOpen(details: { url: string }, openExternal: OpenExternal): { action: 'deny' } {
  if (isSafeExternalUrl(details.url)) openExternal(details.url);
  return { action: 'deny' };
}

/** will-navigate: block leaving the app; https links go to the system browser instead. */
export function handleWillNavigate(
  event: { preventDefault(): void },
  url: string,
  appUrl: string,
  openExternal: OpenExternal,
): void {
  if (isAllowedNavigation(url, appUrl)) return;
  event.preventDefault();
  if (isSafeExternalUrl(url)) openExternal(url);
}

/**
 * Accord needs no device or web permission. Clipboard writes (copying an invite) are the one
 * thing a user action may do.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export function isPermissionAllowed(permission: unknown): boolean {
  return typeof permission === 'string' && ALLOWED_PERMISSIONS.includes(permission);
}

/** session.setPermissionRequestHandler */
export function permissionRequestHandler(
  _webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(isPermissionAllowed(permission));
}

/** session.setPermissionCheckHandler */
export function permissionCheckHandler(_webContents: unknown, permission: string): boolean {
  return isPermissionAllowed(permission);
}

/** The subset of WebContents the guards attach to. */
export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: { preventDefault(): void; url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Wire every guard onto a webContents (called from app 'web-contents-created'). */
export function installContentGuards(contents: GuardableContents, appUrl: string, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => handleWillNavigate(event, event.url, appUrl, openExternal));
  contents.on('will-redirect', (event) => handleWillNavigate(event, event.url, appUrl, openExternal));
  // Sub-frames too (the CSP allows none, this holds even if that changes).
  contents.on('will-frame-navigate', (event) => handleWillNavigate(event, event.url, appUrl, openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
}
