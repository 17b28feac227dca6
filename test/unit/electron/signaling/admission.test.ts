// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addressKey, admit, isAllowedOrigin } from '../../../../electron/signaling/admission';

describe('isAllowedOrigin', () => {
  it.each([undefined, 'accord://app', 'http://127.0.0.1:5173', 'http://localhost:1', 'http://[::1]:8080', 'http://127.0.0.1'])(
    'allows %s',
    (origin) => expect(isAllowedOrigin(origin)).toBe(true),
  );
  it.each([
    'null',
    '',
    'https://127.0.0.1:5173',
    'http://127.0.0.2:5173',
    'http://192.168.1.20:5173',
    'http://localhost.evil.example',
    'http://evil.example',
    'file:///index.html',
    'ws://127.0.0.1:1',
  ])('refuses %s', (origin) => expect(isAllowedOrigin(origin)).toBe(false));
});

describe('addressKey', () => {
  it('keys IPv4 (also IPv4-mapped) by address', () => {
    expect(addressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::FFFF:10.0.0.1')).toBe('10.0.0.1');
    expect(addressKey('::ffff:192.168.10.20')).toBe('192.168.10.20');
    // Only the whole address is IPv4-mapped: anything around it is plain IPv6.
    expect(addressKey('1::ffff:10.0.0.1')).toBe('1:0:0:0::/64');
    expect(addressKey('::ffff:10.0.0.1:5')).toBe('0:0:0:0::/64');
  });
  it('keys IPv6 by /64, whatever the notation', () => {
    const key = addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::1')).toBe(key);
    expect(addressKey('2001:db8:1:2::ffff:1')).toBe(key);
    expect(addressKey('2001:db8:1:3::1')).not.toBe(key);
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    // '::' standing for exactly one hextet, or closing the address.
    expect(addressKey('1:2:3:4:5:6::8')).toBe('1:2:3:4::/64');
    expect(addressKey('1:2:3:4:5:6:7::')).toBe('1:2:3:4::/64');
  });
  it('keeps odd shapes as they are, and names a missing address', () => {
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('1::2::3')).toBe('1::2::3');
    expect(addressKey('1:2:3')).toBe('1:2:3');
    expect(addressKey('1:2:3:4:5:6:7:8:9')).toBe('1:2:3:4:5:6:7:8:9');
    expect(addressKey('1:2:3:4:5:6:7::8')).toBe('1:2:3:4:5:6:7::8');
  });
});

describe('admit', () => {
  const limits = { maxClients: 10, maxClientsPerAddress: 3 };
  const from = (origin: string | undefined) => ({ origin, addressKey: 'a' });
  it('admits below both caps', () => {
    expect(admit(from(undefined), { total: 9, fromAddress: 2 }, limits)).toEqual({ ok: true });
  });
  it('refuses at the per-address cap with 429, at the global cap with 503', () => {
    expect(admit(from(undefined), { total: 3, fromAddress: 3 }, limits)).toMatchObject({ ok: false, status: 429 });
    expect(admit(from(undefined), { total: 10, fromAddress: 0 }, limits)).toMatchObject({ ok: false, status: 503 });
  });
  it('refuses a foreign origin with 403 before counting', () => {
    expect(admit(from('https://evil.example'), { total: 0, fromAddress: 0 }, limits)).toMatchObject({ ok: false, status: 403 });
  });
  it('each refusal says why', () => {
    expect(admit(from('https://evil.example'), { total: 0, fromAddress: 0 }, limits)).toEqual({ ok: false, status: 403, reason: 'origin not allowed' });
    expect(admit(from(undefined), { total: 3, fromAddress: 3 }, limits)).toEqual({ ok: false, status: 429, reason: 'too many connections from this address' });
    expect(admit(from(undefined), { total: 10, fromAddress: 0 }, limits)).toEqual({ ok: false, status: 503, reason: 'server full' });
  });
});
