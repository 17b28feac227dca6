import type { AccordDatabase } from './db';
import type { DocStore } from '../sync/doc-persistence';

export class DexieDocStore implements DocStore {
  constructor(private readonly db: AccordDatabase) {}
  async load(id: string) {
    return (await this.db.docs.get(id))?.update;
  }
  async save(id: string, update: Uint8Array, meta?: string) {
    await this.db.docs.put({ id, update, updatedAt: new Date().toISOString(), meta });
  }
}

export class MemoryDocStore implements DocStore {
  private readonly map = new Map<string, Uint8Array>();
  async load(id: string) {
    return this.map.get(id);
  }
  async save(id: string, update: Uint8Array) {
    this.map.set(id, update);
  }
}
