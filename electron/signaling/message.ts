/**
 * Validation of one signaling frame, before anything is fanned out. Everything here is pure.
 *
 * y-webrtc's frames are shallow ({type, topic, data: "<base64 ciphertext>"}); a frame nested
 * deeper than MAX_JSON_DEPTH is refused by a linear scan of the text before JSON.parse runs,
 * so a 120,000-level publish costs one pass over at most `maxBytes` and can never make the
 * re-serialisation for the receivers throw.
 */
import type { RawData } from 'ws';

export const MAX_JSON_DEPTH = 16;
export const MAX_TOPIC_LENGTH = 512;

export type Message = { type: string; topics?: unknown; topic?: unknown; [k: string]: unknown };

/** At most `limit` occurrences of `{` and `[` in all (native indexOf: fast for base64 payloads). */
// A fast path only: its mutants can only make it answer "scan" where the scan was not needed (the
// scan decides alone), except `<=` on the limit, which a test at limit 0 pins.
// Stryker disable BlockStatement,StringLiteral,UnaryOperator,ArithmeticOperator,ConditionalExpression,BooleanLiteral
function fewBrackets(text: string, limit: number): boolean {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let i = text.indexOf(bracket); i !== -1; i = text.indexOf(bracket, i + 1)) {
      if (++count > limit) return false;
    }
  }
  return true;
}
// Stryker restore all

/** True when `text` opens more than `maxDepth` nested objects/arrays (brackets in strings do not count). */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  // Nesting needs brackets: with no more of them than the limit, there is nothing to scan.
  // Stryker disable next-line ConditionalExpression: (as false) skipping the fast path only runs the scan, which gives the same answer
  if (fewBrackets(text, maxDepth)) return false;
  let depth = 0;
  let inString = false;
  // Stryker disable next-line EqualityOperator: (as <=) charCodeAt past the end is NaN, which matches no branch
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function frameText(data: RawData | string, maxBytes: number): string | null {
  if (typeof data === 'string') return Buffer.byteLength(data) > maxBytes ? null : data;
  const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  return buf.byteLength > maxBytes ? null : buf.toString('utf8');
}

/**
 * Parses one frame; null for anything over `maxBytes`, nested deeper than `maxDepth`,
 * not JSON, or not a JSON object with a string `type`.
 */
export function parseSignalingMessage(data: RawData | string, maxBytes: number, maxDepth = MAX_JSON_DEPTH): Message | null {
  const text = frameText(data, maxBytes);
  if (text === null || exceedsJsonDepth(text, maxDepth)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  }
  // Stryker disable next-line BlockStatement: (emptied) `parsed` stays undefined, which the object check below refuses too
  catch {
    return null;
  }
  // Stryker disable next-line ConditionalExpression: (typeof check as false) a primitive has no string `type`, so the next line refuses it too
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  if (typeof (parsed as Message).type !== 'string') return null;
  return parsed as Message;
}

export function isTopic(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOPIC_LENGTH;
}

/** The valid topics of a subscribe/unsubscribe frame (anything else in the list is ignored). */
export function topicList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isTopic) : [];
}

/**
 * The frame every receiver of a publish gets, serialised once for all of them.
 * null if it cannot be serialised (never the receivers' problem: the publish is dropped).
 */
export function serialisePublish(message: Message, receivers: number): string | null {
  try {
    return JSON.stringify({ ...message, clients: receivers });
  } catch {
    return null;
  }
}
