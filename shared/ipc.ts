/**
 * The one IPC contract between the renderer (via preload) and the Electron main process.
 *
 * - `IpcChannel` names every channel; main registers exactly these, preload calls exactly these.
 * - `IpcContract` gives each channel its request and response type.
 * - `requestValidators` checks what arrives in main (the renderer is not trusted with shapes).
 * - `AccordBridge` is what preload exposes as `window.accord`; it is derived from the contract,
 *   so adding a channel without a bridge method (or the reverse) fails to compile.
 *
 * Pure TypeScript: no Electron or Node import, so the renderer, preload and tests share it.
 * The validators are valibot schemas (main and tests only; the renderer imports types).
 */

export const IpcChannel = {
  FileSave: 'file:save',
  PdfPrint: 'pdf:print',
  SignalingStart: 'signaling:start',
  SignalingStop: 'signaling:stop',
  AppInfo: 'app:info',
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

export const IPC_CHANNELS: readonly IpcChannelName[] = Object.values(IpcChannel);

export function isIpcChannel(value: unknown): value is IpcChannelName {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}

/* ----------------------------------------------------------------------------------------- */
/* Request / response types                                                                   */
/* ----------------------------------------------------------------------------------------- */

/** File types the save dialog accepts, with the one extension each is saved under. */
export const SAVE_FILE_TYPES = {
  'application/pdf': { ext: 'pdf', label: 'PDF document' },
  'application/json': { ext: 'json', label: 'JSON' },
  'text/csv': { ext: 'csv', label: 'CSV spreadsheet' },
  'text/markdown': { ext: 'md', label: 'Markdown' },
  'text/plain': { ext: 'txt', label: 'Text' },
  'text/calendar': { ext: 'ics', label: 'Calendar (iCalendar)' },
  'text/html': { ext: 'html', label: 'HTML page' },
  'image/png': { ext: 'png', label: 'PNG image' },
  'image/svg+xml': { ext: 'svg', label: 'SVG image' },
} as const;

export type SaveMime = keyof typeof SAVE_FILE_TYPES;

/**
 * 96 MiB: above the largest backup a restore accepts (MAX_BACKUP_BYTES, about 89 MiB: two
 * full-size shared documents in base64, plus rounds), so every backup Accord lets you make can
 * be saved; low enough to refuse nonsense. Not imported from there: the preload stays small.
 */
export const MAX_SAVE_BYTES = 96 * 1024 * 1024;
export const MAX_SUGGESTED_NAME_LENGTH = 255;

export interface FileSaveRequest {
  /** A file name (no folders); main sanitises it and enforces the mime's extension. */
  suggestedName: string;
  mime: SaveMime;
  /** Text is written as UTF-8; bytes are written as-is. */
  data: string | Uint8Array;
}
export interface FileSaveResponse {
  /** false when the user cancelled the dialog. */
  saved: boolean;
  path?: string;
}

export type PdfPageSize = 'A4' | 'Letter';
export const PDF_PAGE_SIZES: readonly PdfPageSize[] = ['A4', 'Letter'];

/** Prints the calling window's current page (the renderer lays out a print view first). */
export interface PdfPrintRequest {
  pageSize: PdfPageSize;
}
export interface PdfPrintResponse {
  data: Uint8Array;
}

export interface SignalingStartResponse {
  /** ws:// URLs of the signaling server: one per LAN IPv4 address first, loopback last. */
  urls: string[];
  port: number;
}

export interface AppInfoResponse {
  version: string;
  /** process.platform of the main process, e.g. "linux", "darwin", "win32". */
  platform: string;
}

export interface IpcContract {
  'file:save': { request: FileSaveRequest; response: FileSaveResponse };
  'pdf:print': { request: PdfPrintRequest; response: PdfPrintResponse };
  'signaling:start': { request: void; response: SignalingStartResponse };
  'signaling:stop': { request: void; response: void };
  'app:info': { request: void; response: AppInfoResponse };
}

export type IpcRequest<C extends IpcChannelName> = IpcContract[C]['request'];
export type IpcResponse<C extends IpcChannelName> = IpcContract[C]['response'];
/** Arguments of invoke/bridge calls: none for `void` requests, else the one request object. */
export type IpcArgs<C extends IpcChannelName> = [IpcRequest<C>] extends [void] ? [] : [request: IpcRequest<C>];

/* ----------------------------------------------------------------------------------------- */
/* Bridge                                                                                     */
/* ----------------------------------------------------------------------------------------- */

/** Bridge method name → channel it invokes. */
export const BRIDGE_METHODS = {
  saveFile: IpcChannel.FileSave,
  printToPdf: IpcChannel.PdfPrint,
  startSignaling: IpcChannel.SignalingStart,
  stopSignaling: IpcChannel.SignalingStop,
  getAppInfo: IpcChannel.AppInfo,
} as const satisfies Record<string, IpcChannelName>;

type BridgeChannel<M extends keyof typeof BRIDGE_METHODS> = (typeof BRIDGE_METHODS)[M];

/**
 * `window.accord` in Electron; absent in browser mode. Resolves to:
 *   saveFile(req: FileSaveRequest): Promise<FileSaveResponse>
 *   printToPdf(req: PdfPrintRequest): Promise<PdfPrintResponse>
 *   startSignaling(): Promise<SignalingStartResponse>
 *   stopSignaling(): Promise<void>
 *   getAppInfo(): Promise<AppInfoResponse>
 */
export type AccordBridge = {
  readonly [M in keyof typeof BRIDGE_METHODS]: (
    ...args: IpcArgs<BridgeChannel<M>>
  ) => Promise<IpcResponse<BridgeChannel<M>>>;
};

declare global {
  interface Window {
    /** Present only inside the Electron app (see electron/preload). */
    accord?: AccordBridge;
  }
}
