import * as v from 'valibot';

/**
 * The invite a host shows and a joiner types (or scans):
 *
 *   192.168.1.20:4317/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6
 *   └─ LAN host:port ─┘└─ room ─┘└──── secret ────┘
 *
 * The room id (50 random bits) names the y-webrtc room; the secret (80 random bits)
 * is the y-webrtc password that encrypts signaling, so a code with a wrong secret
 * can find the room but can read nothing in it. Crockford-style base32 without
 * look-alike letters keeps it typeable.
 */

export interface Invite {
  host: string;
  port: number;
  room: string;
  secret: string;
}

export const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ROOM_LENGTH = 10;
const SECRET_LENGTH = 16;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
/** Dotted-quad IPv4, each number 0–255 without leading zeros (some resolvers read 010 as octal). */
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** A name whose last label is a number is an IPv4 address to browsers (WHATWG URL), never a host name. */
const LOOKS_NUMERIC = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/;

export type InviteResult = { ok: true; value: Invite } | { ok: false; error: string };

/** `random` returns n random bytes (crypto.getRandomValues in the app). */
export function randomToken(length: number, random: (n: number) => Uint8Array): string {
  const bytes = random(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] & 31];
  return out;
}

export function newInvite(host: string, port: number, random: (n: number) => Uint8Array): Invite {
  return { host, port, room: randomToken(ROOM_LENGTH, random), secret: randomToken(SECRET_LENGTH, random) };
}

export function formatInvite(invite: Invite): string {
  const s = invite.secret;
  const secret = [s.slice(0, 4), s.slice(4, 8), s.slice(8, 12), s.slice(12, 16)].join('-');
  return `${invite.host}:${invite.port}/${invite.room}/${secret}`;
}

const quoted = (s: string) => `“${s.length > 60 ? `${s.slice(0, 60)}…` : s}”`;
const token = (n: number, part: string) =>
  v.pipe(
    v.string(),
    v.check((s) => s.length === n && [...s].every((c) => ALPHABET.includes(c)), `The ${part} part of the invite code must be ${n} letters or digits.`),
  );

/* Each part of a split code, checked in reading order; the first problem is the one shown. */
const parts = v.object({
  host: v.pipe(
    v.string(),
    v.check((h) => !LOOKS_NUMERIC.test(h) || IPV4.test(h), (i) => `${quoted(i.input as string)} is not a valid IPv4 address: four numbers from 0 to 255, without leading zeros.`),
    v.check((h) => IPV4.test(h) || HOST_NAME.test(h), (i) => `${quoted(i.input as string)} is not a valid host address.`),
  ),
  port: v.pipe(
    v.string(),
    // Number() would also read 0x10, 1e3 and 04317: only plain digits are a port.
    v.regex(/^[1-9]\d*$|^0$/, (i) => `The port in the invite code must be plain digits without a leading zero, like 4317 (not ${quoted(i.input as string)}).`),
    v.transform(Number),
    v.check((n) => n >= 1 && n <= 65535, 'The port in the invite code must be a number from 1 to 65535.'),
  ),
  room: token(ROOM_LENGTH, 'room'),
  secret: token(SECRET_LENGTH, 'secret'),
});

const code = v.pipe(
  v.string('The invite code must be text.'),
  v.maxLength(200, 'The invite code is too long (at most 200 characters).'),
  // What people actually type: spaces, upper case, missing dashes, ws:// prefixes. And what chats and
  // input methods turn it into: full-width forms (NFKC folds them to ASCII), invisible format characters
  // (zero-width space, word joiner, soft hyphen: else quoted back as an "invalid" address that looks right),
  // "corrected" dashes (en, em, minus).
  v.transform((input) =>
    input
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/^(?:wss?|https?|accord):\/\//, '')
      .split('/'),
  ),
  v.check((p) => p.length === 3, 'The invite code should look like 192.168.1.20:4317/room/secret.'),
  v.check((p) => p[0].lastIndexOf(':') >= 1, 'The invite code is missing the host address and port (before the first “/”).'),
  v.transform(([hostPort, room, secret]) => {
    const colon = hostPort.lastIndexOf(':');
    return { host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1), room, secret: secret.replace(/-/g, '') };
  }),
  parts,
);

/** Accepts what people actually type; refuses with one sentence that names the part at fault. */
export function parseInvite(input: unknown): InviteResult {
  const r = v.safeParse(code, input, { abortEarly: true });
  return r.success ? { ok: true, value: r.output } : { ok: false, error: r.issues[0].message };
}

/** The signaling URL for an invite (the host serves y-webrtc signaling under /signal). */
export function signalingUrl(invite: Invite): string {
  return `ws://${invite.host}:${invite.port}/signal`;
}
