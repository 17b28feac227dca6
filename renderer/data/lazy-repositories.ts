import type { Repositories } from './index';
import type { RoundRepository } from './round-repository';
import type { SettingsRepository } from './settings-repository';
import type { DocStore } from '../sync/doc-persistence';
import type { VersionStore } from '../sync/version-records';

/**
 * The storage adapters, with their code (Dexie, the schema, the stores) loaded on first use
 * instead of before the first screen: every call waits for the real adapter, then forwards.
 * The load starts at the first call (or the first read of `ready`), so fetching and compiling
 * it does not compete with the first render; `db` is undefined until it is there.
 */
export function lazyRepositories(load: () => Promise<Repositories>): Repositories & { readonly ready: Promise<Repositories> } {
  let loaded: Repositories | undefined;
  let pending: Promise<Repositories> | undefined;
  const start = () => (pending ??= load().then((repos) => (loaded = repos)));

  const rounds: RoundRepository = {
    list: async () => (await start()).rounds.list(),
    get: async (id) => (await start()).rounds.get(id),
    // Once loaded, forwarded in the calling task: a seal's write must start before the
    // re-render and the comparison's publish queued behind it (see DexieRoundRepository.put).
    put: (round) => (loaded ? loaded.rounds.put(round) : start().then((repos) => repos.rounds.put(round))),
    remove: async (id) => (await start()).rounds.remove(id),
    // Forwarded at once too: a prepared seal is only useful if it is held before the click.
    prepareSeal: (sealed) => (loaded ? loaded.rounds.prepareSeal(sealed) : start().then((repos) => repos.rounds.prepareSeal(sealed))),
    preparedSeal: async (id) => (await start()).rounds.preparedSeal(id),
    dropPreparedSeal: async (id) => (await start()).rounds.dropPreparedSeal(id),
  };
  const settings: SettingsRepository = {
    get: async (key) => (await start()).settings.get(key),
    set: async (key, value) => (await start()).settings.set(key, value),
  };
  const versions = async (): Promise<VersionStore> => {
    const store = (await start()).docs.versions;
    if (!store) throw new Error('This storage keeps no versions.');
    return store;
  };
  const docs: DocStore = {
    load: async (id) => (await start()).docs.load(id),
    async loadWithEpoch(id) {
      const real = (await start()).docs;
      if (real.loadWithEpoch) return real.loadWithEpoch(id);
      const update = await real.load(id);
      return update && { update };
    },
    save: async (id, update, meta) => (await start()).docs.save(id, update, meta),
    saveNow: (id, update, epoch) => loaded?.docs.saveNow?.(id, update, epoch) ?? false,
    async saveMerged(id, merge, meta) {
      const real = (await start()).docs;
      // Both real stores merge; one that cannot writes this copy, as `save` would.
      return real.saveMerged ? real.saveMerged(id, merge, meta) : real.save(id, merge(undefined, undefined), meta);
    },
    versions: {
      list: async (docId) => (await versions()).list(docId),
      get: async (id) => (await versions()).get(id),
      latest: async (docId) => (await versions()).latest(docId),
      add: async (v) => (await versions()).add(v),
      remove: async (ids) => (await versions()).remove(ids),
    },
  };
  return {
    rounds,
    settings,
    docs,
    get ready() {
      return start();
    },
    get db() {
      return loaded?.db;
    },
  };
}
