/**
 * What the LAN specs record: every connection-status sentence a page shows (with when), and every
 * WebSocket frame between a page and the host's signaling server — together, all the traffic
 * the server relays in a two-laptop run. Plus an independent decoder for the relay topic, using
 * y-webrtc's own crypto, to show the comparison really travelled there (encrypted).
 */
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
// @ts-expect-error y-webrtc ships types for its dist build only
import { decryptJson, deriveKey } from '../../../node_modules/y-webrtc/src/crypto.js';

export interface Frame {
  at: number;
  dir: 'sent' | 'received';
  text: string;
}

export function captureFrames(page: Page): Frame[] {
  const frames: Frame[] = [];
  page.on('websocket', (ws) => {
    const add = (dir: Frame['dir']) => (f: { payload: string | Buffer }) => frames.push({ at: Date.now(), dir, text: f.payload.toString() });
    ws.on('framesent', add('sent'));
    ws.on('framereceived', add('received'));
  });
  return frames;
}

/** Records each distinct connection-status sentence with the wall-clock time it appeared. */
export async function recordStatus(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __statusLog: { at: number; text: string }[] };
    w.__statusLog = [];
    let last = '';
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="connection-status"]')?.textContent?.trim() ?? '';
      if (text && text !== last) w.__statusLog.push({ at: Date.now(), text: (last = text) });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * When the page received each WebSocket message, by the page's own clock: the frames seen
 * from the test process arrive there later (CDP delivery), so they cannot order events
 * against what the page showed. Installed before any page script, so this listener runs
 * before the app's own handler for every message.
 */
export async function recordReceived(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __wsIn: Map<string, number> };
    w.__wsIn = new Map();
    const Native = window.WebSocket;
    class Recording extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        this.addEventListener('message', (e: MessageEvent) => {
          if (typeof e.data === 'string' && !w.__wsIn.has(e.data)) w.__wsIn.set(e.data, Date.now());
        });
      }
    }
    window.WebSocket = Recording;
  });
}

/** The page-clock time each of these frames was received (undefined for a frame it never got). */
export async function receivedAt(page: Page, texts: string[]): Promise<(number | undefined)[]> {
  return page.evaluate((ts) => ts.map((t) => (window as unknown as { __wsIn: Map<string, number> }).__wsIn.get(t)), texts);
}

export async function statusLog(page: Page): Promise<{ at: number; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __statusLog: { at: number; text: string }[] }).__statusLog);
}

export interface RelayMessage {
  at: number;
  dir: Frame['dir'];
  /** The frame it came in, to look up when the page itself received it. */
  text: string;
  kind: 'hello' | 'update';
  from: string;
  seq?: number;
  part?: number;
  parts?: number;
  data?: Uint8Array;
}

/** Decrypts the relay topic's frames with the invite's key (room + secret), as a partner would. */
export async function decodeRelay(frames: Frame[], room: string, secret: string): Promise<RelayMessage[]> {
  const key = await deriveKey(secret, room);
  const out: RelayMessage[] = [];
  for (const f of frames) {
    let m: { type?: string; topic?: string; data?: string };
    try {
      m = JSON.parse(f.text);
    } catch {
      continue;
    }
    if (m.type !== 'publish' || m.topic !== `${room}#relay` || typeof m.data !== 'string') continue;
    const plain = (await decryptJson(new Uint8Array(Buffer.from(m.data, 'base64')), key)) as Omit<RelayMessage, 'at' | 'dir'>;
    out.push({ ...plain, at: f.at, dir: f.dir, text: f.text });
  }
  return out;
}

/** Reassembles the relayed updates and applies them to a fresh doc. */
export function relayedDoc(messages: RelayMessage[]): Y.Doc {
  const doc = new Y.Doc();
  const parts = new Map<string, Uint8Array[]>();
  for (const m of messages) {
    if (m.kind !== 'update' || !m.data) continue;
    const id = `${m.from}:${m.seq}`;
    const list = parts.get(id) ?? [];
    list[m.part!] = m.data;
    parts.set(id, list);
    if (list.filter(Boolean).length === m.parts) Y.applyUpdate(doc, Buffer.concat(list));
  }
  return doc;
}
