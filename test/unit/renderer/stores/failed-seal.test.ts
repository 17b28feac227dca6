// @vitest-environment jsdom
// jsdom for a real localStorage: the note of a pending seal must survive a reload (vi.resetModules).
import { describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { createRound } from '../../../../shared/assessment/round';
import { createCommitmentNow } from '../../../../shared/reveal/commitment';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import type { Round } from '../../../../shared/assessment/types';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const SALT = 'c0'.repeat(16);
const round = (id: string) => createRound({ id, role: 'cto', personName: 'Blake', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' });
const failSealed = (rounds: MemoryRoundRepository) => {
  const put = rounds.put.bind(rounds);
  rounds.put = async (r) => {
    if (r.sealedAt) throw new Error('disk full');
    return put(r);
  };
  return put;
};
/** What AssessPage and ReviewStep read to freeze the inputs and say why. */
const sealFailed = (s: { sealError?: string }) => s.sealError !== undefined;

/** A fresh renderer (as after a reload) over the same round store and the same localStorage. */
async function freshStores(rounds: MemoryRoundRepository) {
  vi.resetModules();
  const { provideServices } = await import('../../../../renderer/stores/services');
  provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  return (await import('../../../../renderer/stores/assess-store')).useAssessStore;
}

describe('a seal the user confirmed but this laptop could not store (its commitment may have left)', () => {
  it('reopening the round still says so, keeps the answers frozen and retries that very seal', async () => {
    const rounds = new MemoryRoundRepository();
    const store = await freshStores(rounds);
    await rounds.put(round('a1'));
    await store.getState().open('a1');
    store.getState().answer('db-1', { value: 4 } as never);
    await store.getState().flush();
    const put = failSealed(rounds);
    await store.getState().seal();
    expect(sealFailed(store.getState())).toBe(true);
    const failed = store.getState().sealing!;
    await store.getState().open('a1');
    expect(sealFailed(store.getState())).toBe(true);
    expect(store.getState().sealing).toEqual(failed);
    store.getState().answer('db-1', { value: 2 } as never);
    expect(store.getState().round?.answers['db-1']).toEqual({ value: 4 });
    rounds.put = put;
    await store.getState().seal();
    expect(await rounds.get('a1')).toEqual(failed);
    expect(sealFailed(store.getState())).toBe(false);
    expect(localStorage.getItem('accord.pending-seal.a1')).toBeNull();
  });

  it('after a reload the same seal is restored and stored: the commitment that left stays this round’s', async () => {
    const rounds = new MemoryRoundRepository();
    let store = await freshStores(rounds);
    await rounds.put(round('a2'));
    await store.getState().open('a2');
    store.getState().answer('db-1', { value: 4 } as never);
    await store.getState().flush();
    const put = failSealed(rounds);
    await store.getState().seal();
    const published = createCommitmentNow(payloadFromRound(store.getState().sealing!), SALT, sha256);

    rounds.put = put;
    store = await freshStores(rounds); // the app reloads
    await store.getState().open('a2');
    expect(sealFailed(store.getState())).toBe(true);
    store.getState().answer('db-1', { value: 1 } as never);
    await store.getState().flush();
    await store.getState().seal();
    const stored = (await rounds.get('a2')) as Round;
    expect(stored.sealedAt).toBeDefined();
    expect(createCommitmentNow(payloadFromRound(stored), SALT, sha256)).toBe(published);
  });

  it('opening the round while its seal is written keeps it frozen, and a failure then is shown', async () => {
    const rounds = new MemoryRoundRepository();
    const store = await freshStores(rounds);
    await rounds.put(round('a3'));
    await store.getState().open('a3');
    const put = rounds.put.bind(rounds);
    let release!: () => void;
    rounds.put = async (r) => {
      if (!r.sealedAt) return put(r);
      await new Promise<void>((res) => (release = res)); // a slow disk
      throw new Error('disk full');
    };
    const sealing = store.getState().seal();
    const opening = store.getState().open('a3');
    await new Promise((r) => setTimeout(r, 0));
    // In progress: frozen, and not (yet) reported as failed.
    expect(store.getState().sealing?.sealedAt).toBeDefined();
    expect(sealFailed(store.getState())).toBe(false);
    release();
    await sealing;
    await opening;
    expect(sealFailed(store.getState())).toBe(true);
    store.getState().answer('db-1', { value: 2 } as never);
    expect(store.getState().round?.answers['db-1']).toBeUndefined();
  });

  it('a seal that did get stored leaves no note behind, even if the app stopped before clearing it', async () => {
    const rounds = new MemoryRoundRepository();
    const store = await freshStores(rounds);
    const sealed = { ...round('a4'), sealedAt: '2026-11-01T10:00:00.000Z' };
    localStorage.setItem('accord.pending-seal.a4', JSON.stringify(sealed));
    await rounds.put(sealed);
    await store.getState().open('a4');
    expect(store.getState().sealing).toBeUndefined();
    expect(sealFailed(store.getState())).toBe(false);
    expect(localStorage.getItem('accord.pending-seal.a4')).toBeNull();
  });
});
