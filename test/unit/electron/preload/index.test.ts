// @vitest-environment node
/** Runs the real preload bundle against a fake `electron` (Electron mocked). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BRIDGE_METHODS, IpcChannel } from '../../../../shared/ipc';

const repo = path.resolve(__dirname, '../../../..');

describe('preload bridge (Electron mocked)', () => {
  it('is one self-contained file exposing named functions that invoke the contract channels', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-preload-'));
    try {
      const outfile = path.join(tmp, 'preload.cjs');
      await build({
        entryPoints: [path.join(repo, 'electron/preload/index.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        external: ['electron'],
        logLevel: 'silent',
      });
      const code = fs.readFileSync(outfile, 'utf8');
      // A sandboxed preload can only require('electron') (and a few built-ins), never local files.
      const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect([...new Set(requires)]).toEqual(['electron']);

      const exposed: Record<string, unknown> = {};
      const invoked: unknown[][] = [];
      const electron = {
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
        ipcRenderer: { invoke: async (...args: unknown[]) => (invoked.push(args), 'ok') },
      };
      const sandbox = { module: { exports: {} }, exports: {}, require: (m: string) => (m === 'electron' ? electron : undefined) };
      vm.runInNewContext(code, sandbox);

      expect(Object.keys(exposed)).toEqual(['accord']);
      const bridge = exposed.accord as Record<string, (...a: unknown[]) => Promise<unknown>>;
      expect(Object.isFrozen(bridge)).toBe(true);
      expect(Object.keys(bridge).sort()).toEqual(Object.keys(BRIDGE_METHODS).sort());
      expect(Object.values(bridge).every((f) => typeof f === 'function')).toBe(true);
      expect('ipcRenderer' in bridge || 'invoke' in bridge || 'send' in bridge).toBe(false);

      await bridge.saveFile({ suggestedName: 'a', mime: 'text/plain', data: 'x' });
      await bridge.printToPdf({ pageSize: 'A4' });
      await bridge.startSignaling();
      await bridge.stopSignaling();
      await bridge.getAppInfo();
      expect(invoked).toEqual([
        [IpcChannel.FileSave, { suggestedName: 'a', mime: 'text/plain', data: 'x' }],
        [IpcChannel.PdfPrint, { pageSize: 'A4' }],
        [IpcChannel.SignalingStart],
        [IpcChannel.SignalingStop],
        [IpcChannel.AppInfo],
      ]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
