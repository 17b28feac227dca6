import { describe, expect, it } from 'vitest';
import { parseInvite } from '../../../../shared/invite/invite-code';

const INVITE = { host: '192.168.1.20', port: 4317, room: 'k7m2q9xa4z', secret: 'h3k9x8d2m4p7q2w6' };

describe('invite codes pasted from a chat or typed with an IME', () => {
  it('invisible format characters (zero-width space, word joiner, soft hyphen) are dropped like spaces, not quoted back as an invalid address that looks valid', () => {
    for (const c of ['\u200b192.168.1.20:4317/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6', '192.168.1.20:4317/k7m2q9xa4z\u2060/h3k9-x8d2-m4p7-q2w6', '192.168.1.20:4317/k7m2q9xa4z/h3k9\u00ad-x8d2-m4p7-q2w6']) {
      expect(parseInvite(c)).toEqual({ ok: true, value: INVITE });
    }
  });

  it('dashes a chat app or word processor "corrected" (en dash, em dash, minus) read as the secret\'s dashes', () => {
    expect(parseInvite('192.168.1.20:4317/k7m2q9xa4z/h3k9–x8d2—m4p7−q2w6')).toEqual({ ok: true, value: INVITE });
  });

  it('full-width digits and punctuation from a CJK input method read as their ASCII forms', () => {
    expect(parseInvite('１９２．１６８．１．２０：４３１７／k7m2q9xa4z／h3k9-x8d2-m4p7-q2w6')).toEqual({ ok: true, value: INVITE });
  });
});
