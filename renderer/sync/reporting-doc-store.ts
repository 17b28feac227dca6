import type { DocStore } from './doc-persistence';
import { storageErrorText } from '../data/storage-error';

/**
 * A DocStore that tells its owner how saving goes: what went wrong when a save fails ("the
 * disk is full"), undefined once one lands again. The failure is still thrown, so whoever
 * closes the doc hears of a last save that did not land. Without this, a failed timed save
 * was silent until Leave: the user went on believing the comparison was kept.
 */
export function reportingDocStore(store: DocStore, report: (problem: string | undefined) => void): DocStore {
  return {
    load: (id) => store.load(id),
    ...(store.saveNow ? { saveNow: (id: string, update: Uint8Array) => store.saveNow!(id, update) } : {}),
    ...(store.versions ? { versions: store.versions } : {}),
    async save(id, update, meta) {
      try {
        await store.save(id, update, meta);
      } catch (err) {
        report(storageErrorText(err));
        throw err;
      }
      report(undefined);
    },
  };
}
