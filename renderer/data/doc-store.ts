import type { AccordDatabase } from './db';
import type { DocStore } from '../sync/doc-persistence';
import { MemoryVersionStore } from '../sync/version-records';
import { DexieVersionStore } from './version-store';
import { putRow } from './put-row';
import { mergeRow } from './merge-row';
import type { StoredDoc } from './db';

export class DexieDocStore implements DocStore {
  readonly versions: DexieVersionStore;
  constructor(private readonly db: AccordDatabase) {
    this.versions = new DexieVersionStore(db);
  }
  async load(id: string) {
    return (await this.db.docs.get(id))?.update;
  }
  async loadWithEpoch(id: string) {
    const row = await this.db.docs.get(id);
    return row && { update: row.update, epoch: row.epoch };
  }
  /**
   * The last write asked for, per doc. Every write is the doc's whole state at the time it was
   * asked for, so a later one holds all an earlier one does: an earlier write whose transaction
   * has not started yet is dropped, or it could land after saveNow's and undo it.
   */
  private readonly latest = new Map<string, number>();
  private writes = 0;

  async save(id: string, update: Uint8Array, meta?: string) {
    const mine = ++this.writes;
    this.latest.set(id, mine);
    // Open: the transaction is created in this task, so writes land in the order asked for, and
    // a few ms sooner than through Dexie's promise chain — the partner's commitment is saved
    // before our reveal leaves (comparison-controller), so this write is on the reveal's path.
    if (this.db.isOpen()) {
      const written = putRow(this.db.backendDB(), 'docs', { id, update, updatedAt: new Date().toISOString(), meta });
      if (written) return written;
    }
    await this.db.transaction('rw', this.db.docs, async () => {
      if (this.latest.get(id) !== mine) return;
      await this.db.docs.put({ id, update, updatedAt: new Date().toISOString(), meta });
    });
  }
  /**
   * Another tab's save cannot land between the read and the write (one readwrite transaction;
   * see DocStore.saveMerged). No write is dropped as stale, unlike `save`'s: what it writes is
   * made when it runs, so it holds all an earlier write does. The row keeps its restore epoch
   * (only a Replace restore writes a new one); `merge` sees it, and throws to write nothing.
   */
  async saveMerged(id: string, merge: (stored: Uint8Array | undefined, epoch: string | undefined) => Uint8Array, meta?: string) {
    const row = (stored: StoredDoc | undefined): StoredDoc => ({
      id,
      update: merge(stored?.update, stored?.epoch),
      updatedAt: new Date().toISOString(),
      meta: meta ?? stored?.meta,
      epoch: stored?.epoch,
    });
    if (this.db.isOpen()) {
      const written = mergeRow<StoredDoc>(this.db.backendDB(), 'docs', id, row);
      if (written) return written;
    }
    await this.db.transaction('rw', this.db.docs, async () => {
      await this.db.docs.put(row(await this.db.docs.get(id)));
    });
  }
  saveNow(id: string, update: Uint8Array, epoch?: string): boolean {
    if (!this.db.isOpen()) return false;
    // Dexie's put goes through promises; a page in pagehide may not live to see them run.
    const written = putRow(this.db.backendDB(), 'docs', { id, update, updatedAt: new Date().toISOString(), meta: undefined, epoch });
    if (!written) return false;
    written.catch(() => undefined); // nobody is left to tell: the page is going away
    this.latest.set(id, ++this.writes);
    return true;
  }
}

export class MemoryDocStore implements DocStore {
  readonly versions = new MemoryVersionStore();
  private readonly map = new Map<string, Uint8Array>();
  async load(id: string) {
    return this.map.get(id);
  }
  async save(id: string, update: Uint8Array) {
    this.map.set(id, update);
  }
  /** One window holds a memory store, and no restore writes into it: no epoch. */
  async saveMerged(id: string, merge: (stored: Uint8Array | undefined, epoch: string | undefined) => Uint8Array) {
    this.map.set(id, merge(this.map.get(id), undefined));
  }
}
