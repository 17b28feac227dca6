/**
 * Preload (sandboxed, bundled to one file): exposes named functions only — never ipcRenderer.
 * `satisfies AccordBridge` makes the compiler check this object against the shared contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IpcChannel, type AccordBridge, type IpcArgs, type IpcChannelName, type IpcResponse } from '../../shared/ipc.js';

function invoke<C extends IpcChannelName>(channel: C, ...args: IpcArgs<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResponse<C>>;
}

const bridge = {
  saveFile: (request) => invoke(IpcChannel.FileSave, request),
  printToPdf: (request) => invoke(IpcChannel.PdfPrint, request),
  startSignaling: () => invoke(IpcChannel.SignalingStart),
  stopSignaling: () => invoke(IpcChannel.SignalingStop),
  getAppInfo: () => invoke(IpcChannel.AppInfo),
} satisfies AccordBridge;

contextBridge.exposeInMainWorld('accord', Object.freeze(bridge));
