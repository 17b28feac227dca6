/**
 * Capture in the room, for one agenda block: what the pair agreed (a decision, a
 * RACI change, a risk-budget value, an action) goes into the shared workspace at
 * once and waits for both leaders to confirm; what they did not settle is parked.
 * Mounted by the facilitator view (per block) and by the offsite summary page.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AgendaBlock } from '../../../../shared/offsite/agenda';
import { draftOf, bodyOf, type Capture, type CaptureDraft, type FieldError } from '../../../../shared/offsite/capture';
import { newId } from '../../../../shared/workspace/id';
import { useWorkspaceStore } from '../../../stores/workspace-store';
import { useAgreement } from '../../workspace/AgreementBar';
import { CaptureForm, NEW_BET, emptyDraft } from './CaptureForm';
import { CaptureList } from './CaptureList';
import { ParkedList } from './ParkedList';
import { RemovedByPartner } from './RemovedByPartner';
import { ofThisOffsite } from '../../../../shared/offsite/offsite-scope';
import { park, submitCapture, useMe, useOffsiteRecord } from './use-offsite';
import './capture.css';

/**
 * `blocks`: the agenda's blocks. A capture or parked item whose block id names none of them (the
 * agenda changed, or the partner's laptop moved it: the block is not part of what is agreed) is
 * listed under "Outside this agenda's blocks" in every block's panel, not lost from the room.
 * `since`: the first day of this offsite (offsite-scope.ts); what was captured before it is an
 * earlier offsite's and is listed there too, not under this agenda's block of the same id.
 */
export function CapturePanel({ block, blocks, since }: { block: AgendaBlock; blocks?: readonly AgendaBlock[]; since?: string }) {
  const uid = useId();
  const record = useOffsiteRecord();
  const workspace = useWorkspaceStore((s) => s.workspace);
  // Until the workspace is open there is nowhere to write: the buttons wait, and say so, rather
  // than answer a press with an error (the offsite opens on the page, the first seconds of a room).
  const ready = useWorkspaceStore((s) => s.ready);
  const loadError = useWorkspaceStore((s) => s.loadError);
  const opening = !ready && (
    <span className="muted small" role="status" data-testid="capture-opening">
      {loadError ? `The workspace could not be opened: ${loadError}` : 'Opening the workspace…'}
    </span>
  );
  const { bets } = useAgreement();
  const me = useMe();
  const [draft, setDraft] = useState<CaptureDraft>(() => emptyDraft('decision', new Date()));
  const [editing, setEditing] = useState<Capture>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string>();
  const [parkText, setParkText] = useState('');
  const [parkError, setParkError] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);

  // A new block starts with a clean form.
  useEffect(() => {
    setEditing(undefined);
    setErrors([]);
    setNotice(undefined);
  }, [block.id]);

  // Block ids repeat across offsites: one captured before this offsite's comparison was sealed is an
  // earlier offsite's, whatever block it names (offsite-scope.ts).
  const here = (x: { blockId: string; createdAt: string }) => ofThisOffsite(x, since);
  const captures = record.captures.filter((c) => c.blockId === block.id && here(c));
  const parked = record.parked.filter((p) => p.blockId === block.id && here(p));
  const known = new Set([block.id, ...(blocks ?? []).map((b) => b.id)]);
  const outside = (x: { blockId: string; createdAt: string }) => !known.has(x.blockId) || !here(x);
  const otherCaptures = blocks ? record.captures.filter(outside) : [];
  const otherParked = blocks ? record.parked.filter(outside) : [];

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const d = draft.kind === 'risk' && draft.betId === NEW_BET ? { ...draft, betId: newId('bet') } : draft;
    const r = submitCapture(d, block, me, editing);
    if (!r.ok) {
      setErrors(r.errors);
      setNotice(undefined);
      return;
    }
    setErrors([]);
    setNotice(editing ? 'Saved. It needs both confirmations again.' : 'Captured: it is in the workspace on both laptops. Both of you confirm it below.');
    setEditing(undefined);
    setDraft(emptyDraft(draft.kind, new Date()));
  }

  function startEdit(c: Capture) {
    setEditing(c);
    setDraft(draftOf(bodyOf(c)));
    setErrors([]);
    setNotice(undefined);
    formRef.current?.querySelector<HTMLElement>('textarea, input:not([type=radio]), select')?.focus();
  }

  const general = errors.filter((e) => e.field === 'kind');
  return (
    <section className="cap-panel" data-testid="capture-panel" data-block={block.id} aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`} className="cap-title">
        Capture · {block.title}
      </h2>
      <RemovedByPartner />
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <CaptureForm draft={draft} onChange={setDraft} errors={errors} workspace={workspace} bets={bets} lockKind={Boolean(editing)} />
        {general.map((e) => (
          <p key={e.message} className="field-error" role="alert">
            {e.message}
          </p>
        ))}
        {errors.length > 0 && general.length === 0 && (
          <p className="field-error" role="alert" data-testid="capture-errors">
            {errors.map((e) => e.message).join(' ')}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" data-testid="capture-submit" disabled={!ready}>
            {editing ? 'Save changes' : 'Capture'}
          </button>
          {opening}
          {editing && (
            <button type="button" className="ghost" onClick={() => (setEditing(undefined), setDraft(emptyDraft(draft.kind, new Date())), setErrors([]))}>
              Cancel editing
            </button>
          )}
          {notice && (
            <span className="muted small" role="status" data-testid="capture-notice">
              {notice}
            </span>
          )}
        </div>
      </form>

      <h3 className="cap-h3">Captured in this block</h3>
      <CaptureList captures={captures} me={me} onEdit={startEdit} />
      {otherCaptures.length + otherParked.length > 0 && (
        <details className="cap-other" data-testid="capture-other">
          <summary className="cap-h3">
            Outside this agenda’s blocks ({otherCaptures.length + otherParked.length})
          </summary>
          <p className="muted small">From an earlier offsite, or filed under a block this agenda does not have (an earlier agenda’s, or moved on either laptop). Still in the workspace.</p>
          {otherCaptures.length > 0 && <CaptureList captures={otherCaptures} me={me} onEdit={startEdit} label="Captured outside this agenda's blocks" />}
          {otherParked.length > 0 && (
            <ParkedList items={otherParked} label="Parked outside this agenda's blocks" testId="parked-item-other" me={me} />
          )}
        </details>
      )}

      <h3 className="cap-h3">Parking lot</h3>
      <form
        className="row cap-park"
        onSubmit={(e) => {
          e.preventDefault();
          const err = park(parkText, block, me);
          setParkError(err);
          if (!err) setParkText('');
        }}
      >
        <label htmlFor={`${uid}-park`} className="cap-park-label">
          Not settled here
        </label>
        <input id={`${uid}-park`} data-testid="park-input" value={parkText} maxLength={2000} onChange={(e) => setParkText(e.target.value)} placeholder="What to come back to" />
        <button type="submit" data-testid="park-button" disabled={!ready}>
          Park it
        </button>
        {parkError && (
          <span className="field-error small" role="alert">
            {parkError}
          </span>
        )}
      </form>
      {parked.length > 0 && (
        <ParkedList items={parked} label="Parked in this block" testId="parked-item" me={me} />
      )}
    </section>
  );
}
