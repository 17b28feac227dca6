/**
 * Partner-written text (a name, a company, a decision) in the plan's sentences must not
 * reorder the sentence around it. Unicode bidi controls do exactly that: a RIGHT-TO-LEFT
 * OVERRIDE (U+202E) in the CTO's name turns "Sam (CTO) on 2026-01-02" after it around, and
 * an isolate left open runs to the end of the paragraph. So the plan keeps none of the
 * embeddings, overrides or marks, and only isolates that close (a closed isolate cannot
 * reach past itself). A name in a right-to-left script, which can pull the punctuation and
 * numbers next to it into its own direction ("شركة: 30-day" reading "30 :شركة-day"), is
 * wrapped in an isolate of its own (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE). Pure.
 */

/** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and the marks (LRM, RLM, ALM). */
const EMBEDDINGS_AND_MARKS = /[\u202A-\u202E\u200E\u200F\u061C]/g;
const ISOLATE_OPEN = new Set(['\u2066', '\u2067', '\u2068']);
const ISOLATE_CLOSE = '\u2069';
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Hebrew, Arabic, Syriac, Thaana, NKo and the rest of the right-to-left blocks. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** The text without embeddings, overrides or marks, and with only the isolates that close. */
export function withoutBidiOverrides(s: string): string {
  if (!/[\u202A-\u202E\u200E\u200F\u061C\u2066-\u2069]/.test(s)) return s;
  const chars = [...s.replace(EMBEDDINGS_AND_MARKS, '')];
  const open: number[] = [];
  const drop = new Set<number>();
  chars.forEach((c, i) => {
    if (ISOLATE_OPEN.has(c)) open.push(i);
    else if (c === ISOLATE_CLOSE) {
      if (open.length) open.pop();
      else drop.add(i);
    }
  });
  for (const i of open) drop.add(i);
  return chars.filter((_, i) => !drop.has(i)).join('');
}

/** A name or company as the plan prints it inside a sentence: cleaned, and isolated when it is right-to-left. */
export function isolatedName(s: string): string {
  const clean = withoutBidiOverrides(s);
  return RTL.test(clean) ? `${FSI}${clean}${PDI}` : clean;
}

/** Every string in a plain-data value (the plan) cleaned: whatever partner text reached a sentence, none reorders it. */
export function bidiSafe<T>(v: T): T {
  if (typeof v === 'string') return withoutBidiOverrides(v) as T;
  if (Array.isArray(v)) return v.map(bidiSafe) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = bidiSafe(x);
    return out as T;
  }
  return v;
}

/**
 * Untrusted text echoed in a refusal message or shown as a file's name (a value, a key, a file
 * name from a hostile file): without embeddings, overrides, marks or unclosed isolates, so it
 * cannot turn the message around it, and at most `max` characters counted by code point, "…"
 * when cut: a cut by UTF-16 units can leave half a surrogate pair, shown as "�". Cleaned again
 * after the cut, which may have left an isolate open.
 */
export function shownExcerpt(s: string, max: number): string {
  const chars = Array.from(withoutBidiOverrides(s));
  return chars.length > max ? `${withoutBidiOverrides(chars.slice(0, max).join(''))}…` : chars.join('');
}
