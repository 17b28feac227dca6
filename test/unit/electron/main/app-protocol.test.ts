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
