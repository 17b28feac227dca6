// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { IPC_CHANNELS, IpcChannel } from '../../../../shared/ipc';
import {
  createIpcHandlers,
  dispatchIpc,
  isTrustedSender,
  registerIpcHandlers,
  type IpcHandlerDeps,
  type IpcMainLike,
  type InvokeEventLike,
} from '../../../../electron/main/ipc-handlers';

const APP = 'accord://app/index.html';
const sender = { id: 1 } as unknown as WebContents;
const fromApp: InvokeEventLike = { senderFrame: { url: 'accord://app/index.html#/plan' }, sender };

function deps(): IpcHandlerDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    saveFile: vi.fn(async () => {
      calls.push('save');
      return { saved: true, path: '/docs/x.pdf' };
    }),
    printToPdf: vi.fn(async () => {
      calls.push('pdf');
      return new Uint8Array([1, 2, 3]);
    }),
    signaling: {
      start: vi.fn(async () => {
        calls.push('start');
        return { urls: ['ws://192.168.1.2:4444'], port: 4444 };
      }),
      stop: vi.fn(async () => {
        calls.push('stop');
      }),
    },
    appInfo: () => ({ version: '0.1.0', platform: 'linux' }),
  };
}

/** Stands in for Electron's ipcMain (the only thing that cannot exist here). */
function fakeIpcMain() {
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipcMain, handlers, invoke: (channel: string, event: InvokeEventLike, ...args: unknown[]) => handlers.get(channel)!(event, ...args) };
}

describe('isTrustedSender', () => {
  it('trusts only frames of the app', () => {
    expect(isTrustedSender('accord://app/index.html', APP)).toBe(true);
    expect(isTrustedSender('accord://app/index.html?x#y', APP)).toBe(true);
    for (const url of ['https://evil.example', 'accord://other/index.html', 'file:///index.html', 'about:blank', '', undefined, null, 7]) {
      expect(isTrustedSender(url, APP), String(url)).toBe(false);
    }
  });
});

describe('IPC handlers (Electron mocked)', () => {
  it('registers exactly the contract channels and unregisters them', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const off = registerIpcHandlers(ipcMain, createIpcHandlers(deps()), APP);
    expect([...handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    off();
    expect(handlers.size).toBe(0);
  });

  it('runs each handler for a trusted sender with valid arguments', async () => {
    const d = deps();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, createIpcHandlers(d), APP);
    await expect(invoke(IpcChannel.FileSave, fromApp, { suggestedName: 'x', mime: 'application/pdf', data: new Uint8Array([1]) })).resolves.toEqual({
      saved: true,
      path: '/docs/x.pdf',
    });
    expect(d.saveFile).toHaveBeenCalledWith({ sender }, { suggestedName: 'x', mime: 'application/pdf', data: new Uint8Array([1]) });
    await expect(invoke(IpcChannel.PdfPrint, fromApp, { pageSize: 'A4' })).resolves.toEqual({ data: new Uint8Array([1, 2, 3]) });
    await expect(invoke(IpcChannel.SignalingStart, fromApp)).resolves.toEqual({ urls: ['ws://192.168.1.2:4444'], port: 4444 });
    await expect(invoke(IpcChannel.SignalingStop, fromApp)).resolves.toBeUndefined();
    await expect(invoke(IpcChannel.AppInfo, fromApp)).resolves.toEqual({ version: '0.1.0', platform: 'linux' });
  });

  it('rejects unknown senders before any handler runs', async () => {
    const d = deps();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, createIpcHandlers(d), APP);
    const foreign: InvokeEventLike[] = [
      { senderFrame: { url: 'https://evil.example/' }, sender },
      { senderFrame: { url: 'file:///tmp/x.html' }, sender },
      { senderFrame: null, sender },
    ];
    for (const event of foreign) {
      for (const channel of IPC_CHANNELS) {
        await expect(invoke(channel, event, { pageSize: 'A4' })).rejects.toThrow(/untrusted sender/);
      }
    }
    expect(d.calls).toEqual([]);
  });

  it('rejects bad arguments with a message and never calls the handler', async () => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    const bad: [Parameters<typeof dispatchIpc>[0], unknown[], RegExp][] = [
      ['file:save', [], /expects an object/],
      ['file:save', [{ suggestedName: 'x', mime: 'application/x-msdownload', data: 'x' }], /mime must be one of/],
      ['file:save', [{ suggestedName: '', mime: 'text/plain', data: 'x' }], /suggestedName/],
      ['file:save', [{ suggestedName: 'x', mime: 'text/plain', data: 42 }], /data must be/],
      ['file:save', [{ suggestedName: 'x', mime: 'text/plain', data: 'x', path: '/etc/passwd' }], /unknown field/],
      ['pdf:print', [{ pageSize: 'A3' }], /pageSize/],
      ['pdf:print', [{ pageSize: 'A4', html: '<script>' }], /unknown field/],
      ['pdf:print', ['A4'], /expects an object/],
      ['signaling:start', [{ port: 1 }], /takes no arguments/],
      ['app:info', ['x'], /takes no arguments/],
      ['signaling:stop', [undefined, undefined], /at most one argument/],
    ];
    for (const [channel, args, message] of bad) {
      await expect(dispatchIpc(channel, handlers, APP, fromApp, args), `${channel} ${JSON.stringify(args)}`).rejects.toThrow(message);
    }
    expect(d.calls).toEqual([]);
  });
});
