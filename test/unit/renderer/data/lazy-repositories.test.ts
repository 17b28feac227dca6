// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lazyRepositories } from '../../../../renderer/data/lazy-repositories';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import type { Repositories } from '../../../../renderer/data';
import { createRound } from '../../../../shared/assessment/round';

function deferred() {
  let resolve!: (r: Repositories) => void;
  const promise = new Promise<Repositories>((r) => (resolve = r));
  return { promise, resolve };
}

describe('lazyRepositories', () => {
  it('holds calls made before the storage code has loaded and forwards them once it has', async () => {
    const gate = deferred();
    const real: Repositories = { rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() };
    const lazy = lazyRepositories(() => gate.promise);
    const round = createRound({ id: 'r1', role: 'ceo', personName: 'Alex', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' });
    const writes = Promise.all([lazy.rounds.put(round), lazy.settings.set('k', 'v'), lazy.docs.save('doc', new Uint8Array([1, 2]))]);
    expect(lazy.db).toBeUndefined();
    gate.resolve(real);
    await writes;
    expect((await real.rounds.get('r1'))?.personName).toBe('Alex');
    expect(await lazy.settings.get('k')).toBe('v');
    expect(await lazy.docs.load('doc')).toEqual(new Uint8Array([1, 2]));
    expect((await lazy.rounds.list()).rounds.map((r) => r.id)).toEqual(['r1']);
  });

  it('once loaded, a round write reaches the store in the calling task (a seal starts writing before anything else runs)', async () => {
    const real: Repositories = { rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() };
    const lazy = lazyRepositories(async () => real);
    await lazy.ready;
    const reached: string[] = [];
    const put = real.rounds.put.bind(real.rounds);
    real.rounds.put = (r) => {
      reached.push(r.id);
      return put(r);
    };
    const written = lazy.rounds.put(createRound({ id: 'r2', role: 'ceo', personName: 'Alex', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' }));
    expect(reached).toEqual(['r2']);
    await written;
    expect((await real.rounds.get('r2'))?.id).toBe('r2');
  });

  it('starts loading the storage code at the first call, not before (the first render does not wait on it), and only once', async () => {
    let loads = 0;
    const real: Repositories = { rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() };
    const lazy = lazyRepositories(async () => {
      loads++;
      return real;
    });
    expect(loads).toBe(0);
    await Promise.all([lazy.rounds.list(), lazy.settings.get('k'), lazy.ready]);
    await lazy.docs.load('doc');
    expect(loads).toBe(1);
  });

  it('keeps workspace versions in the loaded store', async () => {
    const real: Repositories = { rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() };
    const lazy = lazyRepositories(async () => real);
    const v = { id: 'v1', docId: 'ws', at: '2026-11-01T09:00:00.000Z', reason: 'manual', update: new Uint8Array([1]), stateVector: new Uint8Array([0]), bytes: 1 };
    await lazy.docs.versions!.add(v);
    expect((await real.docs.versions!.list('ws')).map((x) => x.id)).toEqual(['v1']);
    expect((await lazy.docs.versions!.latest('ws'))?.id).toBe('v1');
    await lazy.docs.versions!.remove(['v1']);
    expect(await lazy.docs.versions!.get('v1')).toBeUndefined();
  });

  it('reports a storage that fails to load on every call, not silently', async () => {
    const lazy = lazyRepositories(async () => {
      throw new Error('IndexedDB is not available');
    });
    await expect(lazy.rounds.list()).rejects.toThrow('IndexedDB is not available');
    await expect(lazy.settings.get('k')).rejects.toThrow('IndexedDB is not available');
  });
});
