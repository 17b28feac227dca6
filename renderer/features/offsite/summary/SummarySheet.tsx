/** The printable sheet of the offsite summary (A4 in print). */
import { PARKED_NOTE, blockPlace, capturedDuringText, earlierOffsiteText, heldText, laterOffsiteText, removedText, undatedAgreedText } from '../../../../shared/plan/offsite-text';
import { summaryOfOffsite, type OffsiteSummary, type SummaryCapture } from '../../../../shared/offsite/summary';
import { agreedByText, type PlanLeaders } from '../../../../shared/plan/leaders';
import type { Capture } from '../../../../shared/offsite/capture';
import { ofThisOffsite } from '../../../../shared/offsite/offsite-scope';
import { listedFirst } from '../../../../shared/offsite/listed';
import { UnlistedNote } from '../UnlistedNote';

/** This laptop's leader's own capture (written here under their role: own-writes.ts writtenHereAs). */
export type OwnCapture = (c: Capture) => boolean;

const NO_BLOCKS: ReadonlyMap<string, string> = new Map();

/** The agenda that titles `item`'s block: none for an earlier offsite's item, whose block id this agenda reuses (offsite-scope.ts). */
const agendaOf = (item: { createdAt: string }, agenda: ReadonlyMap<string, string> | undefined, since: string | undefined) =>
  agenda && !ofThisOffsite(item, since) ? NO_BLOCKS : agenda;

/** Under an agreed RACI or budget capture the workspace no longer holds: that it changed, and whether both agreed the change. */
function Changed({ row, leaders }: { row: SummaryCapture; leaders?: PlanLeaders }) {
  const text = heldText(row.held, leaders);
  return text ? (
    <span className="os-meta" data-testid="summary-changed">
      <strong>{text}</strong>
    </span>
  ) : null;
}

function CaptureRows({ rows, testid, leaders, own, agenda, since }: { rows: SummaryCapture[]; testid: string; leaders?: PlanLeaders; own?: OwnCapture; agenda?: ReadonlyMap<string, string>; since?: string }) {
  return (
    <ul className="os-list">
      {rows.map((r) => (
        <li key={r.capture.id} data-testid={testid}>
          <span className="os-text">{r.text}</span>
          <span className="os-meta">
            {/* Who agreed: the compared rounds' leaders, as the plan prints them, never a confirmation record's name. */}
            {r.state.kind === 'agreed' ? `Agreed by both: ${agreedByText(leaders, r.state)}` : r.label}
            {/* An offsite file named on this leader's own capture is the partner's word (importedFrom is not hashed), not the partner's proposal. */}
            {r.state.kind !== 'agreed' && r.capture.importedFrom && !own?.(r.capture) ? ` · proposed by ${r.capture.importedFrom.name || 'your partner'} (${r.capture.importedFrom.role.toUpperCase()})` : ''}
          </span>
          <Changed row={r} leaders={leaders} />
          {/* Where it was captured: context either laptop can rewrite even after both confirmed (not hashed), so on its own line, cleaned (block-title.ts), titled by this laptop's agenda where it has the block. */}
          <span className="os-meta">{capturedDuringText(r.capture, agendaOf(r.capture, agenda, since))}</span>
        </li>
      ))}
    </ul>
  );
}

const Unlisted = ({ shown, unlisted }: { shown: number; unlisted: number }) => <UnlistedNote shown={shown} unlisted={unlisted} testId="summary-unlisted" className="os-note" />;

/**
 * `leaders`: the two leaders of the comparison the offsite runs on (coverNames); without them, the roles.
 * `own`: which captures are this laptop's leader's own (none without it).
 * `agenda`: the agenda's block titles by id, which title where each item was captured (blockPlace).
 * `since`: the first day of the offsite that agenda is for. The sheet is of that offsite: what was agreed,
 * proposed or parked at an earlier one is counted, not listed (summaryOfOffsite, as the plan scopes it);
 * an item captured before it (agreed here since) is titled as recorded. Without it, every item is listed.
 * `next`: the first day of the next comparison's offsite (next-comparison.ts), where this one ends: what
 * came from then on is counted, not listed. Without it, the offsite is open-ended.
 * `first`: the captures and parked items (ids) this laptop wrote or confirmed, listed first past the cap.
 */
export function SummarySheet({
  summary: every,
  leaders,
  own,
  agenda,
  since,
  next,
  first,
}: {
  summary: OffsiteSummary;
  leaders?: PlanLeaders;
  own?: OwnCapture;
  agenda?: ReadonlyMap<string, string>;
  since?: string;
  next?: string;
  first?: (id: string) => boolean;
}) {
  // Of this offsite only: last quarter's agreements are not agreed here (offsite-scope.ts).
  const summary = summaryOfOffsite(every, since, next);
  const { agreed, dates, removed } = summary;
  const earlier = earlierOffsiteText(summary.earlier);
  const undated = undatedAgreedText(summary.undated);
  const later = laterOffsiteText(summary.later);
  // The partner's laptop can write thousands of proposed captures and parked items: the sheet lists at
  // most MAX_LISTED of each (this leader's own and those confirmed here first) and counts the rest (listed.ts).
  // Not "confirmed by someone": the partner's laptop confirms its own flood, dated first, and pushed this leader's out.
  const mine = (id: string) => Boolean(first?.(id));
  const proposed = listedFirst(summary.proposed, (r) => mine(r.capture.id) || Boolean(own?.(r.capture)));
  const parked = listedFirst(summary.parked, (p) => mine(p.id));
  const keptActions = new Set(listedFirst(summary.actions.filter((a) => !a.agreed), (a) => mine(a.captureId)).shown);
  const actions = summary.actions.filter((a) => a.agreed || keptActions.has(a));
  const unlistedActions = summary.actions.length - actions.length;
  const empty = agreed.length + summary.proposed.length + summary.parked.length === 0;
  return (
    <article className="os-sheet" data-testid="offsite-summary" lang="en">
      <header>
        <h2 className="os-title">Offsite summary</h2>
        <p className="os-sub">
          {dates ? (dates.from === dates.to ? `Agreed on ${dates.from}.` : `Agreed from ${dates.from} to ${dates.to}.`) : 'Nothing agreed yet.'} Only what
          both leaders confirmed is listed as agreed.
        </p>
        {/* What this offsite's summary leaves out, and why (offsite-scope.ts). */}
        {(
          [
            ['earlier', earlier],
            ['undated', undated],
            ['later', later],
          ] as const
        ).map(
          ([which, text]) =>
            text && (
              <p key={which} className="os-note" data-testid={`summary-${which}`}>
                {text}
              </p>
            ),
        )}
      </header>
      {removed.length > 0 && (
        <p className="alert warn" role="alert" data-testid="summary-removed">
          {removedText(removed.length)}
        </p>
      )}
      {empty && (
        <p className="muted" data-testid="summary-empty">
          When you capture a decision, a RACI change, a risk-budget value or an action during the offsite, it shows here — agreed once both of you confirm it.
        </p>
      )}
      <section aria-labelledby="os-agreed">
        <h3 id="os-agreed">What we agreed ({agreed.length})</h3>
        {agreed.length ? <CaptureRows rows={agreed} testid="summary-agreed" leaders={leaders} agenda={agenda} since={since} /> : <p className="muted">Nothing is agreed by both yet.</p>}
      </section>
      {summary.proposed.length > 0 && (
        <section aria-labelledby="os-proposed" className="os-proposed">
          <h3 id="os-proposed">Captured, not yet agreed ({summary.proposed.length})</h3>
          <p className="os-note">Proposed only: one or both leaders have not confirmed these. They are not agreements.</p>
          <CaptureRows rows={proposed.shown} testid="summary-proposed" leaders={leaders} own={own} agenda={agenda} since={since} />
          <Unlisted shown={proposed.shown.length} unlisted={proposed.unlisted} />
        </section>
      )}
      <section aria-labelledby="os-actions">
        <h3 id="os-actions">Actions ({summary.actions.length})</h3>
        {actions.length ? (
          <table className="os-table" data-testid="summary-actions">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id} data-testid="summary-action">
                  <td>{a.text}</td>
                  <td>{a.owner}</td>
                  <td>{a.due}</td>
                  <td>{a.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No actions captured.</p>
        )}
        <Unlisted shown={actions.length} unlisted={unlistedActions} />
      </section>
      <section aria-labelledby="os-parked">
        <h3 id="os-parked">Parking lot ({summary.parked.length})</h3>
        {parked.shown.length ? <p className="muted small">{PARKED_NOTE}</p> : null}
        {parked.shown.length ? (
          <ul className="os-list">
            {parked.shown.map((p) => (
              <li key={p.id} data-testid="summary-parked">
                <span className="os-text">{p.text}</span>
                <span className="os-meta">Open</span>
                <span className="os-meta">Raised during {blockPlace(p, agendaOf(p, agenda, since))}.</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing parked.</p>
        )}
        <Unlisted shown={parked.shown.length} unlisted={parked.unlisted} />
      </section>
    </article>
  );
}
