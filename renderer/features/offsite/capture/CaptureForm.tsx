/**
 * The form for one capture: a kind picker (radios, arrow keys move between them),
 * then the fields for that kind. Errors sit under their field and are announced.
 */
import { useId } from 'react';
import {
  BET_FIELDS,
  BET_FIELD_LABELS,
  CAPTURE_KINDS,
  CAPTURE_KIND_LABELS,
  RACI_CELLS,
  RACI_CELL_LABELS,
  type CaptureDraft,
  type CaptureKind,
  type FieldError,
  type RaciCell,
} from '../../../../shared/offsite/capture';
import { currentCell } from '../../../../shared/offsite/capture-ops';
import type { BetBudget } from '../../../../shared/workspace/agreement';
import type { Workspace } from '../../../../shared/workspace/types';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { planDay } from '../../../../shared/plan/working-days';

export const NEW_BET = '__new__';

/** A fresh form of one kind, with the dates prefilled. */
export function emptyDraft(kind: CaptureDraft['kind'], today: Date): CaptureDraft {
  const iso = toIsoDate(today);
  switch (kind) {
    case 'decision':
      return { kind, decidedOn: iso };
    case 'action':
      // A week out, on a working day: a sensible first guess the pair changes.
      return { kind, due: toIsoDate(planDay(today, 8)) };
    default:
      return { kind };
  }
}


interface Props {
  draft: CaptureDraft;
  onChange(d: CaptureDraft): void;
  errors: readonly FieldError[];
  workspace?: Workspace;
  bets: readonly BetBudget[];
  /** While editing, the kind stays what it was. */
  lockKind?: boolean;
}

export function CaptureForm({ draft, onChange, errors, workspace, bets, lockKind }: Props) {
  const uid = useId();
  const set = (patch: Partial<CaptureDraft>) => onChange({ ...draft, ...patch });
  const errorOf = (field: keyof CaptureDraft) => errors.find((e) => e.field === field)?.message;

  function Field({ name, label, type = 'text', list, multiline }: { name: keyof CaptureDraft; label: string; type?: string; list?: string; multiline?: boolean }) {
    const id = `${uid}-${name}`;
    const err = errorOf(name);
    const common = {
      id,
      value: (draft[name] as string | undefined) ?? '',
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err ? `${id}-err` : undefined,
      onChange: (e: { target: { value: string } }) => set({ [name]: e.target.value }),
    };
    return (
      <div className="cap-field">
        <label htmlFor={id}>{label}</label>
        {multiline ? <textarea rows={2} maxLength={2000} {...common} /> : <input type={type} list={list} maxLength={2000} {...common} />}
        {err && (
          <span id={`${id}-err`} className="field-error small">
            {err}
          </span>
        )}
      </div>
    );
  }

  function Select({ name, label, options }: { name: keyof CaptureDraft; label: string; options: { value: string; label: string }[] }) {
    const id = `${uid}-${name}`;
    const err = errorOf(name);
    return (
      <div className="cap-field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={(draft[name] as string | undefined) ?? ''} aria-invalid={err ? true : undefined} onChange={(e) => set({ [name]: e.target.value })}>
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {err && <span className="field-error small">{err}</span>}
      </div>
    );
  }

  const owners = `${uid}-owners`;
  const now = draft.kind === 'raci' && workspace && draft.rowId && draft.cell ? currentCell(workspace, draft.rowId, draft.cell as RaciCell) : undefined;

  return (
    <div className="cap-form">
      <fieldset className="cap-kinds" disabled={lockKind}>
        <legend>What did you agree?</legend>
        {CAPTURE_KINDS.map((k) => (
          <label key={k} className="cap-kind">
            <input type="radio" name={`${uid}-kind`} value={k} checked={draft.kind === k} onChange={() => onChange(emptyDraft(k as CaptureKind, new Date()))} />
            {CAPTURE_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <datalist id={owners}>
        <option value="CEO" />
        <option value="CTO" />
        <option value="CEO + CTO" />
      </datalist>

      {draft.kind === 'decision' && (
        <>
          {Field({ name: 'text', label: 'Decision', multiline: true })}
          {Field({ name: 'options', label: 'Options considered (comma-separated)' })}
          <div className="cap-row">
            {Field({ name: 'forum', label: 'Forum' })}
            {Field({ name: 'decidedOn', label: 'Decided on', type: 'date' })}
            {Field({ name: 'owner', label: 'Owner', list: owners })}
          </div>
        </>
      )}

      {draft.kind === 'raci' && (
        <>
          {Select({ name: 'rowId', label: 'Matrix row', options: (workspace?.matrix ?? []).map((r) => ({ value: r.id, label: r.decision || r.id })) })}
          <div className="cap-row">
            {Select({ name: 'cell', label: 'Cell', options: RACI_CELLS.map((c) => ({ value: c, label: RACI_CELL_LABELS[c] })) })}
            {Field({ name: 'value', label: 'New value', list: draft.cell === 'cadence' ? undefined : owners })}
          </div>
          {now !== undefined && <p className="muted small">Now in the matrix: {now || '(empty)'}</p>}
        </>
      )}

      {draft.kind === 'risk' && (
        <>
          {Select({ name: 'betId', label: 'Big bet', options: [...bets.map((b) => ({ value: b.id, label: b.name || b.id })), { value: NEW_BET, label: 'New big bet…' }] })}
          {draft.betId === NEW_BET && Field({ name: 'betName', label: 'Name of the new big bet' })}
          <div className="cap-row">
            {Select({ name: 'field', label: 'Budget', options: BET_FIELDS.map((f) => ({ value: f, label: BET_FIELD_LABELS[f] })) })}
            {Field({ name: 'value', label: 'Value', type: draft.field === 'securityClasses' ? 'text' : 'number' })}
          </div>
        </>
      )}

      {draft.kind === 'action' && (
        <>
          {Field({ name: 'text', label: 'Action' })}
          <div className="cap-row">
            {Field({ name: 'owner', label: 'Owner (role or name)', list: owners })}
            {Field({ name: 'due', label: 'Due (a working day)', type: 'date' })}
          </div>
        </>
      )}
    </div>
  );
}
