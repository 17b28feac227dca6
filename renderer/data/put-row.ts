/**
 * One row in one readwrite transaction, created now; resolves when it commits. Undefined when
 * the connection cannot start one (closing, or upgrading): the caller goes through Dexie
 * or reports it.
 */
export function putRow(db: IDBDatabase, store: string, row: object): Promise<void> | undefined {
  let tx: IDBTransaction;
  try {
    tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(row);
  } catch {
    return undefined;
  }
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error(`The write to ${store} was aborted.`));
    tx.commit?.();
  });
}
