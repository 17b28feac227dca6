/**
 * Validators for the IPC requests the main process accepts (the renderer is untrusted input).
 * Kept apart from the contract in ipc.ts so the preload, which needs only channel names, stays small.
 */
import * as v from 'valibot';
import { missingMember } from './schema/rules';
import {
  IpcChannel,
  IpcChannelName,
  IpcRequest,
  MAX_SAVE_BYTES,
  MAX_SUGGESTED_NAME_LENGTH,
  PDF_PAGE_SIZES,
  SAVE_FILE_TYPES,
  SaveMime,
  type FileSaveRequest,
  type PdfPrintRequest,
} from './ipc';

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
