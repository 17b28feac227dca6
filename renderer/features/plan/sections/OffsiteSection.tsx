import type { RepairPlan } from '../../../../shared/plan/types';
import { PARKED_NOTE, agendaBlockRef, removedText, unlistedOffsiteText } from '../../../../shared/plan/offsite-text';

/**
 * "From the offsite": what both leaders agreed in the room (by whom, when), what was
 * captured but is only proposed, and the parking lot as open items. Unnumbered, so
 * the plan's table of contents stays the same with or without an offsite.
 */
export function OffsiteSection({ plan }: { plan: RepairPlan }) {
  const o = plan.offsite;
  if (!o) return null;
  return (
    <section className="pd-section" id="plan-offsite" data-testid="plan-offsite">
      <header className="pd-section-head">
        <h2 className="pd-h2">From the offsite</h2>
      </header>
      <p className="pd-lead">
        {o.dates ? `Agreed ${o.dates.from === o.dates.to ? `on ${o.dates.from}` : `from ${o.dates.from} to ${o.dates.to}`}. ` : ''}
        Only items both leaders confirmed are listed as agreed.
      </p>
      {o.removed > 0 && (
        <p className="pd-note" role="alert" data-testid="plan-offsite-removed">
          <strong>{removedText(o.removed)}</strong>
        </p>
      )}
      <h3 className="pd-h3">Agreed by both</h3>
      {o.agreed.length ? (
        <ul>
          {o.agreed.map((a, i) => (
            <li key={i} data-testid="plan-offsite-agreed">
              {a.text} <span className="pd-lead">— agreed by both: {a.by}</span>
              {a.changed && (
                <>
                  {' '}
                  <strong className="pd-lead" data-testid="plan-offsite-changed">
                    — {a.changed}
                  </strong>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="pd-note">Nothing captured at the offsite is agreed by both yet.</p>
      )}
      {o.proposed.length > 0 && (
        <>
          <h3 className="pd-h3">Proposed (not yet agreed)</h3>
          <ul>
            {o.proposed.map((p, i) => (
              <li key={i} data-testid="plan-offsite-proposed">
                {p.text} <span className="pd-lead">— {p.state}</span>
              </li>
            ))}
          </ul>
          {o.unlisted?.proposed ? <p className="pd-note" data-testid="plan-offsite-unlisted">{unlistedOffsiteText(o.unlisted.proposed, 'proposed')}.</p> : null}
        </>
      )}
      <h3 className="pd-h3">Open items (parking lot)</h3>
      {o.parked.length ? <p className="pd-note">{PARKED_NOTE}</p> : null}
      {o.parked.length ? (
        <ul>
          {o.parked.map((p, i) => (
            <li key={i} data-testid="plan-offsite-parked">
              {p.text} <span className="pd-lead">— open</span>{' '}
              {/* Context either laptop wrote, cleaned so it cannot pass for more of the plan (block-title.ts). */}
              <span className="pd-lead">(raised during {agendaBlockRef(p.block)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="pd-note">Nothing parked.</p>
      )}
      {o.unlisted?.parked ? <p className="pd-note" data-testid="plan-offsite-unlisted">{unlistedOffsiteText(o.unlisted.parked, 'parked')}.</p> : null}
      {o.earlier ? (
        <p className="pd-note" data-testid="plan-offsite-earlier">
          {o.earlier}
        </p>
      ) : null}
      {o.undated ? (
        <p className="pd-note" data-testid="plan-offsite-undated">
          {o.undated}
        </p>
      ) : null}
      {o.later ? (
        <p className="pd-note" data-testid="plan-offsite-later">
          {o.later}
        </p>
      ) : null}
    </section>
  );
}
