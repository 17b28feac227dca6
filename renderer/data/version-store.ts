import type { AccordDatabase } from './db';
import { newestFirst, type VersionRecord, type VersionStore } from '../sync/version-records';

/** Workspace versions in their own IndexedDB table (see db.ts v3). */
export class DexieVersionStore implements VersionStore {
  constructor(private readonly db: AccordDatabase) {}
  async list(docId: string) {
    const rows = await this.db.versions.where('docId').equals(docId).toArray();
    return rows.sort(newestFirst).map(({ update: _u, stateVector: _sv, ...meta }) => meta);
  }
  async get(id: string) {
    return this.db.versions.get(id);
  }
  async latest(docId: string) {
    const rows = await this.db.versions.where('docId').equals(docId).primaryKeys();
    const newest = (rows as string[]).sort().at(-1);
    return newest ? this.db.versions.get(newest) : undefined;
  }
  async add(v: VersionRecord) {
    await this.db.versions.put(v);
  }
  async remove(ids: string[]) {
    await this.db.versions.bulkDelete(ids);
  }
}
