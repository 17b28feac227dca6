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

  it('maps only the low 5 bits of each random byte, so every character is in the alphabet', () => {
    const token = randomToken(32, (n) => Uint8Array.from({ length: n }, (_, i) => 255 - i));
    expect(token).toMatch(/^[0-9a-hjkmnp-tv-z]{32}$/);
  });

  it('points at the /signal path of the host', () => {
    expect(signalingUrl({ host: '10.0.0.5', port: 5173, room: 'r', secret: 's' })).toBe('ws://10.0.0.5:5173/signal');
  });
});
