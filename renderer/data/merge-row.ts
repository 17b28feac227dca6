/**
 * Reads one row and writes what `next` makes of it, in one readwrite transaction created now:
 * readwrite transactions on a store run one at a time across every tab of the profile, so no
 * other tab's write can land between this read and this write. Resolves when it commits;
 * rejects (nothing written) if `next` throws. Undefined when the connection cannot start one
 * (closing, or upgrading): the caller goes through Dexie.
 */
export function mergeRow<R>(db: IDBDatabase, store: string, key: IDBValidKey, next: (row: R | undefined) => object): Promise<void> | undefined {
  let tx: IDBTransaction;
  let read: IDBRequest;
  try {
    tx = db.transaction(store, 'readwrite');
    read = tx.objectStore(store).get(key);
  } catch {
    return undefined;
  }
  return new Promise((resolve, reject) => {
    let failed: unknown;
    read.onsuccess = () => {
      try {
        tx.objectStore(store).put(next(read.result as R | undefined));
        tx.commit?.();
      } catch (e) {
        failed = e;
        tx.abort();
      }
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failed ?? tx.error ?? new Error(`The write to ${store} was aborted.`));
  });
}
