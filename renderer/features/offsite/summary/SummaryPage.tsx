/**
 * #/offsite/summary: the close of the offsite on one printable page — what both
 * leaders agreed (by whom, when), what was captured but is not agreed yet (labelled
 * so, never in the agreed list), the parking lot, and the actions with owners and
 * dates. Above it, on screen only, a Capture section for any agenda block.
 */
import { useMemo, useState } from 'react';
import { offsiteSummaryForPrint } from '../../../../shared/offsite/summary';
import { useAgreement } from '../../workspace/AgreementBar';
import { useWorkspaceStore } from '../../../stores/workspace-store';
import { getWorkspaceDoc } from '../../../sync/workspace-owner';
import { CapturePanel } from '../capture/CapturePanel';
import { useMe, useOffsiteRecord } from '../capture/use-offsite';
import { writtenHereAs } from '../../../sync/own-writes';
import { useOffsiteSource } from '../use-offsite';
import { coverNames } from '../../../../shared/plan/leaders';
import { GENERAL_BLOCK, readAgendaBlocks } from './agenda-blocks';
import { SummarySheet } from './SummarySheet';
import { offsiteFirstDay } from '../../../../shared/offsite/offsite-scope';
import { captureKey } from '../../../../shared/offsite/capture-agreement';
import { ownOffsiteIds } from '../../../sync/own-offsite-ids';
import { OffsiteFileCard } from './OffsiteFileCard';
import { nextComparisonDay } from '../../../../shared/history/next-comparison';
import { heldContext } from '../../../../shared/offsite/capture-held';
import { planContext } from '../../../../shared/plan/context';
import { useRoundsStore } from '../../../stores/rounds-store';
import './summary.css';

/** Autosave of the shared workspace (captures live there), as the workspace page shows it. */
function SaveState() {
  const state = useWorkspaceStore((s) => s.saveState);
  const error = useWorkspaceStore((s) => s.saveError);
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'All changes saved' : `Not saved: ${error ?? 'unknown error'}`;
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" data-testid="offsite-save">
      {text}
    </span>
  );
}

export default function SummaryPage() {
  const record = useOffsiteRecord();
  const { agreement } = useAgreement();
  // Re-read the agenda whenever the record changes (both come from the same doc updates).
  const blocks = useMemo(() => {
    const found = readAgendaBlocks(getWorkspaceDoc());
    return found.length ? found : [GENERAL_BLOCK];
  }, [record]);
  const agenda = useMemo(() => new Map(blocks.map((b) => [b.id, b.title])), [blocks]);
  const [blockId, setBlockId] = useState<string>();
  const block = blocks.find((b) => b.id === blockId) ?? blocks[0];
  // Printed and read as a record: partner-written text (captures, names) may not carry bidi
  // overrides that turn the sentence around it ("Agreed by both: … on DATE"), as in the plan.
  // With the workspace as it stands: an agreed RACI or budget value changed there since says so (capture-held.ts).
  const workspace = useWorkspaceStore((s) => s.workspace);
  const { policies, bets } = useAgreement();
  const held = useMemo(() => {
    if (!workspace) return undefined;
    const ctx = planContext({ workspace, policies, agreement, bets });
    return heldContext(workspace, ctx.bets, ctx.states, agreement);
  }, [workspace, policies, agreement, bets]);
  const summary = useMemo(() => offsiteSummaryForPrint(record, agreement, held), [record, agreement, held]);
  // The comparison the offsite runs on names who agreed, as the plan's cover does.
  const { source } = useOffsiteSource();
  // The sheet is of this comparison's offsite, from its first day by the seals this laptop holds (as
  // the capture page and the plan scope it): what was captured or agreed before is an earlier
  // offsite's (offsite-scope.ts). Never gated on the agenda's key: the partner's laptop writes it (and
  // after a re-score it names last quarter's comparison until the agenda is rebuilt), and any other key
  // printed last quarter's agreements as agreed here. The key decides only whether the stored agenda's
  // block titles are this offsite's; otherwise each item is titled as it was recorded.
  const since = useMemo(() => (source ? offsiteFirstDay(source.ceo, source.cto) : undefined), [source]);
  // And to the day before the next comparison's offsite, when the pair compared again since (next-comparison.ts).
  // Among every sealed round on this laptop, a take-turns round still private too: only the day is read, never its answers.
  const rounds = useRoundsStore((s) => s.rounds);
  const next = useMemo(() => (source ? nextComparisonDay(rounds, source) : undefined), [source, rounds]);
  const agendaIsThis = useMemo(() => Boolean(source) && getWorkspaceDoc()?.getMap('agenda').get('sourceComparison') === source?.key, [record, source]);
  const leaders = useMemo(() => (source ? coverNames(source.ceo, source.cto) : undefined), [source]);
  const role = useMe()?.role;
  // Written or confirmed here: listed first past the sheet's cap (a flood cannot push them out).
  const first = useMemo(() => {
    const mine = ownOffsiteIds();
    return (id: string) => mine.has(id) || agreement.local[captureKey(id)] !== undefined;
  }, [record, agreement]);

  return (
    <div className="offsite-summary-page">
      <div className="row os-head no-print">
        <h1>Offsite summary</h1>
        <SaveState />
        <button type="button" data-testid="print-summary" onClick={() => window.print()}>
          Print summary
        </button>
      </div>
      <section className="card os-capture no-print" aria-label="Capture">
        <label className="os-block-pick">
          Agenda block{' '}
          <select data-testid="capture-block" value={block.id} onChange={(e) => setBlockId(e.target.value)}>
            {blocks.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </label>
        {blocks[0] === GENERAL_BLOCK && (
          <p className="muted small">No agenda yet: captures go under “General”. Build an agenda from a complete comparison to capture per block.</p>
        )}
        <CapturePanel block={block} blocks={blocks} since={since} />
      </section>
      <OffsiteFileCard />
      <SummarySheet summary={summary} leaders={leaders} own={(c) => writtenHereAs(c, role)} agenda={agendaIsThis ? agenda : undefined} since={since} next={next} first={first} />
    </div>
  );
}
