import type { Gap, GapKind } from '../../../shared/assessment/types';
import { statementById } from '../../../shared/framework/content';
import { statementGuide } from '../../../shared/framework/conversation';
import { answerBadge, warningLabel } from '../../../shared/framework/labels';

export const KIND_LABELS: Readonly<Record<GapKind, string>> = {
  split: 'You see it differently',
  unknown: "One of you doesn't know",
  'shared-low': 'A weakness you share',
  'not-healthy': 'Not healthy yet',
};

interface Props {
  gap: Gap;
  position: number;
  notes: boolean;
  pinned: boolean;
  /** False when three gaps are pinned already and this one is not among them. */
  canPin: boolean;
  onTogglePin(): void;
}

/** One of the top gaps: what the answers say, why it matters, and how to open the conversation. */
export function GapCard({ gap: g, position, notes, pinned, canPin, onTogglePin }: Props) {
  const statement = statementById(g.statementId);
  const guide = statementGuide(g.statementId);
  return (
    <li className="gap" data-testid="top-gap" data-statement={g.statementId}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h3 data-testid="gap-title">{g.title}</h3>
        <PinButton title={g.title} pinned={pinned} disabled={!pinned && !canPin} onClick={onTogglePin} />
      </div>
      <p className="muted small">
        <span className={`badge kind-${g.kind}`}>{KIND_LABELS[g.kind]}</span> · “{statement?.text}”
      </p>
      <p className="row small">
        <span className="badge ceo">CEO {answerBadge(g.ceo)}</span>
        <span className="badge cto">CTO {answerBadge(g.cto)}</span>
        <span className="muted">{g.why}</span>
      </p>
      {guide && (
        <div className="guide" data-testid="gap-guide">
          <p>
            <strong>Why it matters: </strong>
            <span data-testid="gap-why">{guide.why}</span> <span className="muted small">({guide.source})</span>
          </p>
          <p className="guide-q-title">
            <strong>Open the conversation</strong>
          </p>
          <ul className="guide-questions" data-testid="gap-questions">
            {guide.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      )}
      {g.signs.length > 0 && (
        <ul className="small gap-signs">
          {g.signs.map((s) => (
            <li key={s.id} className={s.split ? 'sign-split' : undefined} data-testid={s.split ? 'gap-sign-split' : undefined}>
              {s.split ? '⚠ ' : ''}Warning sign “{s.title}”: CEO {warningLabel(s.ceo).toLowerCase()}, CTO {warningLabel(s.cto).toLowerCase()}
              {s.split ? ' — you see this sign in opposite ways.' : '.'}
            </li>
          ))}
        </ul>
      )}
      {g.tie && (
        <p className="small muted" data-testid="gap-tie">
          {g.tie.explanation}
        </p>
      )}
      {notes && (g.ceoNote || g.ctoNote) && (
        <dl className="notes small">
          {g.ceoNote && (
            <>
              <dt>CEO note</dt>
              <dd>{g.ceoNote}</dd>
            </>
          )}
          {g.ctoNote && (
            <>
              <dt>CTO note</dt>
              <dd>{g.ctoNote}</dd>
            </>
          )}
        </dl>
      )}
      <p className="small muted">
        Gap {position} · ranked {g.rank} · {g.points} of 20 points
        {pinned ? ' · pinned' : ''}
      </p>
    </li>
  );
}

export function PinButton({ title, pinned, disabled, onClick }: { title: string; pinned: boolean; disabled: boolean; onClick(): void }) {
  return (
    <button
      type="button"
      className="small"
      aria-pressed={pinned}
      disabled={disabled}
      onClick={onClick}
      aria-label={`${pinned ? 'Unpin' : 'Pin'} “${title}”`}
      title={disabled ? 'Three gaps are pinned: unpin one first.' : undefined}
    >
      {pinned ? '✓ Pinned' : 'Pin'}
    </button>
  );
}
