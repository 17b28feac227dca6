// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, createAppProtocolHandler } from '../../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/csp';

let root: string;
let handler: (r: Request) => Promise<Response>;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-proto-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<title>Accord</title>');
  fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'x');
  handler = createAppProtocolHandler(root, (p) => fs.promises.readFile(p));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('accord:// protocol handler', () => {
  it('serves the app with the CSP header', async () => {
    const res = await handler(new Request(APP_URL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Accord');
    const js = await handler(new Request('accord://app/assets/a.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses other hosts and traversal; 404s missing assets; falls back for routes', async () => {
    expect((await handler(new Request('accord://evil/index.html'))).status).toBe(403);
    // WHATWG URL parsing already folds %2e%2e segments inside the host: the shell comes back, not the file.
    expect(await (await handler(new Request('accord://app/%2e%2e/%2e%2e/etc/passwd'))).text()).toContain('Accord');
    // Encoded slashes survive URL parsing and are refused by the path guard.
    expect((await handler(new Request('accord://app/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
    expect((await handler(new Request('accord://app/assets/nope.js'))).status).toBe(404);
    expect(await (await handler(new Request('accord://app/rounds/1'))).text()).toContain('Accord');
  });
});

describe('accord:// protocol handler: every refusal says what it is', () => {
  const textOf = async (res: Response) => ({ status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), body: await res.text() });
  const plain = (status: number, body: string) => ({ status, type: 'text/plain; charset=utf-8', csp: CONTENT_SECURITY_POLICY, body });

  it('a URL that does not parse is a 400; another scheme or host a 403; a write method a 405', async () => {
    expect(await textOf(await handler({ url: 'not a url', method: 'GET' } as Request))).toEqual(plain(400, 'Bad request'));
    expect(await textOf(await handler(new Request('https://app/index.html')))).toEqual(plain(403, 'Forbidden'));
    expect(await textOf(await handler(new Request('accord://evil/index.html')))).toEqual(plain(403, 'Forbidden'));
    expect(await textOf(await handler(new Request(APP_URL, { method: 'POST', body: 'x' })))).toEqual(plain(405, 'Method not allowed'));
    expect(await textOf(await handler(new Request('accord://app/..%2f..%2fetc%2fpasswd')))).toEqual(plain(403, 'Forbidden'));
    expect(await textOf(await handler(new Request('accord://app/assets/nope.js')))).toEqual(plain(404, 'Not found'));
  });

  it('HEAD is served like GET; / is the app shell; files are never cached stale', async () => {
    expect((await handler(new Request(APP_URL, { method: 'HEAD' }))).status).toBe(200);
    const shell = await handler(new Request('accord://app/'));
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    expect(await shell.text()).toContain('Accord');
  });

  it('a route with no app shell to fall back to is a 404, also when the shell cannot be read', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-proto-empty-'));
    try {
      const noShell = createAppProtocolHandler(empty, (p) => fs.promises.readFile(p));
      expect(await textOf(await noShell(new Request('accord://app/rounds/1')))).toEqual(plain(404, 'Not found'));
      const unreadable = createAppProtocolHandler(root, () => Promise.reject(new Error('EIO')));
      expect(await textOf(await unreadable(new Request('accord://app/rounds/1')))).toEqual(plain(404, 'Not found'));
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
