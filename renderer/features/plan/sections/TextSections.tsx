import type { PlanSection } from '../../../../shared/plan/types';
import { SectionHeading } from './SectionHeading';
import type { PlanSectionId } from './toc';

/** Policies and principles: short titled paragraphs, numbered 5.1, 5.2, … */
export function TextSections({ id, lead, items, breakBefore }: { id: PlanSectionId; lead: string; items: PlanSection[]; breakBefore: boolean }) {
  const n = id === 'plan-policies' ? 5 : 6;
  return (
    <section className={`pd-section${breakBefore ? ' pd-break' : ''}`} id={id}>
      <SectionHeading id={id} />
      <p className="pd-lead">{lead}</p>
      {items.map((s, i) => (
        <div key={s.title} className="pd-policy pd-keep">
          <h3 className="pd-h3">
            <span className="pd-sub-n">
              {n}.{i + 1}
            </span>{' '}
            {s.title}
          </h3>
          <p>{s.body}</p>
          {s.state && <p className="pd-action-detail">In the workspace: {s.state}.</p>}
          {s.origin && <p className="pd-action-detail">{s.origin}</p>}
        </div>
      ))}
    </section>
  );
}
