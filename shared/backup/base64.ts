import { fromBase64 as lib0FromBase64, toBase64 } from 'lib0/buffer';

/*
 * Standard base64 (RFC 4648, padded) from lib0 (already shipped with Yjs). lib0
 * decodes leniently (atob or Buffer skip what they do not know), so an untrusted
 * backup is first checked against the strict padded form here.
 */
export { toBase64 };

// A single character-class search: a whole-text pattern with a repeated group overflows
// the regex engine's stack on a multi-megabyte backup.
const NOT_ALPHABET = /[^A-Za-z0-9+/]/;

/** True for padded base64 (length a multiple of 4, '=' only at the end). */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return !NOT_ALPHABET.test(pad ? text.slice(0, -pad) : text);
}

/** Decoded size of a well-formed base64 text, without decoding it. */
export function base64DecodedLength(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/** Decodes text that passed isBase64; throws a RangeError on anything else. */
export function fromBase64(text: string): Uint8Array {
  if (!isBase64(text)) throw new RangeError('not base64 text');
  return lib0FromBase64(text);
}
