import type * as Y from 'yjs';
import { getWorkspaceDoc } from '../sync/workspace-owner';

/**
 * A value read from the shared workspace doc for useSyncExternalStore: read once per
 * change (this laptop's edit or the partner's) and cached in between. The doc may
 * open after the first subscriber (pages load it lazily), so each read re-attaches.
 *
 * `roots`: the top-level entries `read` reads; only a change to one of them (or a `bump`) reads
 * again. Without them every change does: a partner's 140,000 confirmations or captures (inside
 * the guard's entry cap) were parsed again on every keystroke anywhere in the workspace — a
 * second or more each on a shared core — while the page held an agreement bar or the offsite.
 */
export interface DocSnapshot<T> {
  subscribe(listener: () => void): () => void;
  snapshot(): T;
  /** Read again on the next render (something outside the doc changed, e.g. this laptop's own record). */
  bump(): void;
}

export function docSnapshot<T>(read: (doc: Y.Doc | undefined) => T, roots?: readonly string[]): DocSnapshot<T> {
  let version = 0;
  let cache: { doc?: Y.Doc; version: number; value: T } | undefined;
  const listeners = new Set<() => void>();
  let watched: Y.Doc | undefined;
  const bump = () => {
    version++;
    for (const l of listeners) l();
  };
  const names = roots ? new Set(roots) : undefined;
  // changedParentTypes holds every changed type and its ancestors, so each changed root.
  const onTransaction = (tr: Y.Transaction, doc: Y.Doc) => {
    for (const [name, type] of doc.share) {
      if (names!.has(name) && tr.changedParentTypes.has(type)) return bump();
    }
  };
  const watch = (doc: Y.Doc | undefined) => {
    if (doc && watched !== doc) {
      if (names) watched?.off('afterTransaction', onTransaction);
      else watched?.off('update', bump);
      watched = doc;
      if (names) doc.on('afterTransaction', onTransaction);
      else doc.on('update', bump);
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
