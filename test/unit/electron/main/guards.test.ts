// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  handleWillNavigate,
  handleWindowOpen,
  installContentGuards,
  isAllowedNavigation,
  isSafeExternalUrl,
  permissionCheckHandler,
  permissionRequestHandler,
  type GuardableContents,
} from '../../../../electron/main/guards';

const APP = 'accord://app/index.html';

describe('isSafeExternalUrl', () => {
  it('accepts plain https links', () => {
    expect(isSafeExternalUrl('https://example.com/guide?x=1#y')).toBe(true);
  });
  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'smb://host/share',
    'accord://app/index.html',
    'https://user:pw@example.com',
    'https://',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('rejects %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
  it.each([undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com')])('rejects non-strings (%s)', (v) => {
    expect(isSafeExternalUrl(v)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows pages of the app', () => {
    expect(isAllowedNavigation('accord://app/index.html#/plan', APP)).toBe(true);
    expect(isAllowedNavigation('accord://app/other', APP)).toBe(true);
  });
  it('blocks everything else', () => {
    for (const url of ['https://example.com', 'accord://evil/index.html', 'file:///index.html', 'http://app/', 'garbage', '']) {
      expect(isAllowedNavigation(url, APP), url).toBe(false);
    }
  });
  it('with a file:// app URL only the same file is allowed', () => {
    const fileApp = 'file:///opt/Accord/dist/renderer/index.html';
    expect(isAllowedNavigation('file:///opt/Accord/dist/renderer/index.html#x', fileApp)).toBe(true);
    expect(isAllowedNavigation('file:///etc/passwd', fileApp)).toBe(false);
  });
  it('with an http app URL the origin must match', () => {
    expect(isAllowedNavigation('http://127.0.0.1:5173/x', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/x', 'http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('handleWindowOpen / handleWillNavigate', () => {
  it('always denies new windows, sending only safe links to the browser', () => {
    const open = vi.fn();
    expect(handleWindowOpen({ url: 'https://example.com' }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'file:///etc/passwd' }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: APP }, open)).toEqual({ action: 'deny' });
    expect(open.mock.calls).toEqual([['https://example.com']]);
  });

  it('blocks navigation away from the app', () => {
    const open = vi.fn();
    const inside = { preventDefault: vi.fn() };
    handleWillNavigate(inside, 'accord://app/index.html#/x', APP, open);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const away = { preventDefault: vi.fn() };
    handleWillNavigate(away, 'https://example.com', APP, open);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith('https://example.com');

    const bad = { preventDefault: vi.fn() };
    handleWillNavigate(bad, 'file:///etc/passwd', APP, open);
    expect(bad.preventDefault).toHaveBeenCalled();
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('permissions', () => {
  it('denies device and web permissions', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'display-capture', 'hid', 'serial']) {
      const cb = vi.fn();
      permissionRequestHandler(null, p, cb);
      expect(cb, p).toHaveBeenCalledWith(false);
      expect(permissionCheckHandler(null, p)).toBe(false);
    }
  });
  it('allows writing to the clipboard (copying an invite)', () => {
    const cb = vi.fn();
    permissionRequestHandler(null, 'clipboard-sanitized-write', cb);
    expect(cb).toHaveBeenCalledWith(true);
  });
});

describe('installContentGuards (Electron mocked)', () => {
  it('wires navigation, redirect, webview and window-open guards', () => {
    const listeners = new Map<string, (e: { preventDefault(): void; url: string }) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents = {
      on: (name: string, fn: (e: { preventDefault(): void; url: string }) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: 'deny' }) => (openHandler = fn),
    } as unknown as GuardableContents;
    const open = vi.fn();
    installContentGuards(contents, APP, open);
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    const ev = { preventDefault: vi.fn(), url: 'https://evil.example' };
    listeners.get('will-redirect')!(ev);
    expect(ev.preventDefault).toHaveBeenCalled();
    const wv = { preventDefault: vi.fn(), url: '' };
    listeners.get('will-attach-webview')!(wv);
    expect(wv.preventDefault).toHaveBeenCalled();
    expect(openHandler!({ url: 'https://x.example' })).toEqual({ action: 'deny' });
  });
});
