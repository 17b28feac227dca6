import { digest } from 'lib0/hash/sha256';
import { toHex } from '../../shared/reveal/commitment';
import type { Digest, SyncDigest } from '../../shared/reveal/types';

/**
 * Hex SHA-256 of UTF-8 text, computed in the calling task with lib0's SHA-256 rather than
 * Web Crypto: `crypto.subtle.digest` answers in a later task, and on a busy page that task
 * queues behind renders — a partner's reveal then waited 2–14 ms (traced) for a hash that
 * takes well under a millisecond here (payloads are a few KB).
 */
export const sha256HexNow: SyncDigest = (text) => toHex(digest(new TextEncoder().encode(text)));

/** The same behind the async Digest contract (sealed files); awaiting it costs a microtask only. */
export const sha256Hex: Digest = (text) => Promise.resolve(sha256HexNow(text));

export function randomHex(bytes: number): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}
