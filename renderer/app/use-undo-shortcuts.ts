import { useEffect } from 'react';

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y). By default text fields keep their own
 * native undo; `inTextFields` sends those keys to `undo`/`redo` too (the workspace,
 * where text lives in the shared document and its undo manager).
 */
export function useUndoShortcuts(undo: () => void, redo: () => void, opts: { inTextFields?: boolean } = {}): void {
  const inTextFields = Boolean(opts.inTextFields);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const el = e.target as HTMLElement | null;
      const textField = el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'text'));
      if (textField && !inTextFields) return;
      // A modal dialog makes the page behind it inert: its undo must not change what the
      // dialog is about (the seal dialog's answers, say).
      if (document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, inTextFields]);
}
