import type { ItemDelta } from '../../../shared/assessment/types';
import { FRAMEWORK, statementById } from '../../../shared/framework/content';
import { answerLabel } from '../../../shared/framework/labels';

function mark(i: ItemDelta): string {
  if (i.delta !== null) return String(i.delta);
  // Both answered, at least one "don't know": a gap of its own kind, not a blank.
  return i.ceo !== null && i.cto !== null ? '?' : '·';
}

/**
 * Four areas × their statements; colour strength = |CEO − CTO| (0–4).
 * With `labels`, each tile carries the statement's short title so it reads on a projector.
 */
export function DeltaHeatmap({ items, labels = false }: { items: ItemDelta[]; labels?: boolean }) {
  return (
    <div className={`heatmap${labels ? ' heatmap-labelled' : ''}`} role="table" aria-label="Disagreement per statement">
      {FRAMEWORK.areas.map((area) => (
        <div key={area.id} className="heat-row" role="row">
          <div className="heat-label" role="rowheader">
            {area.title}
          </div>
          {items
            .filter((i) => i.areaId === area.id)
            .map((i) => {
              const s = statementById(i.statementId);
              const m = mark(i);
              const label = `${s?.short}: CEO ${answerLabel(i.ceo)}, CTO ${answerLabel(i.cto)}${i.delta === null ? '' : `, gap ${i.delta}`}`;
              return (
                <div
                  key={i.statementId}
                  role="cell"
                  tabIndex={0}
                  className={`heat-cell heat-${i.delta ?? (m === '?' ? 'dk' : 'na')}`}
                  title={label}
                  aria-label={label}
                  data-delta={i.delta ?? ''}
                  data-statement={i.statementId}
                >
                  <span className="heat-num">{m}</span>
                  {labels && <span className="heat-text">{s?.short}</span>}
                </div>
              );
            })}
        </div>
      ))}
      <div className="heat-legend small muted" aria-hidden="true">
        <span className="heat-cell heat-0">0</span> agree · <span className="heat-cell heat-2">2</span> apart ·{' '}
        <span className="heat-cell heat-4">4</span> opposite · <span className="heat-cell heat-dk">?</span> one of you doesn&apos;t know ·{' '}
        <span className="heat-cell heat-na">·</span> not both answered
      </div>
    </div>
  );
}
