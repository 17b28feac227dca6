// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, withSecurityHeaders } from '../../../../electron/main/csp';

describe('security headers on every app response', () => {
  it('the CSP allows nothing by default and only the app itself for scripts', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('replaces a CSP the response brought, whatever its case, and adds every other security header', () => {
    const out = withSecurityHeaders({ 'content-security-policy': ["default-src *"], 'x-frame-options': 'ALLOW', 'Content-Type': 'text/html' });
    expect(out['content-security-policy']).toBeUndefined();
    expect(out['x-frame-options']).toBeUndefined();
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(out['Content-Type']).toBe('text/html');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(out[k]).toEqual([v]);
    expect(Object.keys(out).length).toBe(Object.keys(SECURITY_HEADERS).length + 1);
  });

  it('works on a response without headers, and leaves the given object as it was', () => {
    expect(withSecurityHeaders(undefined)).toEqual(Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k, [v]])));
    const given = { 'Content-Security-Policy': 'x' };
    withSecurityHeaders(given);
    expect(given).toEqual({ 'Content-Security-Policy': 'x' });
  });
});
