import type { AccordBridge, PdfPageSize, SaveMime } from '../../shared/ipc';

/**
 * What the renderer needs from the machine. Inside Electron it goes through the typed
 * preload bridge; in browser mode it falls back to web APIs and the local web server.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  saveFile(suggestedName: string, mime: SaveMime, data: string | Uint8Array): Promise<{ saved: boolean; path?: string }>;
  /**
   * Starts listening for a partner on the LAN (nothing listens there before) and returns the
   * signaling URLs this laptop can offer: one per LAN address first, loopback last.
   */
  startSignaling(): Promise<string[]>;
  /** Stops LAN signaling (when the comparison ends); loopback-only use goes on. Idempotent. */
  stopSignaling(): Promise<void>;
  /** Print the current window to PDF (Electron only; browser mode uses the print dialog). */
  printPdf?(pageSize: PdfPageSize): Promise<Uint8Array>;
}

function electronPlatform(bridge: AccordBridge): Platform {
  return {
    kind: 'electron',
    saveFile: (suggestedName, mime, data) => bridge.saveFile({ suggestedName, mime, data }),
    startSignaling: async () => (await bridge.startSignaling()).urls.map((u) => (u.endsWith('/signal') ? u : `${u.replace(/\/$/, '')}/signal`)),
    stopSignaling: () => bridge.stopSignaling(),
    printPdf: async (pageSize) => (await bridge.printToPdf({ pageSize })).data,
  };
}

const NOT_OUR_SERVER = 'This page is not served by Accord’s own server, so it cannot host a comparison. Start it with “npm run web”.';

const browserPlatform: Platform = {
  kind: 'browser',
  async saveFile(suggestedName, mime, data) {
    const blob = new Blob([data as BlobPart], { type: mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { saved: true };
  },
  async startSignaling() {
    // Same-origin POST: the server checks the Origin, so no other site can open the LAN listener.
    const res = await fetch('./lan-signaling/start', { method: 'POST', cache: 'no-store' }).catch(() => null);
    if (!res?.ok) {
      if (!res || res.status === 404 || res.status === 405) throw new Error(NOT_OUR_SERVER);
      throw new Error((await res.text()).trim() || `Could not start hosting (HTTP ${res.status}).`);
    }
    const info = (await res.json()) as { signalingUrls?: unknown; loopbackSignalingUrl?: unknown };
    const urls = Array.isArray(info.signalingUrls) ? info.signalingUrls.filter((u): u is string => typeof u === 'string' && /^wss?:\/\//.test(u)) : [];
    if (typeof info.loopbackSignalingUrl === 'string' && !urls.includes(info.loopbackSignalingUrl)) urls.push(info.loopbackSignalingUrl);
    return urls;
  },
  async stopSignaling() {
    await fetch('./lan-signaling/stop', { method: 'POST', cache: 'no-store' }).catch(() => undefined);
  },
};

export const platform: Platform = typeof window !== 'undefined' && window.accord ? electronPlatform(window.accord) : browserPlatform;
