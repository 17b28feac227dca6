import type { ItemDelta } from '../../../shared/assessment/types';
import { FRAMEWORK, statementById } from '../../../shared/framework/content';
import { answerLabel } from '../../../shared/framework/labels';

/** Four areas × their statements; colour strength = |CEO − CTO| (0–4). */
export function DeltaHeatmap({ items }: { items: ItemDelta[] }) {
  return (
    <div className="heatmap" role="table" aria-label="Disagreement per statement">
      {FRAMEWORK.areas.map((area) => (
        <div key={area.id} className="heat-row" role="row">
          <div className="heat-label" role="rowheader">
            {area.title}
          </div>
          {items
            .filter((i) => i.areaId === area.id)
            .map((i) => {
              const s = statementById(i.statementId);
              const label = `${s?.short}: CEO ${answerLabel(i.ceo)}, CTO ${answerLabel(i.cto)}${i.delta === null ? '' : `, gap ${i.delta}`}`;
              return (
                <div
                  key={i.statementId}
                  role="cell"
                  tabIndex={0}
                  className={`heat-cell heat-${i.delta ?? 'na'}`}
                  title={label}
                  aria-label={label}
                  data-delta={i.delta ?? ''}
                >
                  {i.delta ?? '·'}
                </div>
              );
            })}
        </div>
      ))}
      <div className="heat-legend small muted" aria-hidden="true">
        <span className="heat-cell heat-0">0</span> agree · <span className="heat-cell heat-2">2</span> apart ·{' '}
        <span className="heat-cell heat-4">4</span> opposite · <span className="heat-cell heat-na">·</span> not both scored
      </div>
    </div>
  );
}
