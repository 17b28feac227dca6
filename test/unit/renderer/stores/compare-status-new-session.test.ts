// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../renderer/data/settings-repository';
import { sealedRound, six } from '../../shared/history/fixtures';
import { NoServer } from './no-signaling-server';

/*
 * Review r29 (minor): a new comparison started while another was up (Host again, a Join) showed
 * the old one's connection status — "Stopped syncing with your partner: …" — under the new
 * invite code until the new session reported its own. Real: the compare store, its sessions
 * (y-webrtc with no signaling), IndexedDB; faked: the platform's LAN listener (Electron IPC).
 */

const round = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', answers: [six(3), six(3), six(3), six(3)] });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a new comparison started while another is up', () => {
  it('does not show the previous one\'s connection status under its own invite code', async () => {
    vi.resetModules();
    vi.stubGlobal('WebSocket', NoServer);
    const db = new AccordDatabase(`accord-cmp-status-${Math.random()}`);
    await db.open();
    const { provideServices } = await import('../../../../renderer/stores/services');
    provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
    const { platform } = await import('../../../../renderer/platform');
    vi.spyOn(platform, 'startSignaling').mockResolvedValue(['ws://127.0.0.1:4555/signal']);
    vi.spyOn(platform, 'stopSignaling').mockResolvedValue();
    const { useCompareStore } = await import('../../../../renderer/stores/compare-store');
    await new DexieRoundRepository(db).put(round);

    await useCompareStore.getState().host(round.id);
    const first = useCompareStore.getState().inviteCode;
    // The first comparison's link went down (as the peer guard reports it).
    useCompareStore.setState({ status: { state: 'dropped', peers: 0, signaling: true, strangerAttempts: 0, thirdDevices: 0, refusal: { reason: 'it sent too much at once', kind: 'rate' } } });

    // What the page would show at each change once the new invite code is up.
    const shown: (string | undefined)[] = [];
    const stop = useCompareStore.subscribe((s) => {
      if (s.inviteCode && s.inviteCode !== first) shown.push(s.status?.state);
    });
    await useCompareStore.getState().host(round.id);
    stop();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain('dropped');
    await useCompareStore.getState().leave();
  });
});
