import type * as Y from 'yjs';
import { getWorkspaceDoc } from '../sync/workspace-owner';

/**
 * A value read from the shared workspace doc for useSyncExternalStore: read once per
 * change (this laptop's edit or the partner's) and cached in between. The doc may
 * open after the first subscriber (pages load it lazily), so each read re-attaches.
 */
export interface DocSnapshot<T> {
  subscribe(listener: () => void): () => void;
  snapshot(): T;
  /** Read again on the next render (something outside the doc changed, e.g. this laptop's own record). */
  bump(): void;
}

export function docSnapshot<T>(read: (doc: Y.Doc | undefined) => T): DocSnapshot<T> {
  let version = 0;
  let cache: { doc?: Y.Doc; version: number; value: T } | undefined;
  const listeners = new Set<() => void>();
  let watched: Y.Doc | undefined;
  const bump = () => {
    version++;
    for (const l of listeners) l();
  };
  const watch = (doc: Y.Doc | undefined) => {
    if (doc && watched !== doc) {
      watched?.off('update', bump);
      watched = doc;
      doc.on('update', bump);
    }
  };
  return {
    bump,
    subscribe(listener) {
      listeners.add(listener);
      watch(getWorkspaceDoc());
      return () => listeners.delete(listener);
    },
    snapshot() {
      const doc = getWorkspaceDoc();
      watch(doc);
      if (cache && cache.doc === doc && cache.version === version) return cache.value;
      const value = read(doc);
      cache = { doc, version, value };
      return value;
    },
  };
}
