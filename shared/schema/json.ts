import { MAX_FILE_BYTES, MAX_JSON_DEPTH } from './limits';
import { fail, ok, type Result } from './result';

/** UTF-8 size of a string, computed without TextEncoder or Buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Deepest bracket nesting outside strings, stopping as soon as it exceeds
 * `limit`. Runs before JSON.parse so hostile input never builds a deep tree.
 */
function findTooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > limit) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

/** Parses untrusted JSON text with size and nesting limits. Never throws. */
export function safeParseJson(
  text: unknown,
  maxBytes: number = MAX_FILE_BYTES,
  maxDepth: number = MAX_JSON_DEPTH,
): Result<unknown> {
  if (typeof text !== 'string') return fail(`input: expected JSON text, got ${typeof text}`);
  // A UTF-8 encoding is never shorter than the UTF-16 length, so this skips the byte count for huge input.
  const size = text.length > maxBytes ? text.length : utf8Length(text);
  if (size > maxBytes) {
    return fail(`input: too large, ${size} bytes or more, the limit is ${maxBytes} bytes`);
  }
  const deepAt = findTooDeep(text, maxDepth);
  if (deepAt !== undefined) {
    return fail(`input: nested deeper than ${maxDepth} levels (at character ${deepAt + 1})`);
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (err) {
    return fail(`input: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}
