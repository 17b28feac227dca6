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
const HOST = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)$/;

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

/** Accepts what people actually type: spaces, upper case, missing dashes, ws:// prefixes. */
export function parseInvite(input: unknown): InviteResult {
  if (typeof input !== 'string') return { ok: false, error: 'The invite code must be text.' };
  if (input.length > 200) return { ok: false, error: 'The invite code is too long (at most 200 characters).' };
  const text = input.trim().toLowerCase().replace(/\s+/g, '').replace(/^(?:wss?|https?|accord):\/\//, '');
  const parts = text.split('/');
  if (parts.length !== 3) return { ok: false, error: 'The invite code should look like 192.168.1.20:4317/room/secret.' };
  const [hostPort, room, rawSecret] = parts;
  const colon = hostPort.lastIndexOf(':');
  if (colon < 1) return { ok: false, error: 'The invite code is missing the host address and port (before the first “/”).' };
  const host = hostPort.slice(0, colon);
  const port = Number(hostPort.slice(colon + 1));
  if (!HOST.test(host)) return { ok: false, error: `“${host}” is not a valid host address.` };
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, error: 'The port in the invite code must be a number from 1 to 65535.' };
  const secret = rawSecret.replace(/-/g, '');
  const valid = (s: string, n: number) => s.length === n && [...s].every((c) => ALPHABET.includes(c));
  if (!valid(room, ROOM_LENGTH)) return { ok: false, error: `The room part of the invite code must be ${ROOM_LENGTH} letters or digits.` };
  if (!valid(secret, SECRET_LENGTH)) return { ok: false, error: `The secret part of the invite code must be ${SECRET_LENGTH} letters or digits.` };
  return { ok: true, value: { host, port, room, secret } };
}

/** The signaling URL for an invite (the host serves y-webrtc signaling under /signal). */
export function signalingUrl(invite: Invite): string {
  return `ws://${invite.host}:${invite.port}/signal`;
}
