import { AccordDatabase } from './db';
import { DexieRoundRepository } from './dexie-round-repository';
import { MemoryRoundRepository } from './memory-round-repository';
import type { RoundRepository } from './round-repository';
import { DexieDocStore, MemoryDocStore } from './doc-store';
import type { DocStore } from '../sync/doc-persistence';
import { DexieSettingsRepository, MemorySettingsRepository, type SettingsRepository } from './settings-repository';

export interface Repositories {
  rounds: RoundRepository;
  settings: SettingsRepository;
  docs: DocStore;
  db?: AccordDatabase;
}

/** Pick the storage backend once, at start-up. `?storage=memory` is for demos and tests. */
export function createRepositories(): Repositories {
  const memory = new URLSearchParams(location.search).get('storage') === 'memory';
  if (memory || typeof indexedDB === 'undefined') {
    return { rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() };
  }
  const db = new AccordDatabase();
  return { rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db };
}
