// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { buildPrintToPdfOptions, printCurrentPage, PDF_FOOTER_TEMPLATE } from '../../../../electron/main/pdf';

describe('buildPrintToPdfOptions', () => {
  it.each(['A4', 'Letter'] as const)('prints %s with background, margins and an "n / N" footer', (pageSize) => {
    const opts = buildPrintToPdfOptions({ pageSize });
    expect(opts).toMatchObject({ pageSize, printBackground: true, displayHeaderFooter: true, landscape: false });
    // A tagged PDF with an outline: screen readers and the board member's PDF viewer can navigate it; the page size is ours, not the CSS's.
    expect(opts).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, preferCSSPageSize: false });
    expect(opts.margins).toEqual({ top: 0.5, bottom: 0.6, left: 0.5, right: 0.5 });
    expect(opts.footerTemplate).toBe(PDF_FOOTER_TEMPLATE);
    expect(opts.footerTemplate).toMatch(/<span class="pageNumber"><\/span> \/ <span class="totalPages"><\/span>/);
    // An empty header template replaces Chromium's default date/title header.
    expect(opts.headerTemplate).toBe('<span></span>');
  });
});

describe('printCurrentPage (Electron mocked)', () => {
  it('prints the sender and returns a plain Uint8Array', async () => {
    const pdf = Buffer.from('%PDF-1.7 test');
    const sender = { printToPDF: vi.fn(async () => pdf) } as unknown as WebContents;
    const data = await printCurrentPage(sender, { pageSize: 'Letter' });
    expect(sender.printToPDF).toHaveBeenCalledWith(buildPrintToPdfOptions({ pageSize: 'Letter' }));
    expect(Buffer.isBuffer(data)).toBe(false);
    expect(data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(data).toString()).toBe('%PDF-1.7 test');
    // A copy: the bytes do not share the (pooled) buffer Electron handed back.
    expect(data.buffer).not.toBe(pdf.buffer);
    expect(data.byteLength).toBe(data.buffer.byteLength);
  });
});
