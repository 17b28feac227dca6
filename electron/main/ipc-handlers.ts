/**
 * The handlers object: one entry per channel of shared/ipc.ts, the single source of truth for
 * what the renderer may ask of main. Registration wraps every handler with
 *   1. a sender check (only frames of the app itself),
 *   2. the shared request validator,
 * so handlers only ever see well-formed requests from the app.
 */
import type { WebContents } from 'electron';
import {
  IPC_CHANNELS,
  type AppInfoResponse,
  type FileSaveRequest,
  type FileSaveResponse,
  type IpcChannelName,
  type IpcRequest,
  type IpcResponse,
  type PdfPrintRequest,
  type SignalingStartResponse,
} from '../../shared/ipc.js';
import { requestValidators } from '../../shared/ipc-validate.js';
import { isSameAppUrl } from './guards.js';

export interface InvokeContext {
  /** The webContents that called (pdf:print prints it; the save dialog is modal to it). */
  sender: WebContents;
}

export type IpcHandlers = {
  readonly [C in IpcChannelName]: (ctx: InvokeContext, request: IpcRequest<C>) => Promise<IpcResponse<C>>;
};

export interface IpcHandlerDeps {
  saveFile(ctx: InvokeContext, request: FileSaveRequest): Promise<FileSaveResponse>;
  printToPdf(ctx: InvokeContext, request: PdfPrintRequest): Promise<Uint8Array>;
  signaling: { start(): Promise<SignalingStartResponse>; stop(): Promise<void> };
  appInfo(): AppInfoResponse;
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  return {
    'file:save': (ctx, request) => deps.saveFile(ctx, request),
    'pdf:print': async (ctx, request) => ({ data: await deps.printToPdf(ctx, request) }),
    'signaling:start': () => deps.signaling.start(),
    'signaling:stop': () => deps.signaling.stop(),
    'app:info': async () => deps.appInfo(),
  };
}

/** Only frames showing the app itself may call main. */
export function isTrustedSender(frameUrl: unknown, appUrl: string): boolean {
  return isSameAppUrl(frameUrl, appUrl);
}

/** What Electron passes to an ipcMain.handle listener (the part we read). */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
  sender: WebContents;
}

export class IpcRejection extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejection';
  }
}

/** Checks sender and arguments, then runs the channel's handler. */
export async function dispatchIpc<C extends IpcChannelName>(
  channel: C,
  handlers: IpcHandlers,
  appUrl: string,
  event: InvokeEventLike,
  args: readonly unknown[],
): Promise<IpcResponse<C>> {
  if (!isTrustedSender(event.senderFrame?.url, appUrl)) {
    throw new IpcRejection(`${channel}: untrusted sender`);
  }
  if (args.length > 1) throw new IpcRejection(`${channel}: expected at most one argument`);
  const validation = requestValidators[channel](args[0]);
  if (!validation.ok) throw new IpcRejection(validation.error);
  const handler = handlers[channel] as (ctx: InvokeContext, request: IpcRequest<C>) => Promise<IpcResponse<C>>;
  return handler({ sender: event.sender }, validation.value);
}

/** The subset of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** Registers every contract channel; returns an unregister function. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, appUrl: string): () => void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => dispatchIpc(channel, handlers, appUrl, event, args));
  }
  return () => {
    for (const channel of IPC_CHANNELS) ipcMain.removeHandler(channel);
  };
}
