// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { openWorkspace, type OpenWorkspace } from '../../../../../renderer/sync/workspace-owner';
import { writeSharedPins } from '../../../../../renderer/sync/workspace-pins';
import { loadGapPins, loadPinsView, saveGapPins } from '../../../../../renderer/features/compare/gap-pins';
import { pinKey } from '../../../../../shared/assessment/pins';

const ceo = { sealedAt: '2026-10-01T09:00:00.000Z' };
const cto = { sealedAt: '2026-10-01T10:00:00.000Z' };
let ws: OpenWorkspace | undefined;

afterEach(async () => {
  await ws?.close();
  ws = undefined;
});

function setup() {
  const settings = new MemorySettingsRepository();
  const docs = new MemoryDocStore();
  provideServices({ rounds: new MemoryRoundRepository(), settings, docs });
  return { settings, docs };
}

describe('pinned gaps: shared in the workspace, the local setting as fallback', () => {
  it('without an open workspace, keeps and reads the pins in this laptop’s settings', async () => {
    const { settings } = setup();
    await saveGapPins(ceo, cto, ['db-2']);
    expect(await settings.get(pinKey(ceo, cto))).toBe('["db-2"]');
    expect(await loadGapPins(ceo, cto)).toEqual(['db-2']);
  });

  it('with the workspace open, pins are shared; the partner’s change is a proposal until taken here', async () => {
    const { settings, docs } = setup();
    await settings.set(pinKey(ceo, cto), '["cq-3"]');
    ws = await openWorkspace(docs);
    // Pinned on this laptop before pins were shared: the local setting still counts.
    expect(await loadGapPins(ceo, cto)).toEqual(['cq-3']);
    await saveGapPins(ceo, cto, ['db-1']);
    expect(await loadGapPins(ceo, cto)).toEqual(['db-1']);

    // The partner pins something else on their laptop; the update arrives here.
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(ws.doc));
    writeSharedPins(partner, pinKey(ceo, cto), ['cr-4', 'db-1']);
    Y.applyUpdate(ws.doc, Y.encodeStateAsUpdate(partner, Y.encodeStateVector(ws.doc)), 'remote');
    // Only a proposal here until this laptop's user takes it: the partner can write any pins.
    expect(await loadGapPins(ceo, cto)).toEqual(['db-1']);
    expect(await loadPinsView(ceo, cto)).toEqual({ pins: ['db-1'], proposed: ['cr-4', 'db-1'] });
    await saveGapPins(ceo, cto, ['cr-4', 'db-1']);
    expect(await loadPinsView(ceo, cto)).toEqual({ pins: ['cr-4', 'db-1'] });
    // Another comparison's pins are its own.
    expect(await loadGapPins(ceo, { sealedAt: '2027-01-01T00:00:00.000Z' })).toEqual([]);
  });
});
