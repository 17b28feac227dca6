/**
 * A failed write in the user's words. IndexedDB's full-disk error reaches us wrapped by Dexie
 * ("The quota has been exceeded. QuotaExceededError: The quota has been exceeded."); the user
 * needs to know the disk is full. Anything else keeps its own message.
 */
export function storageErrorText(err: unknown): string {
  const e = err as { name?: unknown; message?: unknown; inner?: { name?: unknown } } | null | undefined;
  if (e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError' || /QuotaExceeded/.test(String(e?.message ?? ''))) return 'the disk is full';
  // Put inside a sentence by the callers ("… (why).", "…: why."): its own full stop would double.
  return (err instanceof Error ? err.message : String(err)).trim().replace(/\.+$/, '');
}
