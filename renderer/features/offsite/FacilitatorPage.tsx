import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AgendaBlock } from '../../../shared/offsite/agenda';
import { blockBrief } from '../../../shared/offsite/block-brief';
import { addTime, formatClock, goTo, remainingMs, startTimer, togglePause, type TimerState } from '../../../shared/offsite/timer';
import { answerBadge, warningLabel } from '../../../shared/framework/labels';
import { useAgenda, useOffsiteSource, type OffsiteSource } from './use-offsite';
import { offsiteFirstDay } from '../../../shared/offsite/offsite-scope';
import './offsite.css';
import { PartnerText } from '../../app/PartnerText';

export interface FacilitatorProps {
  /** Rendered in the side panel for the current block (the capture panel), given the agenda's blocks and this offsite's first day (offsite-scope.ts); nothing when absent. */
  capture?: (block: AgendaBlock, blocks: readonly AgendaBlock[], since: string | undefined) => ReactNode;
}

const ADD_MS = 5 * 60_000;
const BACK = '#/offsite';

/** Keys typed into a field belong to the field, not to the facilitator. */
const isTyping = (t: EventTarget | null) => t instanceof Element && Boolean(t.closest('input, textarea, select, [contenteditable="true"]'));
/** Space on a button or link presses it (native behaviour); elsewhere it pauses. */
const isActivatable = (t: EventTarget | null) => t instanceof Element && Boolean(t.closest('button, a[href], summary, [role="button"]'));

export default function FacilitatorPage({ capture }: FacilitatorProps) {
  const { ready, source } = useOffsiteSource();
  const { agenda } = useAgenda(source);
  if (!ready || (source && !agenda)) return <p className="loading" role="status">Loading…</p>;
  if (!source || !agenda) {
    return (
      <div className="facilitator facilitator-empty" data-testid="facilitator-empty">
        <p>Nothing to facilitate yet: the facilitator view runs the offsite agenda, which needs a complete comparison.</p>
        <a className="button primary" href={BACK}>
          Plan the offsite
        </a>
      </div>
    );
  }
  return <Facilitator source={source} blocks={agenda.blocks} capture={capture} />;
}

function Facilitator({ source, blocks, capture }: { source: OffsiteSource; blocks: AgendaBlock[]; capture?: FacilitatorProps['capture'] }) {
  const minutes = useMemo(() => blocks.map((b) => b.minutes), [blocks]);
  const [state, setState] = useState<TimerState>(() => startTimer(minutes, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  const [said, setSaid] = useState('');
  const root = useRef<HTMLDivElement>(null);
  // The agenda may change on the partner's laptop mid-session: the clock follows its minutes.
  const timer: TimerState = { ...state, minutes, blockCount: minutes.length, block: Math.min(state.block, minutes.length - 1) };
  const block = blocks[timer.block];
  const next = blocks[timer.block + 1];
  const remaining = remainingMs(timer, now);
  const over = remaining < 0;
  const paused = timer.pausedAt !== undefined;
  const planned = (block.minutes * 60_000 + timer.extraMs) || 1;
  const brief = useMemo(() => blockBrief(block, source.ceo, source.cto, blocks), [block, source, blocks]);

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);
  useEffect(() => root.current?.focus(), []);

  const actions = useMemo(
    () => ({
      next: () => {
        const t = Date.now();
        setState((s) => goTo({ ...s, minutes, blockCount: minutes.length }, s.block + 1, t));
        setSaid('');
        setNow(t);
      },
      previous: () => {
        const t = Date.now();
        setState((s) => goTo({ ...s, minutes, blockCount: minutes.length }, s.block - 1, t));
        setSaid('');
        setNow(t);
      },
      pause: () => {
        const t = Date.now();
        setState((s) => togglePause(s, t));
        setSaid('');
        setNow(t);
      },
      add: () => {
        setState((s) => addTime(s, ADD_MS));
        setSaid('Added 5 minutes.');
        setNow(Date.now());
      },
      leave: () => {
        location.hash = BACK;
      },
    }),
    [minutes],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (isTyping(e.target)) {
        // Esc leaves the field first; a second Esc leaves the view.
        if (e.key === 'Escape') root.current?.focus();
        return;
      }
      const act =
        e.key === 'ArrowRight' || e.key === 'PageDown'
          ? actions.next
          : e.key === 'ArrowLeft' || e.key === 'PageUp'
            ? actions.previous
            : e.key === ' ' && !isActivatable(e.target)
              ? actions.pause
              : e.key === '+' || e.key === '='
                ? actions.add
                : e.key === 'Escape'
                  ? actions.leave
                  : undefined;
      if (!act) return;
      e.preventDefault();
      act();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  const timerText = over ? `+${formatClock(-remaining)} over` : formatClock(remaining);
  return (
    <div
      className="facilitator"
      ref={root}
      tabIndex={-1}
      role="region"
      aria-label="Facilitator view"
      data-testid="facilitator"
      data-block={block.id}
      data-kind={block.kind}
    >
      <header className="facilitator-top">
        <div className="facilitator-heading">
          <p className="facilitator-kicker" data-testid="block-counter">
            Block {timer.block + 1} of {blocks.length} · {block.minutes} min planned
            {timer.extraMs > 0 ? ` + ${Math.round(timer.extraMs / 60_000)} added` : ''}
          </p>
          <h1 data-testid="block-title" aria-live="polite">
            {block.title}
          </h1>
        </div>
        <div className="facilitator-clock" data-state={over ? 'overrun' : paused ? 'paused' : 'running'}>
          <span className="visually-hidden">Time left: </span>
          <span className="facilitator-timer" data-testid="timer">
            {timerText}
          </span>
          <span className="facilitator-clock-state" data-testid="timer-state">
            {paused ? 'Paused' : over ? 'Over time — wrap up or press + for 5 more minutes' : 'Time left'}
          </span>
          <span className="facilitator-progress" aria-hidden="true">
            <span style={{ width: `${Math.min(100, Math.max(0, (1 - remaining / planned) * 100))}%` }} />
          </span>
        </div>
      </header>

      <div className={`facilitator-body${capture ? ' with-side' : ''}`}>
        <section className="facilitator-main" aria-label="This block" data-testid="facilitator-brief">
          <p className="facilitator-prompt">{brief.prompt}</p>
          {brief.statement && <p className="facilitator-statement">“{brief.statement.text}”</p>}
          {brief.scores && (
            <dl className="facilitator-scores" data-testid="facilitator-scores">
              <div className="ceo">
                <dt>
                  <PartnerText text={source.ceo.personName} /> · CEO
                </dt>
                <dd>{answerBadge(brief.scores.ceo)}</dd>
              </div>
              <div className="cto">
                <dt>
                  <PartnerText text={source.cto.personName} /> · CTO
                </dt>
                <dd>{answerBadge(brief.scores.cto)}</dd>
              </div>
            </dl>
          )}
          {brief.why && (
            <section aria-label="Why it matters">
              <h2>Why it matters</h2>
              <p data-testid="facilitator-why">{brief.why}</p>
            </section>
          )}
          {brief.questions.length > 0 && (
            <section aria-label="Opening questions">
              <h2>Open with</h2>
              <ul className="facilitator-questions" data-testid="facilitator-questions">
                {brief.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </section>
          )}
          {brief.warnings.length > 0 && (
            <section aria-label="Warning signs you see differently">
              <h2>Warning signs you see differently</h2>
              <ul className="facilitator-warnings" data-testid="facilitator-warnings">
                {brief.warnings.map((w) => (
                  <li key={w.warningId} className={w.sharp ? 'sharp' : undefined}>
                    <strong>{w.title}</strong> — <PartnerText text={source.ceo.personName} />: {warningLabel(w.ceo)}, <PartnerText text={source.cto.personName} />: {warningLabel(w.cto)}
                    {w.sharp ? ' (one sees it often, the other never)' : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {brief.artifacts.length > 0 && (
            <section aria-label="Artifacts to agree">
              <h2>Artifacts to agree</h2>
              <ul data-testid="facilitator-artifacts">
                {brief.artifacts.map((a) => (
                  <li key={a.title}>
                    <strong>{a.title}</strong> — for {a.gaps.join(', ')}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {brief.notes.length > 0 && (
            <section aria-label="Notes you chose to share">
              <h2>Notes you chose to share</h2>
              <ul className="facilitator-notes" data-testid="facilitator-notes">
                {brief.notes.map((n) => (
                  <li key={`${n.role}-${n.statementId}`} className={n.role}>
                    <strong>
                      <PartnerText text={n.name} />
                    </strong>
                    {block.kind === 'gap' ? '' : ` on “${n.title}”`}: <PartnerText text={n.text} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        {capture && (
          <aside className="facilitator-side" aria-label="Capture" data-testid="facilitator-capture">
            {capture(block, blocks, offsiteFirstDay(source.ceo, source.cto))}
          </aside>
        )}
      </div>

      <footer className="facilitator-legend" aria-label="Keys">
        <span className="facilitator-next" data-testid="next-block">
          {next ? `Next: ${next.title} · ${next.minutes} min` : 'Last block'}
        </span>
        <span className="facilitator-said" role="status">
          {said}
        </span>
        <span className="facilitator-keys" data-testid="key-legend">
          <button type="button" onClick={actions.previous} disabled={timer.block === 0}>
            <kbd>←</kbd> Previous
          </button>
          <button type="button" onClick={actions.next} disabled={!next}>
            <kbd>→</kbd> Next
          </button>
          <button type="button" onClick={actions.pause}>
            <kbd>Space</kbd> {paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" onClick={actions.add}>
            <kbd>+</kbd> 5 min
          </button>
          <button type="button" onClick={actions.leave}>
            <kbd>Esc</kbd> Leave
          </button>
        </span>
      </footer>
    </div>
  );
}
