import { sectionMeta, type PlanSectionId } from './toc';

/** "2  Scores" — the numbered heading every section opens with. */
/** `title`: this plan's title for the section (sectionTitle), where it depends on the plan. */
export function SectionHeading({ id, title, children }: { id: PlanSectionId; title?: string; children?: React.ReactNode }) {
  const meta = sectionMeta(id);
  return (
    <header className="pd-section-head">
      <span className="pd-section-num" aria-hidden="true">
        {meta.n}
      </span>
      <h2 className="pd-h2">
        <span className="pd-visually-hidden">{meta.n}. </span>
        {title ?? meta.title}
      </h2>
      {children}
    </header>
  );
}
