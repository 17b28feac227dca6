/**
 * A capture's or parked item's agenda-block title as the summary and the plan print it.
 * The title is context either laptop writes, outside what both leaders confirm (the
 * capture hash covers the body only: capture-agreement.ts), so the partner can rewrite it
 * after both confirmed. Printed inside quotes, it must not be able to leave them or pass
 * for more of the document: one line, no double-quote marks (an apostrophe stays: "The
 * first two weeks' owners and dates" is a real title), at most MAX_PRINTED_BLOCK_TITLE
 * characters, and isolated when right-to-left (bidi.ts). Pure.
 */
import { isolatedName } from '../workspace/bidi';

/** The agenda's own titles are under 60 characters ("Gap 12: Engineering priorities drift from strategy"). */
export const MAX_PRINTED_BLOCK_TITLE = 80;

/** Double quotes and their look-alikes, straight, curly, low, guillemets, CJK and full-width: any could close “…”. */
const QUOTES = /["\u00AB\u00BB\u201C-\u201F\u2033\u2036\u2039\u203A\u275D\u275E\u300C-\u300F\u301D-\u301F\uFF02\u{1F676}-\u{1F678}]/gu;
/** Control characters (line feed, tab, NEL…) and the line and paragraph separators. */
const BREAKS = /[\p{Cc}\u2028\u2029]/gu;

export function printedBlockTitle(title: string): string {
  const line = title.replace(QUOTES, ' ').replace(BREAKS, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  const capped = chars.length > MAX_PRINTED_BLOCK_TITLE ? `${chars.slice(0, MAX_PRINTED_BLOCK_TITLE - 1).join('').trimEnd()}…` : line;
  // Last: cutting may have left an isolate open, which isolatedName drops (bidi.ts).
  return isolatedName(capped) || '(no title)';
}
