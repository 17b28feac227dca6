/**
 * Stable ids for new workspace items. Uses the Web Crypto global (present in
 * Electron, browsers and Node 20) when available, so no Node import is needed.
 */
export function newId(prefix: string): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const rand = c?.randomUUID
    ? c.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `${prefix}-${rand}`;
}
