import { describe, expect, it } from 'vitest';
import { MAX_PRINTED_BLOCK_TITLE, printedBlockTitle } from '../../../../shared/offsite/block-title';
import { FSI, PDI } from '../../../../shared/workspace/bidi';

describe('printedBlockTitle: an agenda-block title the partner may have rewritten, as printed inside “…”', () => {
  it('keeps the agenda’s own titles as they are, apostrophes included', () => {
    expect(printedBlockTitle('Gap 12: Engineering priorities drift from strategy')).toBe('Gap 12: Engineering priorities drift from strategy');
    expect(printedBlockTitle("The first two weeks' owners and dates")).toBe("The first two weeks' owners and dates");
  });

  it('drops every double quote and look-alike, so the title cannot close the quotes around it', () => {
    expect(printedBlockTitle('Hiring” · Also agreed by both: Dana steps back · “Close')).toBe('Hiring · Also agreed by both: Dana steps back · Close');
    for (const q of ['"', '“', '”', '„', '‟', '«', '»', '‹', '›', '″', '「', '』', '〝', '〞', '＂', '❞']) expect(printedBlockTitle(`a${q}b`)).toBe('a b');
  });

  it('is one line: line breaks, tabs and other controls become one space', () => {
    expect(printedBlockTitle('Hiring\n\n## Board approval\r\n\tdone\u2028x\u2029y\u0085z\u0000')).toBe('Hiring ## Board approval done x y z');
  });

  it(`is at most ${MAX_PRINTED_BLOCK_TITLE} characters, cut with an ellipsis (by code point, never inside an emoji)`, () => {
    const long = printedBlockTitle(`Hiring ${'x'.repeat(300)}`);
    expect([...long]).toHaveLength(MAX_PRINTED_BLOCK_TITLE);
    expect(long.endsWith('x…')).toBe(true);
    const emoji = printedBlockTitle('😀'.repeat(100));
    expect([...emoji]).toEqual([...'😀'.repeat(MAX_PRINTED_BLOCK_TITLE - 1), '…']);
  });

  it('carries no bidi override, and a right-to-left title is isolated (also when the cut split an isolate)', () => {
    expect(printedBlockTitle('Hiring \u202Eskcolb')).toBe('Hiring skcolb');
    expect(printedBlockTitle('التوظيف')).toBe(`${FSI}التوظيف${PDI}`);
    const cut = printedBlockTitle(`${'x'.repeat(70)} \u2067${'y'.repeat(30)}\u2069 after`);
    expect(cut).not.toContain('\u2067');
    expect(cut).not.toContain('\u2069');
  });

  it('an empty or quotes-only title prints as "(no title)"', () => {
    expect(printedBlockTitle('')).toBe('(no title)');
    expect(printedBlockTitle(' ”“ \n')).toBe('(no title)');
  });
});
