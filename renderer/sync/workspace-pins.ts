/**
 * The pair's pinned gaps, shared in the workspace doc so both laptops (and the plan
 * each builds) follow the same three:
 *
 *   gapPins  Y.Map<pinKey(ceo, cto), string>   JSON array of statement ids, last writer wins
 *
 * Pinning is a choice the two make together, so last-writer-wins per comparison is enough.
 */
import type * as Y from 'yjs';
import { parsePins } from '../../shared/assessment/pins';

export const GAP_PINS = 'gapPins';
const ORIGIN = 'workspace-pins';

/** The shared pins for a comparison, or undefined when the pair never pinned in this workspace. */
export function readSharedPins(doc: Y.Doc, key: string): string[] | undefined {
  const raw = doc.getMap<unknown>(GAP_PINS).get(key);
  return typeof raw === 'string' ? parsePins(raw) : undefined;
}

export function writeSharedPins(doc: Y.Doc, key: string, pins: readonly string[]): void {
  doc.transact(() => doc.getMap<unknown>(GAP_PINS).set(key, JSON.stringify(pins)), ORIGIN);
}
