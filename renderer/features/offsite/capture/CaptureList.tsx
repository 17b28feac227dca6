/**
 * A block's captures with their agreement state and the way to confirm each: on a
 * leader's own laptop as their role, or on one shared laptop with both names.
 */
import { useState } from 'react';
import { CAPTURE_KIND_LABELS, bodyOf, describeCapture, type Capture } from '../../../../shared/offsite/capture';
import { captureHash, captureKey, captureState, captureStateLabel } from '../../../../shared/offsite/capture-agreement';
import { useAgreement } from '../../workspace/AgreementBar';
import { confirmCapture, type Me } from './use-offsite';
import { PartnerText, plainPartnerText } from '../../../app/PartnerText';
import { ownWrite, ownWriteIds, writtenHereAs } from '../../../sync/own-writes';
import { MAX_LISTED, listedFirst } from '../../../../shared/offsite/listed';
import { UnlistedNote } from '../UnlistedNote';

function TogetherForm({ onDone, onCancel }: { onDone(who: Me[]): void; onCancel(): void }) {
  const [names, setNames] = useState({ ceo: '', cto: '' });
  const [error, setError] = useState<string>();
  return (
    <form
      className="row cap-together"
      onSubmit={(e) => {
        e.preventDefault();
        if (!names.ceo.trim() || !names.cto.trim()) return setError('Enter both names: each leader confirms for themselves.');
        onDone([
          { role: 'ceo', name: names.ceo },
          { role: 'cto', name: names.cto },
        ]);
      }}
    >
      <label className="small">
        CEO name <input value={names.ceo} onChange={(e) => setNames({ ...names, ceo: e.target.value })} maxLength={120} autoFocus />
      </label>
      <label className="small">
        CTO name <input value={names.cto} onChange={(e) => setNames({ ...names, cto: e.target.value })} maxLength={120} />
      </label>
      <button type="submit" className="small primary">
        We both agree
      </button>
      <button type="button" className="small ghost" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <span className="field-error small" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

function CaptureItem({ capture, me, onEdit }: { capture: Capture; me?: Me; onEdit(c: Capture): void }) {
  const { agreement } = useAgreement();
  const [together, setTogether] = useState(false);
  const [error, setError] = useState<string>();
  const state = captureState(capture, agreement);
  const mineDone = me ? agreement.local[captureKey(capture.id)]?.[me.role] === captureHash(capture) : false;
  const run = (who: Me[], mode: 'live' | 'together') => {
    try {
      confirmCapture(capture, who, mode);
      setTogether(false);
      setError(undefined);
    } catch (e) {
      setError(`Could not record the agreement on this laptop: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  // It names this leader — by role, by name, or as the exporter of an offsite file — but this laptop
  // has no record of writing it as it stands and its leader has not agreed to it here: the partner's
  // laptop wrote or rewrote it (own-writes.ts). Any of those fields alone is enough to claim it.
  const named = (n: string | undefined) => Boolean(me && n?.trim() && n.trim() === me.name.trim());
  const claimsMe = Boolean(me && (capture.author === me.role || capture.importedFrom?.role === me.role || named(capture.authorName) || named(capture.importedFrom?.name)));
  // This leader's own confirmation vouches for it only where this laptop has no record of writing it
  // (written before the record existed, or with storage full): a record that no longer matches means
  // the partner changed it — its body, or its block, title, name or offsite file (writtenHash).
  const written = ownWrite(capture);
  const notMine = claimsMe && written !== 'as-written' && !(mineDone && written === 'none');
  // An offsite file named on the leader's own capture is the partner's word, not the partner's proposal.
  const fromFile = capture.importedFrom && state.kind !== 'agreed' && !writtenHereAs(capture, me?.role) ? capture.importedFrom : undefined;
  const by = capture.authorName ? `Captured by ${plainPartnerText(capture.authorName)}${capture.author ? ` (${capture.author.toUpperCase()})` : ''}` : '';
  return (
    <li className={`cap-item cap-${state.kind}`} data-testid="capture-item" data-capture-kind={capture.kind} data-capture-id={capture.id}>
      <span className="cap-kind-tag">{CAPTURE_KIND_LABELS[capture.kind]}</span>
      <span className="cap-text" data-testid="capture-text">
        <PartnerText text={describeCapture(bodyOf(capture))} />
      </span>
      <span className="cap-state" data-testid="capture-state" role="status">
        {captureStateLabel(state)}
      </span>
      {/* From the partner's file and not agreed yet: say whose proposal it is, instead of who typed it. */}
      {notMine ? (
        <span className="small field-error" data-testid="capture-not-written-here">
          Filed under your name ({me!.role.toUpperCase()}), but this laptop has no record of you writing it as it stands — read it before you agree
        </span>
      ) : (
        by && !fromFile && <span className="muted small">{by}</span>
      )}
      {!notMine && fromFile && (
        <span className="small cap-from" data-testid="capture-proposed-by">
          Proposed by <PartnerText text={fromFile.name || 'your partner'} /> ({fromFile.role.toUpperCase()}) in their offsite file
        </span>
      )}
      <div className="row cap-actions">
        {state.kind !== 'agreed' &&
          (me ? (
            <button type="button" className="small" data-testid="capture-confirm" disabled={mineDone} onClick={() => run([me], 'live')}>
              {mineDone ? `You agreed (${me.role.toUpperCase()}); waiting for your partner` : `I agree (as ${me.role.toUpperCase()})`}
            </button>
          ) : together ? (
            <TogetherForm onDone={(who) => run(who, 'together')} onCancel={() => setTogether(false)} />
          ) : (
            <button type="button" className="small" data-testid="capture-confirm-together" onClick={() => setTogether(true)}>
              Agree together on this laptop…
            </button>
          ))}
        <button type="button" className="small ghost" data-testid="capture-edit" onClick={() => onEdit(capture)} aria-label={`Edit: ${describeCapture(bodyOf(capture))}`}>
          Edit
        </button>
      </div>
      {error && (
        <span className="field-error small" role="alert">
          {error}
        </span>
      )}
    </li>
  );
}

export function CaptureList({ captures, me, onEdit, label = 'Captured in this block' }: { captures: readonly Capture[]; me?: Me; onEdit(c: Capture): void; label?: string }) {
  const { agreement } = useAgreement();
  if (captures.length === 0) {
    return (
      <p className="muted small" data-testid="capture-empty">
        Nothing captured in this block yet. When you two agree something, pick what it is above and press Capture: it goes into the workspace on both
        laptops and waits for both of you to confirm.
      </p>
    );
  }
  // A flood of captures (the partner's laptop) is not rendered whole: this laptop's own, those its
  // leader confirmed and the agreed ones make the cut first (listed.ts).
  const mine = captures.length > MAX_LISTED ? ownWriteIds() : undefined;
  const { shown, unlisted } = listedFirst(
    captures,
    (c) => Boolean(mine?.has(c.id)) || agreement.local[captureKey(c.id)] !== undefined || captureState(c, agreement).kind === 'agreed',
  );
  return (
    <>
      <ul className="cap-list" aria-label={label}>
        {shown.map((c) => (
          <CaptureItem key={c.id} capture={c} me={me} onEdit={onEdit} />
        ))}
      </ul>
      <UnlistedNote shown={shown.length} unlisted={unlisted} testId="capture-unlisted" />
    </>
  );
}
