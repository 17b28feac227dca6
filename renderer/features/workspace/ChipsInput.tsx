import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A list cell edited as chips: each item is its own token, so an add or a remove is
 * one item-level edit that merges with the partner's (the cell is a Y.Array).
 *
 * Keyboard: type and press Enter (or a comma) to add — "A, B" adds both; Backspace in
 * the empty field moves to the last chip; Backspace or Delete on a chip removes it;
 * ←/→ move between chips. Text left in the field is added when focus leaves it.
 */
export function ChipsInput({
  label,
  value,
  onChange,
  lines,
  invalid,
  describedBy,
  list,
  placeholder,
}: {
  label: string;
  value: readonly string[];
  onChange(value: string[]): void;
  /** Long items (checklists): one chip per line. */
  lines?: boolean;
  invalid?: boolean;
  describedBy?: string;
  list?: string;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const [focusAt, setFocusAt] = useState<number | undefined>();

  // After a remove, keep the keyboard where the user is: the next chip, else the field.
  useEffect(() => {
    if (focusAt === undefined) return;
    const buttons = box.current?.querySelectorAll<HTMLButtonElement>('.ws-chip-x');
    if (buttons && focusAt < buttons.length) buttons[focusAt].focus();
    else box.current?.querySelector<HTMLInputElement>('input')?.focus();
    setFocusAt(undefined);
  }, [focusAt, value]);

  const add = (text: string) => {
    const items = text.split(/[,\n]/).map((x) => x.trim()).filter(Boolean);
    const next = [...value];
    for (const item of items) if (!next.includes(item)) next.push(item);
    if (next.length !== value.length) onChange(next);
  };
  const remove = (i: number) => {
    onChange(value.filter((_, j) => j !== i));
    setFocusAt(i);
  };

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add(draft);
      setDraft('');
    } else if (e.key === 'Backspace' && draft === '' && value.length) {
      e.preventDefault();
      setFocusAt(value.length - 1);
    }
  };
  const onChipKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      remove(i);
    } else if (e.key === 'ArrowLeft' && i > 0) {
      e.preventDefault();
      setFocusAt(i - 1);
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      setFocusAt(i + 1);
    }
  };

  return (
    <div ref={box} role="group" aria-label={label} className={`ws-chips${lines ? ' ws-chips-lines' : ''}${invalid ? ' ws-chips-invalid' : ''}`}>
      {value.map((item, i) => (
        <span key={item} className="ws-chip" data-chip={item}>
          <span className="ws-chip-text">{item}</span>
          <button type="button" className="ws-chip-x" aria-label={`Remove ${item}`} title={`Remove ${item} (Delete)`} onClick={() => remove(i)} onKeyDown={(e) => onChipKey(e, i)}>
            ×
          </button>
        </span>
      ))}
      <input
        type="text"
        aria-label={`Add to ${label}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        list={list}
        placeholder={placeholder ?? (value.length ? 'Add…' : 'Type, then Enter')}
        value={draft}
        onKeyDown={onInputKey}
        onChange={(e) => {
          const s = e.target.value;
          // A comma (typed or pasted) closes the items before it.
          const cut = Math.max(s.lastIndexOf(','), s.lastIndexOf('\n'));
          if (cut >= 0) {
            add(s.slice(0, cut));
            setDraft(s.slice(cut + 1).trimStart());
          } else setDraft(s);
        }}
        onBlur={() => {
          if (draft.trim()) {
            add(draft);
            setDraft('');
          }
        }}
      />
    </div>
  );
}
