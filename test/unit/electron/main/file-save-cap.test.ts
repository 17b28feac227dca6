// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, sanitizeFileName, suggestedFileName } from '../../../../electron/main/file-save';

/*
 * Review (import boundaries): the suggested name's cap went over 120 when the "extension" was long
 * (a negative slice reads from the end), could cut an emoji in half, and let format characters
 * (\p{Cf}: a RIGHT-TO-LEFT OVERRIDE showing "gpj.exe" as "exe.jpg", zero-width ones) through.
 */
const HALF_PAIR = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('the suggested file name', () => {
  it('stays within the cap when the part after the last dot is long', () => {
    const name = sanitizeFileName(`a.${'b'.repeat(200)}`);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toBe(`a.${'b'.repeat(MAX_FILE_NAME_LENGTH - 2)}`);
    const suggested = suggestedFileName(`plan.${'x'.repeat(130)}`, 'application/pdf');
    expect(suggested.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(suggested.endsWith('.pdf')).toBe(true);
  });

  it('stays within the cap once the mime’s extension is appended', () => {
    const suggested = suggestedFileName(`${'x'.repeat(300)}.sh`, 'text/markdown');
    expect(suggested.length).toBe(MAX_FILE_NAME_LENGTH);
    expect(suggested.endsWith('.md')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const name = sanitizeFileName(`a${'😀'.repeat(100)}.pdf`);
    expect(name).not.toMatch(HALF_PAIR);
    expect(name).toBe(`a${'😀'.repeat(57)}.pdf`);
  });

  it('drops format characters: bidi overrides, isolates, marks, zero-width ones', () => {
    expect(sanitizeFileName('plan\u202Efdp.exe')).toBe('planfdp.exe');
    expect(sanitizeFileName('a\u2066b\u2069\u200E\u200Fc\u200B\u200D\uFEFF\u00AD.md')).toBe('abc.md');
    // C1 controls as well as C0 ones.
    expect(sanitizeFileName('a\u0085b.md')).toBe('a-b.md');
  });
});
