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

/** An extension longer than this is no extension worth keeping whole when a name is cut (".markdown" is 9). */
const MAX_KEPT_EXTENSION = 16;

/** `s` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair (an emoji). */
function cutAt(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * At most MAX_FILE_NAME_LENGTH, an extension of up to MAX_KEPT_EXTENSION kept after the cut stem.
 * A longer "extension" (a name with a dot early on) is cut like the rest: keeping it would leave
 * the stem a negative length, which slice reads from the end, and the name over the cap.
 */
function capLength(s: string): string {
  if (s.length <= MAX_FILE_NAME_LENGTH) return s;
  const dot = path.extname(s);
  const ext = dot.length <= MAX_KEPT_EXTENSION ? dot : '';
  const stem = cutAt(s.slice(0, s.length - ext.length), MAX_FILE_NAME_LENGTH - ext.length).replace(/[.\s]+$/, '');
  return stem ? stem + ext : '';
}

/**
 * A file name safe on Windows, macOS and Linux: no folders, control or reserved characters,
 * no format characters (\p{Cf}: bidi overrides that would show "gpj.exe" as "exe.jpg", zero-width
 * ones), no leading dots (hidden files), no trailing dots/spaces, not a Windows device name,
 * at most MAX_FILE_NAME_LENGTH UTF-16 units with no emoji cut in half.
 */
export function sanitizeFileName(name: unknown): string {
  if (typeof name !== 'string') return FALLBACK_FILE_NAME;
  let s = name.normalize('NFC');
  s = s.split(/[/\\]/).pop() ?? ''; // a "suggested name" never chooses the folder
  s = s.replace(/\p{Cf}/gu, '');
  s = s.replace(/[\p{Cc}<>:"|?*]/gu, '-');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  const base = s.split('.')[0];
  if (WINDOWS_RESERVED.test(base)) s = `_${s}`;
  return capLength(s) || FALLBACK_FILE_NAME;
}

/** Forces `.ext` of the mime: an allowed-but-wrong extension is replaced, anything else is kept and appended to. */
export function withExtension(fileName: string, mime: SaveMime): string {
  const ext = extensionFor(mime);
  const current = path.extname(fileName).slice(1).toLowerCase();
  if (current === ext) return fileName;
  const stem = current && ALLOWED_EXTENSIONS.has(current) ? fileName.slice(0, -(current.length + 1)) : fileName;
  return `${stem || FALLBACK_FILE_NAME}.${ext}`;
}

/** The name the dialog offers: sanitised, with the mime's extension, and still within the cap once that is appended. */
export function suggestedFileName(name: string, mime: SaveMime): string {
  return capLength(withExtension(sanitizeFileName(name), mime)) || `${FALLBACK_FILE_NAME}.${extensionFor(mime)}`;
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
