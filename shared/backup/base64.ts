/*
 * Standard base64 (RFC 4648, with padding), written out so the shared code needs
 * neither Buffer nor atob/btoa and can be strict about what it accepts.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = '='.charCodeAt(0);

export function toBase64(bytes: Uint8Array): string {
  // Written as ASCII codes into one buffer, decoded once: linear, no string building per byte.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i] << 16) | ((rest > 1 ? bytes[i + 1] : 0) << 8) | (rest > 2 ? bytes[i + 2] : 0);
    out[o++] = CODES[(n >> 18) & 63];
    out[o++] = CODES[(n >> 12) & 63];
    out[o++] = rest > 1 ? CODES[(n >> 6) & 63] : PAD;
    out[o++] = rest > 2 ? CODES[n & 63] : PAD;
  }
  return new TextDecoder('ascii').decode(out);
}

/** Decoded size of a well-formed base64 text, without decoding it. */
export function base64DecodedLength(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/** True for canonical padded base64 (length a multiple of 4, '=' only at the end). */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61 /* = */) {
      // '=' only in the last two places, and nothing but '=' after it.
      if (i < text.length - 2) return false;
      if (i === text.length - 2 && text.charCodeAt(i + 1) !== 61) return false;
    } else if (code >= 128 || LOOKUP[code] < 0) return false;
  }
  return true;
}

/** Decodes text that passed isBase64; throws a RangeError on anything else. */
export function fromBase64(text: string): Uint8Array {
  if (!isBase64(text)) throw new RangeError('not base64 text');
  const out = new Uint8Array(base64DecodedLength(text));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (LOOKUP[text.charCodeAt(i)] << 18) |
      (LOOKUP[text.charCodeAt(i + 1)] << 12) |
      ((text[i + 2] === '=' ? 0 : LOOKUP[text.charCodeAt(i + 2)]) << 6) |
      (text[i + 3] === '=' ? 0 : LOOKUP[text.charCodeAt(i + 3)]);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
