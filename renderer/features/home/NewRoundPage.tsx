import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Role, RoundKind } from '../../../shared/assessment/types';
import { defaultRoundLabel } from '../../../shared/assessment/round';
import { useRoundsStore } from '../../stores/rounds-store';
import { useOpenRounds } from '../../stores/local-pair-store';
import { navigate } from '../../app/router';
import { latestSealedRound, rescoreLabelAfter } from '../../../shared/offsite/baseline';

/** `rescore`: the day-30 re-score the plan schedules — the same diagnostic, prefilled from this laptop's last sealed round. */
export function NewRoundPage({ rescore = false }: { rescore?: boolean }) {
  const create = useRoundsStore((s) => s.create);
  // A private round taken in turns is never the basis of a prefill.
  const rounds = useOpenRounds();
  const basis = rescore ? latestSealedRound(rounds) : undefined;
  const [role, setRole] = useState<Role>('ceo');
  const [personName, setPersonName] = useState('');
  const [companyName, setCompanyName] = useState('');
  const [kind, setKind] = useState<RoundKind>('quarterly-reset');
  const [event, setEvent] = useState('');
  const [customLabel, setCustomLabel] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<{ field: 'personName' | 'event'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const eventRef = useRef<HTMLInputElement>(null);

  const label = customLabel ?? defaultRoundLabel(kind, new Date(), event.trim() || undefined);

  // The rounds may load after the first render: prefill once the basis is there.
  const prefilled = useRef(false);
  useEffect(() => {
    if (!basis || prefilled.current) return;
    prefilled.current = true;
    setRole(basis.role);
    setPersonName(basis.personName);
    setCompanyName(basis.companyName ?? '');
    setCustomLabel(rescoreLabelAfter(basis.label));
  }, [basis]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // A missing field is reported next to it, and focus goes there so it can be fixed at once.
    if (!personName.trim()) {
      setFieldError({ field: 'personName', message: 'Please enter your name so your partner knows whose scores these are.' });
      nameRef.current?.focus();
      return;
    }
    if (kind === 'repair' && !event.trim()) {
      setFieldError({ field: 'event', message: 'Name the event this repair round follows, e.g. “the March outage”.' });
      eventRef.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      const id = await create({
        role,
        personName: personName.trim(),
        companyName: companyName.trim() || undefined,
        kind,
        label: label.trim(),
        event: kind === 'repair' ? event.trim() : undefined,
      });
      navigate({ name: 'assess', id, step: 0 });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <section className="page" aria-labelledby="new-title" style={{ maxWidth: 640 }}>
      <h1 id="new-title">{rescore ? 'Day-30 re-score' : 'New round'}</h1>
      {rescore && basis && (
        <p className="card" data-testid="rescore-basis">
          The same diagnostic again, answered fresh, to see whether the repair worked. It is named after “{basis.label}”, so your partner's re-score —
          started the same way on their laptop — pairs with yours, and the comparison shows what closed, narrowed or widened since then.
        </p>
      )}
      {rescore && !basis && rounds.length > 0 && (
        <p className="card">Nothing is sealed on this laptop yet: a re-score follows a sealed round. Start a regular round below.</p>
      )}
      <p className="muted">
        Pick your role and the kind of round. Your answers stay private until you seal them. Your workspace — decision matrix, cadence, metrics
        and decision log — carries over from round to round.
      </p>
      <form className="card stack" onSubmit={submit} noValidate>
        <fieldset>
          <legend>I am the</legend>
          <div className="choice-row">
            {(['ceo', 'cto'] as const).map((r) => (
              <label key={r} className="row">
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
                {r.toUpperCase()}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          Your name
          <input
            ref={nameRef}
            type="text"
            name="personName"
            value={personName}
            maxLength={100}
            onChange={(e) => setPersonName(e.target.value)}
            autoFocus
            aria-invalid={fieldError?.field === 'personName' || undefined}
            aria-describedby={fieldError?.field === 'personName' ? 'personName-error' : undefined}
          />
        </label>
        {fieldError?.field === 'personName' && (
          <span className="field-error" id="personName-error" role="alert">
            {fieldError.message}
          </span>
        )}
        <label className="field">
          Company <span className="muted small">(optional, shown on the repair plan)</span>
          <input type="text" name="companyName" value={companyName} maxLength={100} onChange={(e) => setCompanyName(e.target.value)} />
        </label>
        <fieldset>
          <legend>Kind of round</legend>
          <div className="stack" style={{ gap: '0.4rem' }}>
            <label className="row">
              <input type="radio" name="kind" value="quarterly-reset" checked={kind === 'quarterly-reset'} onChange={() => setKind('quarterly-reset')} />
              Quarterly reset <span className="muted small">— the regular check-in</span>
            </label>
            <label className="row">
              <input type="radio" name="kind" value="repair" checked={kind === 'repair'} onChange={() => setKind('repair')} />
              30-day repair <span className="muted small">— after a missed launch, an outage or a pivot</span>
            </label>
          </div>
        </fieldset>
        {kind === 'repair' && (
          <>
          <label className="field">
            What happened?
            <input
              ref={eventRef}
              type="text"
              name="event"
              value={event}
              maxLength={120}
              placeholder="the March outage"
              onChange={(e) => setEvent(e.target.value)}
              aria-invalid={fieldError?.field === 'event' || undefined}
              aria-describedby={fieldError?.field === 'event' ? 'event-error' : undefined}
            />
          </label>
          {fieldError?.field === 'event' && (
            <span className="field-error" id="event-error" role="alert">
              {fieldError.message}
            </span>
          )}
          </>
        )}
        <label className="field">
          Round name
          <input type="text" name="label" value={label} maxLength={200} onChange={(e) => setCustomLabel(e.target.value)} />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            Start the diagnostic
          </button>
          <a className="button" href="#/">
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
