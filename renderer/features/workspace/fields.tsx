import { useId, useState, type ReactNode } from 'react';
import { AgreementBar } from './AgreementBar';
import { FRAMEWORK } from '../../../shared/framework/content';
import type { ArtifactKey } from '../../../shared/workspace/types';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { useStableCaret } from './caret';
import { ChipsInput } from './ChipsInput';

interface TextProps {
  label: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  className?: string;
  list?: string;
}

/** A text cell bound to a Y.Text through the store; the label is for screen readers when not shown. */
export function TextInput({ label, value, onChange, multiline, invalid, describedBy, placeholder, className, list }: TextProps) {
  const area = useStableCaret<HTMLTextAreaElement>(value);
  const line = useStableCaret<HTMLInputElement>(value);
  const common = {
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    placeholder,
    className,
    value,
  };
  return multiline ? (
    <textarea
      {...common}
      ref={area}
      rows={Math.min(6, Math.max(2, Math.ceil(value.length / 48)))}
      onChange={(e) => onChange(e.target.value)}
    />
  ) : (
    <input
      type="text"
      {...common}
      ref={line}
      list={list}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A list cell: edited as chips, one item-level edit per add or remove (see ChipsInput). */
export const ListInput = ChipsInput;

/** A number field that only commits valid numbers and explains what is wrong otherwise. */
export function NumberInput({
  label,
  value,
  onChange,
  min,
  max,
  step,
  suffix,
  id,
}: {
  label: string;
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  step?: number;
  suffix?: string;
  id?: string;
}) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const [draft, setDraft] = useState<string | undefined>(undefined);
  // NaN: not set (the shared doc holds no number here): an empty field that asks for one.
  const unset = !Number.isFinite(value);
  const text = draft ?? (unset ? '' : String(value));
  const n = Number(text);
  const error =
    text.trim() === '' || !Number.isFinite(n)
      ? 'Enter a number.'
      : min !== undefined && n < min
        ? `Must be at least ${min}.`
        : max !== undefined && n > max
          ? `Must be at most ${max}.`
          : undefined;
  return (
    <div className="ws-number">
      <label className="field" htmlFor={inputId}>
        {label}
      </label>
      <span className="row ws-number-row">
        <input
          id={inputId}
          type="number"
          value={text}
          min={min}
          max={max}
          step={step}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? `${inputId}-err` : undefined}
          onFocus={() => setDraft(unset ? '' : String(value))}
          onBlur={() => setDraft(undefined)}
          onChange={(e) => {
            setDraft(e.target.value);
            const v = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isFinite(v) && (min === undefined || v >= min) && (max === undefined || v <= max)) onChange(v);
          }}
        />
        {suffix && <span className="muted small">{suffix}</span>}
      </span>
      {error && (draft !== undefined || unset) && (
        <span id={`${inputId}-err`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * A select over `options` whose value may be none of them ('' as the shared doc reads a value
 * not set or unknown): it then shows "Choose…", so picking any option is a change that saves it.
 */
export function ChoiceSelect<T extends string>({
  value,
  options,
  onChange,
  label,
}: {
  value: string;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  label?: string;
}) {
  const known = options.some((o) => o.value === value);
  return (
    <select aria-label={label} value={known ? value : ''} aria-invalid={!known || undefined} onChange={(e) => onChange(e.target.value as T)}>
      {!known && (
        <option value="" disabled>
          Choose…
        </option>
      )}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Inline validation messages for one item. */
export function Issues({ id, issues }: { id?: string; issues: readonly string[] }) {
  if (!issues.length) return null;
  return (
    <ul id={id} className="ws-issues field-error">
      {issues.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** Empty state: one sentence that teaches the concept, plus the way forward. */
export function Empty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty card ws-empty">
      <p>{children}</p>
      {action}
    </div>
  );
}

const STATEMENTS = FRAMEWORK.areas.flatMap((a) => a.statements);
const SHORT = new Map(STATEMENTS.map((s) => [s.id, s.short]));

/** Which diagnostic gaps this artifact addresses, editable. */
export function GapLinks({ artifact }: { artifact: ArtifactKey }) {
  const linked = useWorkspaceStore((s) => s.workspace?.linkedGaps?.[artifact]) ?? [];
  const setLinkedGaps = useWorkspaceStore((s) => s.setLinkedGaps);
  const toggle = (id: string, on: boolean) => setLinkedGaps(artifact, on ? [...linked, id] : linked.filter((x) => x !== id));
  return (
    <div className="ws-gaps">
      <span className="muted small">Addresses the gaps:</span>{' '}
      {linked.length ? (
        linked.map((id) => (
          <span key={id} className="badge ws-gap-badge">
            {SHORT.get(id) ?? id}
          </span>
        ))
      ) : (
        <span className="muted small">none linked yet</span>
      )}
      <a className="small ws-gap-fix-link" href="#/workspace/gap-fixes">
        Fixes for your top gaps
      </a>
      <details className="ws-gaps-edit">
        <summary>Change linked gaps</summary>
        <div className="ws-gap-grid">
          {FRAMEWORK.areas.map((area) => (
            <fieldset key={area.id}>
              <legend>{area.title}</legend>
              {area.statements.map((s) => (
                <label key={s.id} className="ws-check">
                  <input type="checkbox" checked={linked.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} /> {s.short}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </details>
    </div>
  );
}

export function EditorHead({ title, artifact, children }: { title: string; artifact: ArtifactKey; children: ReactNode }) {
  return (
    <header className="ws-editor-head">
      <h2 id={`ws-${artifact}-title`}>{title}</h2>
      <p className="muted">{children}</p>
      <GapLinks artifact={artifact} />
      <AgreementBar agreementKey={artifact} label="Agreement" />
    </header>
  );
}
