import type { RepairPlan } from '../../../../shared/plan/types';
import { ROUND_KIND_LABELS } from '../../../../shared/framework/labels';
import { PLAN_SECTIONS, sectionTitle, type PageMap } from './toc';
import { roundsSealedText } from '../../../../shared/plan/markdown';

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, (m ?? 1) - 1, d ?? 1);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function CoverSection({ plan, pages }: { plan: RepairPlan; pages?: PageMap }) {
  const { cover } = plan;
  return (
    <section className="pd-section pd-cover" id="plan-cover" aria-labelledby="plan-title">
      <div className="pd-cover-band" aria-hidden="true" />
      <p className="pd-eyebrow">CTO–CEO Alignment Framework · {ROUND_KIND_LABELS[cover.kind]} · 30-day plan</p>
      <h1 className="pd-title" id="plan-title">
        {plan.title}
      </h1>
      <dl className="pd-cover-meta">
        <div>
          <dt>Company</dt>
          <dd data-testid="plan-company">{cover.company}</dd>
        </div>
        <div>
          <dt>Round</dt>
          <dd>{cover.roundLabel}</dd>
        </div>
        {cover.event && (
          <div>
            <dt>After</dt>
            <dd>{cover.event}</dd>
          </div>
        )}
        <div>
          <dt>Rounds sealed</dt>
          <dd data-testid="plan-rounds-sealed">{roundsSealedText(cover)}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={cover.date}>{longDate(cover.date)}</time>
          </dd>
        </div>
        <div>
          <dt>CEO</dt>
          <dd className="pd-ceo-name">{cover.names.ceo}</dd>
        </div>
        <div>
          <dt>CTO</dt>
          <dd className="pd-cto-name">{cover.names.cto}</dd>
        </div>
      </dl>
      {cover.notices?.map((n) => (
        <p key={n} className="pd-notice" data-testid="plan-notice" role="note">
          {n}
        </p>
      ))}
      <div className="pd-summary">
        <h2 className="pd-h3">Summary</h2>
        <p>{cover.summary}</p>
      </div>
      <nav className="pd-toc" aria-label="Contents">
        <h2 className="pd-h3">Contents</h2>
        <ol>
          {PLAN_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
                <span className="pd-toc-n">{s.n}</span>
                <span className="pd-toc-title">{sectionTitle(s.id, plan)}</span>
                <span className="pd-toc-dots" aria-hidden="true" />
                <span className="pd-toc-page">{pages?.[s.id] ?? ''}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}

/** In-page anchors would change the hash route; scroll instead (the PDF keeps the href as a link). */
function jump(e: React.MouseEvent, id: string) {
  e.preventDefault();
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
