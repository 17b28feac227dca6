import { useLayoutEffect, useRef } from 'react';

/**
 * Where a caret at `caret` in `before` belongs in `after`, when the text changed
 * elsewhere (a partner's edit). The changed region is found from the common prefix
 * and suffix; a caret before it stays, one after it shifts by the length change.
 */
export function mapCaret(before: string, after: string, caret: number): number {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  if (caret <= prefix) return caret;
  if (caret >= before.length - suffix) return caret + (after.length - before.length);
  return after.length - suffix;
}

/**
 * React moves the caret to the end when it writes a new value into a focused field;
 * for remote edits that would make the local typist jump. The caret is read from the
 * DOM during render — before React writes the new value — and mapped afterwards.
 */
export function useStableCaret<T extends HTMLInputElement | HTMLTextAreaElement>(value: string) {
  const ref = useRef<T>(null);
  const before = useRef<{ value: string; start: number; end: number } | null>(null);
  const el = ref.current;
  before.current = el && document.activeElement === el ? { value: el.value, start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 } : null;
  useLayoutEffect(() => {
    const node = ref.current;
    const prev = before.current;
    if (!node || !prev || prev.value === value || node.value !== value) return;
    node.setSelectionRange(mapCaret(prev.value, value, prev.start), mapCaret(prev.value, value, prev.end));
  }, [value]);
  return ref;
}
