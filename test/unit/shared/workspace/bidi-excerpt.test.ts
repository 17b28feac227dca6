import { describe, expect, it } from 'vitest';
import { shownExcerpt } from '../../../../shared/workspace/bidi';

/* Untrusted text echoed in a refusal or shown as a file name (review: import boundaries). */

const RLO = '\u202E';
/** Half a surrogate pair (what a cut by UTF-16 units leaves). */
const HALF_PAIR = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

describe('shownExcerpt', () => {
  it('drops overrides, embeddings, marks and unclosed isolates, so the text cannot turn the message around', () => {
    expect(shownExcerpt(`backup${RLO}nosj.exe`, 80)).toBe('backupnosj.exe');
    expect(shownExcerpt('\u202A\u202B\u202C\u202D\u200E\u200Fa\u2066b', 80)).toBe('ab');
    // A closed isolate reaches no further than itself: kept, as the plan keeps it (bidi.ts).
    expect(shownExcerpt('a\u2067b\u2069c', 80)).toBe('a\u2067b\u2069c');
  });

  it('cuts by code points: never half a surrogate pair, and "…" when cut', () => {
    const faces = '😀'.repeat(50);
    const cut = shownExcerpt(faces, 40);
    expect(cut).toBe(`${'😀'.repeat(40)}…`);
    expect(cut).not.toMatch(HALF_PAIR);
    expect(shownExcerpt(`a${'😀'}`, 2)).toBe('a😀');
    expect(shownExcerpt('abc', 3)).toBe('abc');
  });

  it('an isolate the cut left open is dropped', () => {
    const cut = shownExcerpt(`${'x'.repeat(38)}\u2067ab\u2069`, 40);
    expect(cut).toBe(`${'x'.repeat(38)}a…`);
    expect(cut).not.toMatch(BIDI);
  });
});
