/**
 * file:save — a native save dialog, then fs.writeFile. Pure parts: name sanitising and the
 * extension allowlist (one extension per allowed mime, see SAVE_FILE_TYPES in shared/ipc.ts).
 */
import path from 'node:path';
import type { FileFilter, SaveDialogOptions } from 'electron';
import { SAVE_FILE_TYPES, type FileSaveRequest, type FileSaveResponse, type SaveMime } from '../../shared/ipc.js';

export const FALLBACK_FILE_NAME = 'accord-export';
export const MAX_FILE_NAME_LENGTH = 120;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const ALLOWED_EXTENSIONS = new Set<string>(Object.values(SAVE_FILE_TYPES).map((t) => t.ext));

export function extensionFor(mime: SaveMime): string {
  return SAVE_FILE_TYPES[mime].ext;
}

/**
 * A file name safe on Windows, macOS and Linux: no folders, control or reserved characters,
 * no leading dots (hidden files), no trailing dots/spaces, not a Windows device name.
 */
export function sanitizeFileName(name: unknown): string {
  if (typeof name !== 'string') return FALLBACK_FILE_NAME;
  let s = name.normalize('NFC');
  s = s.split(/[/\\]/).pop() ?? ''; // a "suggested name" never chooses the folder
  s = s.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '-');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  const base = s.split('.')[0];
  if (WINDOWS_RESERVED.test(base)) s = `_${s}`;
  if (s.length > MAX_FILE_NAME_LENGTH) {
    const ext = path.extname(s);
    s = s.slice(0, MAX_FILE_NAME_LENGTH - ext.length) + ext;
  }
  return s || FALLBACK_FILE_NAME;
}

/** Forces `.ext` of the mime: an allowed-but-wrong extension is replaced, anything else is kept and appended to. */
export function withExtension(fileName: string, mime: SaveMime): string {
  const ext = extensionFor(mime);
  const current = path.extname(fileName).slice(1).toLowerCase();
  if (current === ext) return fileName;
  const stem = current && ALLOWED_EXTENSIONS.has(current) ? fileName.slice(0, -(current.length + 1)) : fileName;
  return `${stem || FALLBACK_FILE_NAME}.${ext}`;
}

export function suggestedFileName(name: string, mime: SaveMime): string {
  return withExtension(sanitizeFileName(name), mime);
}

/** The dialog may return any name the user typed: keep their folder, enforce the extension. */
export function finalSavePath(chosenPath: string, mime: SaveMime): string {
  const dir = path.dirname(chosenPath);
  return path.join(dir, withExtension(path.basename(chosenPath), mime));
}

export function dialogFilters(mime: SaveMime): FileFilter[] {
  const type = SAVE_FILE_TYPES[mime];
  return [{ name: type.label, extensions: [type.ext] }];
}

export function buildSaveDialogOptions(request: FileSaveRequest, defaultDir: string): SaveDialogOptions {
  return {
    title: 'Save',
    defaultPath: path.join(defaultDir, suggestedFileName(request.suggestedName, request.mime)),
    filters: dialogFilters(request.mime),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
  /** Folder the dialog opens in, e.g. app.getPath('documents'). */
  defaultDir: string;
}

export async function saveFileWithDialog(request: FileSaveRequest, deps: SaveFileDeps): Promise<FileSaveResponse> {
  const result = await deps.showSaveDialog(buildSaveDialogOptions(request, deps.defaultDir));
  if (result.canceled || !result.filePath) return { saved: false };
  const target = finalSavePath(result.filePath, request.mime);
  await deps.writeFile(target, request.data);
  return { saved: true, path: target };
}
