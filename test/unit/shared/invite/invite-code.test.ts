import { describe, expect, it } from 'vitest';
import { formatInvite, newInvite, parseInvite, randomToken, signalingUrl } from '../../../../shared/invite/invite-code';

const counter = (n: number) => Uint8Array.from({ length: n }, (_, i) => i);

describe('invite codes', () => {
  it('formats host, port, room and a dashed secret, and parses back to the same invite', () => {
    const invite = newInvite('192.168.1.20', 4317, counter);
    // bytes 0..9 → "0123456789"; bytes 0..15 → "0123456789abcdef"
    expect(invite.room).toBe('0123456789');
    expect(formatInvite(invite)).toBe('192.168.1.20:4317/0123456789/0123-4567-89ab-cdef');
    expect(parseInvite(formatInvite(invite))).toEqual({ ok: true, value: invite });
  });

  it('tolerates what people type: spaces, capitals, no dashes', () => {
    const r = parseInvite('  192.168.1.20:4317 / 0123456789 / 0123456789ABCDEF ');
    expect(r.ok && r.value.secret).toBe('0123456789abcdef');
  });

  it('refuses broken codes with a message that says which part is wrong', () => {
    expect(parseInvite('hello')).toMatchObject({ ok: false, error: expect.stringMatching(/should look like/) });
    expect(parseInvite('1.2.3.4:99999/0123456789/0123456789abcdef')).toMatchObject({ ok: false, error: expect.stringMatching(/port/) });
    expect(parseInvite('1.2.3.4:80/0123/0123456789abcdef')).toMatchObject({ ok: false, error: expect.stringMatching(/room/) });
    expect(parseInvite('1.2.3.4:80/0123456789/0123-4567-89ab-cdel')).toMatchObject({ ok: false, error: expect.stringMatching(/secret/) });
    expect(parseInvite('<script>:80/0123456789/0123456789abcdef')).toMatchObject({ ok: false, error: expect.stringMatching(/host/) });
    expect(parseInvite(42)).toMatchObject({ ok: false });
    expect(parseInvite('x'.repeat(500))).toMatchObject({ ok: false, error: expect.stringMatching(/too long/) });
  });

  it('refuses ports Number() would read leniently, and numbers that are not an IPv4 address', () => {
    const code = (hostPort: string) => parseInvite(`${hostPort}/0123456789/0123456789abcdef`);
    const plainDigits = 'The port in the invite code must be plain digits without a leading zero, like 4317';
    expect(code('1.2.3.4:0x10')).toEqual({ ok: false, error: `${plainDigits} (not “0x10”).` });
    expect(code('1.2.3.4:04317')).toEqual({ ok: false, error: `${plainDigits} (not “04317”).` });
    expect(code('1.2.3.4:1e3')).toEqual({ ok: false, error: `${plainDigits} (not “1e3”).` });
    expect(code('1.2.3.4:')).toEqual({ ok: false, error: `${plainDigits} (not “”).` });
    expect(code('1.2.3.4:0')).toEqual({ ok: false, error: 'The port in the invite code must be a number from 1 to 65535.' });
    expect(code('1.2.3.4:65536')).toEqual({ ok: false, error: 'The port in the invite code must be a number from 1 to 65535.' });
    const notIpv4 = 'is not a valid IPv4 address: four numbers from 0 to 255, without leading zeros.';
    expect(code('256.1.1.1:4317')).toEqual({ ok: false, error: `“256.1.1.1” ${notIpv4}` });
    expect(code('192.168.1.020:4317')).toEqual({ ok: false, error: `“192.168.1.020” ${notIpv4}` });
    expect(code('1.2.3:4317')).toEqual({ ok: false, error: `“1.2.3” ${notIpv4}` });
    expect(code('laptop.0x1f:4317')).toEqual({ ok: false, error: `“laptop.0x1f” ${notIpv4}` });
    expect(code('a..b:4317')).toEqual({ ok: false, error: '“a..b” is not a valid host address.' });
    // Still accepted: real addresses and names, ports at the edges.
    expect(code('0.0.0.0:1').ok).toBe(true);
    expect(code('255.255.255.255:65535').ok).toBe(true);
    expect(code('alex-laptop.local:4317').ok).toBe(true);
    expect(code('host1:4317').ok).toBe(true);
  });

  it('maps only the low 5 bits of each random byte, so every character is in the alphabet', () => {
    const token = randomToken(32, (n) => Uint8Array.from({ length: n }, (_, i) => 255 - i));
    expect(token).toMatch(/^[0-9a-hjkmnp-tv-z]{32}$/);
  });

  it('points at the /signal path of the host', () => {
    expect(signalingUrl({ host: '10.0.0.5', port: 5173, room: 'r', secret: 's' })).toBe('ws://10.0.0.5:5173/signal');
  });
});
