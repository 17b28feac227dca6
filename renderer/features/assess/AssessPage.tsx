import { useEffect, useRef } from 'react';
import { FRAMEWORK } from '../../../shared/framework/content';
import { progress } from '../../../shared/assessment/scoring';
import { useAssessStore } from '../../stores/assess-store';
import { navigate } from '../../app/router';
import { useUndoShortcuts } from '../../app/use-undo-shortcuts';
import { StatementField } from './StatementField';
import { WarningSignsStep } from './WarningSignsStep';
import { ReviewStep } from './ReviewStep';
import { UnsureSealAlert } from './UnsureSealAlert';
import { PrivateGate } from '../local/PrivateGate';
import { REVIEW_STEP, STEP_TITLES, reviewStepHref } from './steps';
import { useShallow } from 'zustand/react/shallow';

export function AssessPage(props: { id: string; step: number }) {
  return (
    <PrivateGate roundId={props.id}>
      <AssessSteps {...props} />
    </PrivateGate>
  );
}

function AssessSteps({ id, step }: { id: string; step: number }) {
  // Only what this page shows: the save state and a seal in progress re-render nothing here.
  const { round, missing, open, answer, warn, undo, redo, sealFailed, sealUnsure, sealHeld } = useAssessStore(
    useShallow((s) => ({ round: s.round, missing: s.missing, open: s.open, answer: s.answer, warn: s.warn, undo: s.undo, redo: s.redo, sealFailed: s.sealError !== undefined, sealUnsure: s.sealUnsure, sealHeld: s.sealHeld })),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = Math.min(step, REVIEW_STEP);
  useUndoShortcuts(undo, redo);

  useEffect(() => {
    void open(id);
  }, [id, open]);

  // Move focus to the step heading so keyboard users start at the top of each step.
  useEffect(() => {
    headingRef.current?.focus();
  }, [current]);

  if (missing) {
    return (
      <section className="page">
        <h1>Round not found</h1>
        <p className="muted">It may have been deleted on this laptop.</p>
        <a href="#/">Back to your rounds</a>
      </section>
    );
  }
  if (!round || round.id !== id) return <p className="loading" role="status">Loading…</p>;

  const p = progress(round);
  const go = (s: number) => navigate({ name: 'assess', id, step: s });
  const area = current < FRAMEWORK.areas.length ? FRAMEWORK.areas[current] : undefined;

  return (
    <section className="page" aria-labelledby="step-title">
      <p className="muted small">
        {round.label} · {round.personName} ({round.role.toUpperCase()})
      </p>
      <nav aria-label="Diagnostic steps">
        <ol className="steps">
          {STEP_TITLES.map((title, i) => {
            const areaProgress = i < FRAMEWORK.areas.length ? p.perArea[FRAMEWORK.areas[i].id] : undefined;
            const isWarnings = i === FRAMEWORK.areas.length;
            const complete = areaProgress
              ? areaProgress.answered === areaProgress.total
              : isWarnings && p.warningsAnswered === p.warningsTotal;
            return (
              <li key={title}>
                <a
                  href={`#/assess/${id}/${i}`}
                  aria-current={i === current ? 'step' : undefined}
                  className={complete ? 'complete' : undefined}
                >
                  {i + 1}. {title}
                  {complete ? ' ✓' : ''}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
      <div
        className="progress"
        role="progressbar"
        aria-label="Statements answered"
        aria-valuemin={0}
        aria-valuemax={p.total}
        aria-valuenow={p.answered}
      >
        <span style={{ width: `${(p.answered / p.total) * 100}%` }} />
      </div>

      <h1 id="step-title" ref={headingRef} tabIndex={-1}>
        {STEP_TITLES[current]}
      </h1>
      {round.sealedAt && (
        <p className="alert" role="note">
          This round is sealed: answers are read-only. <a href={`#/results/${id}`}>See your results</a>.
        </p>
      )}
      {sealUnsure && !round.sealedAt && <UnsureSealAlert id={id} onReviewStep={current === REVIEW_STEP} onEditable={() => headingRef.current?.focus()} />}
      {sealFailed && !sealUnsure && !round.sealedAt && (
        <p className="alert" role="alert" data-testid="seal-unsaved">
          {sealHeld
            ? // Held as the seal dialog's prepared copy (its write failed, or Accord closed just after Seal now): as the Compare page says.
              'You sealed this round but it could not be stored with your round on this laptop; the copy kept when you opened the seal dialog holds it, and your answers stay as you sealed them.'
            : 'You sealed this round but it could not be stored on this laptop; your answers stay as you sealed them.'}{' '}
          <a href={reviewStepHref(id)}>Review and seal again</a> to store it.
        </p>
      )}
      {area && (
        <>
          <p className="muted">{area.summary}</p>
          <p className="kbd-help">
            Tab to a statement, then press <kbd>1</kbd>–<kbd>5</kbd> to score it or <kbd>0</kbd> for “don&apos;t know”. <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes.
          </p>
          {area.statements.map((s) => (
            <StatementField
              key={s.id}
              statement={s}
              answer={round.answers[s.id]}
              disabled={Boolean(round.sealedAt) || sealFailed}
              onChange={(a) => answer(s.id, a)}
            />
          ))}
        </>
      )}
      {current === FRAMEWORK.areas.length && <WarningSignsStep round={round} onChange={warn} frozen={sealFailed} />}
      {current === REVIEW_STEP && <ReviewStep round={round} onGoTo={go} />}

      <div className="wizard-nav">
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
          ← Back
        </button>
        {current < REVIEW_STEP && (
          <button type="button" className="primary" onClick={() => go(current + 1)}>
            Next: {STEP_TITLES[current + 1]} →
          </button>
        )}
      </div>
    </section>
  );
}
