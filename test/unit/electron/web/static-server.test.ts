// @vitest-environment node
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startWebServer, type WebServer } from '../../../../electron/web/static-server';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/csp';
import { resolveStaticPath, shouldFallbackToIndex } from '../../../../electron/web/static-path';

let tmp: string;
let root: string;
let server: WebServer;

/** Raw request: Node's http client sends the path verbatim (no ../ normalisation). */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-web-'));
  root = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Accord</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'style.css'), 'body{}');
  fs.writeFileSync(path.join(root, '.secret'), 'hidden');
  fs.writeFileSync(path.join(tmp, 'outside.txt'), 'outside');
  fs.symlinkSync(path.join(tmp, 'outside.txt'), path.join(root, 'link.txt'));
  server = await startWebServer({
    root,
    host: '127.0.0.1',
    port: 0,
    signaling: true,
    networkInterfaces: () => ({ eth0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }] }),
  });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('static server (browser mode)', () => {
  it('serves index.html at / with the app CSP and security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Accord</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves assets with correct MIME types', async () => {
    const js = await get('/assets/app-123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await get('/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('refuses path traversal, encoded or not', async () => {
    for (const p of ['/../outside.txt', '/assets/../../outside.txt', '/%2e%2e/outside.txt', '/..%2Foutside.txt', '/%2e%2e%5coutside.txt']) {
      const res = await get(p);
      expect(res.status, p).toBe(403);
      expect(res.body).not.toContain('outside');
    }
  });

  it('does not follow symlinks out of the root, nor serve dotfiles', async () => {
    expect((await get('/link.txt')).status).toBe(403);
    expect((await get('/.secret')).status).toBe(403);
  });

  it('never lists directories and falls back to index.html for app routes', async () => {
    const dir = await get('/assets');
    expect(dir.body).toContain('<title>Accord</title>');
    expect(dir.body).not.toContain('app-123.js');
    const route = await get('/rounds/42?tab=plan');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Accord</title>');
  });

  it('404s missing assets instead of returning the app shell', async () => {
    const res = await get('/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('runs the signaling server on the same port under /signal', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/signal`);
    const reply = await new Promise<string>((resolve, reject) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'ping' })));
      ws.on('message', (d) => resolve(d.toString()));
      ws.on('error', reject);
    });
    ws.close();
    expect(JSON.parse(reply)).toEqual({ type: 'pong' });
  });

  it('has no host-info.json any more (LAN signaling is started on request)', async () => {
    expect((await get('/host-info.json')).status).toBe(404);
  });
});

describe('static path resolution (pure)', () => {
  it('resolves inside the root and refuses everything else', () => {
    expect(resolveStaticPath('/srv/app', '/assets/a.js')).toEqual({ kind: 'file', filePath: path.resolve('/srv/app/assets/a.js') });
    expect(resolveStaticPath('/srv/app', '/a%20b.js')).toEqual({ kind: 'file', filePath: path.resolve('/srv/app/a b.js') });
    for (const bad of ['/../x', '/a/../../x', '/%2e%2e/x', '/%00', '/%E0%A4%A', '/a\\..\\x', '/.git/config']) {
      expect(resolveStaticPath('/srv/app', bad).kind, bad).toBe('forbidden');
    }
  });

  it('falls back to index only for extension-less paths', () => {
    expect(shouldFallbackToIndex('/rounds/1')).toBe(true);
    expect(shouldFallbackToIndex('/assets/x.js')).toBe(false);
  });
});
