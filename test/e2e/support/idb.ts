import type { Page } from '@playwright/test';

/**
 * Every row of every store in the app's IndexedDB, serialised — a byte-for-byte
 * picture of the user's data to compare before and after something hostile.
 */
export async function snapshotDb(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('accord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].sort();
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] = (req.result as unknown[]).map((row) =>
                JSON.parse(JSON.stringify(row, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v))),
              );
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
