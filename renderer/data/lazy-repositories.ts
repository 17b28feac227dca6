import type { Repositories } from './index';
import type { RoundRepository } from './round-repository';
import type { SettingsRepository } from './settings-repository';
import type { DocStore } from '../sync/doc-persistence';
import type { VersionStore } from '../sync/version-records';

/**
 * The storage adapters, with their code (Dexie, the schema, the stores) loaded on first use
 * instead of before the first screen: every call waits for the real adapter, then forwards.
 * `ready` resolves once it is there; `db` is undefined until then.
 */
export function lazyRepositories(load: () => Promise<Repositories>): Repositories & { ready: Promise<Repositories> } {
  let loaded: Repositories | undefined;
  const ready = load().then((repos) => (loaded = repos));
  const rounds: RoundRepository = {
    list: async () => (await ready).rounds.list(),
    get: async (id) => (await ready).rounds.get(id),
    put: async (round) => (await ready).rounds.put(round),
    remove: async (id) => (await ready).rounds.remove(id),
  };
  const settings: SettingsRepository = {
    get: async (key) => (await ready).settings.get(key),
    set: async (key, value) => (await ready).settings.set(key, value),
  };
  const versions = async (): Promise<VersionStore> => {
    const store = (await ready).docs.versions;
    if (!store) throw new Error('This storage keeps no versions.');
    return store;
  };
  const docs: DocStore = {
    load: async (id) => (await ready).docs.load(id),
    save: async (id, update, meta) => (await ready).docs.save(id, update, meta),
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
    ready,
    get db() {
      return loaded?.db;
    },
  };
}
