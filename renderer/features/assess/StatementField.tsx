import { memo, useState, type KeyboardEvent } from 'react';
import type { Answer, AnswerValue } from '../../../shared/assessment/types';
import type { Statement } from '../../../shared/framework/types';
import { LIKERT_LABELS, DONT_KNOW_LABEL } from '../../../shared/framework/labels';

const VALUES: AnswerValue[] = [1, 2, 3, 4, 5, 'dont-know'];

/** Digits 1–5 score, 0 or D means "don't know": faster than arrows for 24 statements. */
export function keyToAnswer(key: string): AnswerValue | undefined {
  if (/^[1-5]$/.test(key)) return Number(key) as AnswerValue;
  if (key === '0' || key === 'd' || key === 'D') return 'dont-know';
  return undefined;
}

interface Props {
  statement: Statement;
  answer: Answer | undefined;
  disabled: boolean;
  onChange(answer: Answer): void;
}

export const StatementField = memo(function StatementField({ statement, answer, disabled, onChange }: Props) {
  const [noteOpen, setNoteOpen] = useState(Boolean(answer?.note));
  const value = answer?.value ?? null;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (disabled || e.altKey || e.ctrlKey || e.metaKey) return;
    const picked = keyToAnswer(e.key);
    if (picked === undefined) return;
    e.preventDefault();
    onChange({ ...answer, value: picked });
    // Keep focus on the radio that is now checked so arrows continue from there.
    const target = e.currentTarget.querySelector<HTMLInputElement>(`input[value="${picked}"]`);
    target?.focus();
  }

  return (
    <fieldset className="statement" data-statement={statement.id} disabled={disabled}>
      <legend>{statement.text}</legend>
      <p className="hint">{statement.hint}</p>
      <div className="scale" role="radiogroup" aria-label={statement.text} onKeyDown={onKeyDown}>
        {VALUES.map((v) => (
          <label key={String(v)}>
            <input
              type="radio"
              name={statement.id}
              value={String(v)}
              checked={value === v}
              onChange={() => onChange({ ...answer, value: v })}
            />
            <span>
              <b>{v === 'dont-know' ? '?' : v}</b>
              {v === 'dont-know' ? DONT_KNOW_LABEL : LIKERT_LABELS[v]}
            </span>
          </label>
        ))}
      </div>
      <div className="note">
        {noteOpen && (
          <label className="field small">
            Note (private until you seal)
            <textarea
              value={answer?.note ?? ''}
              maxLength={2000}
              rows={2}
              onChange={(e) => onChange({ value, note: e.target.value || undefined })}
            />
          </label>
        )}
        {noteOpen ? (
          answer?.note ? (
          <label className="row small note-in-plan">
            <input
              type="checkbox"
              checked={Boolean(answer.noteInPlan)}
              disabled={disabled}
              onChange={(e) => onChange({ value, note: answer.note, noteInPlan: e.target.checked })}
            />{' '}
            Put this note in the repair plan (otherwise it stays out of the plan)
          </label>
          ) : null
        ) : (
          <button type="button" className="ghost note-toggle small" onClick={() => setNoteOpen(true)} disabled={disabled}>
            + Add a note
          </button>
        )}
      </div>
    </fieldset>
  );
});
