/**
 * pdf:print — prints the calling window's current page with webContents.printToPDF.
 * The renderer lays out its print view (print CSS) first; main only chooses paper and footer.
 */
import type { PrintToPDFOptions, WebContents } from 'electron';
import type { PdfPrintRequest } from '../../shared/ipc.js';

/** Margins in inches (Electron's unit for printToPDF). */
export const PDF_MARGINS = { top: 0.5, bottom: 0.6, left: 0.5, right: 0.5 } as const;

/** Chromium fills .pageNumber / .totalPages; the header is empty on purpose. */
export const PDF_HEADER_TEMPLATE = '<span></span>';
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;font-family:system-ui,sans-serif;font-size:9px;color:#555;text-align:center;">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export function buildPrintToPdfOptions(request: PdfPrintRequest): PrintToPDFOptions {
  return {
    pageSize: request.pageSize,
    landscape: false,
    printBackground: true,
    margins: { ...PDF_MARGINS },
    displayHeaderFooter: true,
    headerTemplate: PDF_HEADER_TEMPLATE,
    footerTemplate: PDF_FOOTER_TEMPLATE,
    preferCSSPageSize: false,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}

/** Returns a plain Uint8Array (not a Buffer) so it crosses IPC as bytes. */
export async function printCurrentPage(
  sender: Pick<WebContents, 'printToPDF'>,
  request: PdfPrintRequest,
): Promise<Uint8Array> {
  const buf = await sender.printToPDF(buildPrintToPdfOptions(request));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength).slice();
}
