/**
 * PDF export. In Electron the current window is printed with webContents.printToPDF
 * (print CSS hides everything but the plan) and saved through the save dialog. In browser
 * mode there is no printToPDF, so the browser's own print dialog is opened instead and
 * the user picks "Save as PDF".
 */
import type { PageSize } from '../../../shared/plan/types';
import type { Platform } from '../../platform';
import { withPdfInfo } from '../../../shared/plan/pdf-info';

export type PdfExportResult =
  | { kind: 'saved'; path?: string }
  | { kind: 'cancelled' }
  | { kind: 'print-dialog' };

/** Shown next to the button in browser mode. */
export const BROWSER_PRINT_NOTE = 'Your browser’s print dialog opens: choose “Save as PDF” as the destination, then Save.';

const PRINTING_CLASS = 'printing';

/** Two frames: React has committed and the browser has laid out (charts included). */
function afterLayout(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export async function exportPdf(platform: Platform, pageSize: PageSize, fileName: string, info?: { title: string; author: string }): Promise<PdfExportResult> {
  const root = document.documentElement;
  root.classList.add(PRINTING_CLASS);
  try {
    await document.fonts?.ready;
    await afterLayout();
    if (platform.kind === 'electron' && platform.printPdf) {
      const printed = await platform.printPdf(pageSize);
      // Title and author for the board's PDF reader; a file Chromium wrote differently is saved as printed.
      let bytes = printed;
      if (info) {
        try {
          bytes = withPdfInfo(printed, info);
        } catch {
          bytes = printed;
        }
      }
      root.classList.remove(PRINTING_CLASS);
      const res = await platform.saveFile(fileName, 'application/pdf', bytes);
      return res.saved ? { kind: 'saved', path: res.path } : { kind: 'cancelled' };
    }
    window.print();
    return { kind: 'print-dialog' };
  } finally {
    root.classList.remove(PRINTING_CLASS);
  }
}
