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
import * as v from 'valibot';
import { missingMember } from './schema/rules';

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

/** 64 MiB: far above any export Accord produces, low enough to refuse nonsense. */
export const MAX_SAVE_BYTES = 64 * 1024 * 1024;
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

/* ----------------------------------------------------------------------------------------- */
/* Validators                                                                                 */
/* ----------------------------------------------------------------------------------------- */

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Validation<T> => ({ ok: true, value });
const fail = <T>(error: string): Validation<T> => ({ ok: false, error });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k));
}

/** Unknown keys come from the caller: name a few, each capped, never the whole list. */
function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k));
  return keys.length > 5 ? `${shown.join(', ')} and ${keys.length - 5} more` : shown.join(', ');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

type Entries = v.ObjectEntries;

/** The request's members, after the object itself and its keys were checked. */
/* @__NO_SIDE_EFFECTS__ */
function request<const E extends Entries>(channel: IpcChannelName, entries: E) {
  const allowed = Object.keys(entries);
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, (i) => `${channel} expects an object, got ${describe(i.input)}`),
    v.check(
      (o) => unknownKeys(o, allowed).length === 0,
      (i) => `${channel}: unknown field(s) ${listKeys(unknownKeys(i.input as Record<string, unknown>, allowed))}`,
    ),
    // A missing member gets the member's own message ("suggestedName must be a non-empty string").
    v.object(entries, (i) => missingMember(entries, i) ?? `${channel} expects an object`),
  );
}

/** Runs a request schema: the request, or one "<channel>: <member> <what>" sentence. */
function validate<T>(channel: IpcChannelName, schema: v.GenericSchema<unknown, T>, input: unknown): Validation<T> {
  const r = v.safeParse(schema, input, { abortEarly: true });
  if (r.success) return ok(r.output);
  const issue = r.issues[0];
  const member = issue.path?.map((item) => String(item.key)).join('.');
  return fail(member ? `${channel}: ${member} ${issue.message}` : issue.message);
}

const fileSave = request(IpcChannel.FileSave, {
  suggestedName: v.pipe(
    v.string('must be a non-empty string'),
    v.check((s) => s.trim() !== '', 'must be a non-empty string'),
    v.maxLength(MAX_SUGGESTED_NAME_LENGTH, `longer than ${MAX_SUGGESTED_NAME_LENGTH} characters`),
  ),
  mime: v.custom<SaveMime>(
    (m) => typeof m === 'string' && Object.prototype.hasOwnProperty.call(SAVE_FILE_TYPES, m),
    `must be one of ${Object.keys(SAVE_FILE_TYPES).join(', ')}`,
  ),
  data: v.pipe(
    v.custom<string | Uint8Array>((d) => typeof d === 'string' || d instanceof Uint8Array, (i) => `must be a string or Uint8Array, got ${describe(i.input)}`),
    // For text, UTF-16 units: a lower bound of the UTF-8 size.
    v.check((d) => (typeof d === 'string' ? d.length : d.byteLength) <= MAX_SAVE_BYTES, `larger than ${MAX_SAVE_BYTES} bytes`),
  ),
});

const pdfPrint = request(IpcChannel.PdfPrint, {
  pageSize: v.picklist(PDF_PAGE_SIZES, `must be one of ${PDF_PAGE_SIZES.join(', ')}`),
});

export function validateFileSaveRequest(input: unknown): Validation<FileSaveRequest> {
  return validate(IpcChannel.FileSave, fileSave, input);
}

export function validatePdfPrintRequest(input: unknown): Validation<PdfPrintRequest> {
  return validate(IpcChannel.PdfPrint, pdfPrint, input);
}

/** For channels without a request: accept nothing (undefined), or an empty object. */
/* @__NO_SIDE_EFFECTS__ */
export function validateNoRequest(channel: IpcChannelName) {
  const none = v.pipe(
    v.custom<undefined | Record<string, never>>((x) => x === undefined || (isPlainObject(x) && Object.keys(x).length === 0), `${channel} takes no arguments`),
    v.transform((): void => undefined),
  );
  return (input: unknown): Validation<void> => validate(channel, none, input);
}

export const requestValidators: { readonly [C in IpcChannelName]: (input: unknown) => Validation<IpcRequest<C>> } = {
  'file:save': validateFileSaveRequest,
  'pdf:print': validatePdfPrintRequest,
  'signaling:start': validateNoRequest(IpcChannel.SignalingStart),
  'signaling:stop': validateNoRequest(IpcChannel.SignalingStop),
  'app:info': validateNoRequest(IpcChannel.AppInfo),
};
