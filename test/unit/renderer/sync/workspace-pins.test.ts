// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GAP_PINS, readSharedPins, writeSharedPins } from '../../../../renderer/sync/workspace-pins';

// The pair's pinned gaps in the shared workspace doc: what one laptop writes, the other reads;
// a value the partner's modified page wrote in another shape reads as "never pinned" or is cleaned.

const KEY = 'gap-pins:2025-03-01T10:00:00.000Z|2025-03-01T11:00:00.000Z';

function exchange(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

describe('shared gap pins', () => {
  it('pins written on one laptop read the same on the other; the last write wins', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeSharedPins(a, KEY, ['db-1', 'cq-3']);
    exchange(a, b);
    expect(readSharedPins(b, KEY)).toEqual(['db-1', 'cq-3']);
    writeSharedPins(b, KEY, ['cr-4']);
    exchange(b, a);
    expect(readSharedPins(a, KEY)).toEqual(['cr-4']);
    // Unpinning everything is a choice too: an empty list, not "never pinned".
    writeSharedPins(a, KEY, []);
    expect(readSharedPins(a, KEY)).toEqual([]);
  });

  it('a comparison the pair never pinned reads as undefined', () => {
    const doc = new Y.Doc();
    writeSharedPins(doc, KEY, ['db-1']);
    expect(readSharedPins(doc, 'gap-pins:other|round')).toBeUndefined();
  });

  it("the partner's odd values: not text reads as never pinned; text is cleaned of unknown ids", () => {
    const doc = new Y.Doc();
    const pins = doc.getMap<unknown>(GAP_PINS);
    pins.set(KEY, ['db-1']);
    expect(readSharedPins(doc, KEY)).toBeUndefined();
    pins.set(KEY, 0);
    expect(readSharedPins(doc, KEY)).toBeUndefined();
    pins.set(KEY, '');
    expect(readSharedPins(doc, KEY)).toEqual([]);
    pins.set(KEY, '["db-1","not-a-statement","db-1",7]');
    expect(readSharedPins(doc, KEY)).toEqual(['db-1']);
    pins.set(KEY, '{broken');
    expect(readSharedPins(doc, KEY)).toEqual([]);
  });

  it('pins are stored as JSON text under the pins root (the shape every version reads)', () => {
    const doc = new Y.Doc();
    writeSharedPins(doc, KEY, ['db-1', 'db-2']);
    expect(doc.getMap<unknown>(GAP_PINS).get(KEY)).toBe('["db-1","db-2"]');
  });
});
