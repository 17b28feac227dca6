import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Round } from '../../../shared/assessment/types';
import type { PageSize } from '../../../shared/plan/types';
import { buildRepairPlan } from '../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../shared/plan/markdown';
import { planToIcs } from '../../../shared/plan/plan-ics';
import { useRoundsStore } from '../../stores/rounds-store';
import { useOpenRounds } from '../../stores/local-pair-store';
import { useCompareStore } from '../../stores/compare-store';
import { useGapPins } from '../compare/gap-pins';
import { PinsProposal } from '../compare/PinsProposal';
import { listWithheldReveals, type WithheldReveal } from '../../stores/withheld-reveals';
import { withNotices, withheldNotices } from '../../../shared/plan/withheld';
import { platform } from '../../platform';
import { PlanDocument } from './PlanDocument';
import { EmptyState, PrivateNote, WorkspaceNotRead } from './PlanPageNotices';
import { BROWSER_PRINT_NOTE, exportPdf } from './export-pdf';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { useAgreement } from '../workspace/AgreementBar';
import { useOffsiteRecord } from '../offsite/capture/use-offsite';
import {
  PRINT_ROUTE_ID,
  companyFromRounds,
  defaultPair,
  planFileName,
  resolveSource,
  sealedRoundsOf,
  type LocalPair,
  type PlanSourceKind,
} from './plan-source';
import { PLAN_SECTIONS, sectionTitle } from './sections/toc';
import { usePageNumbers } from './page-numbers';
import { readPageSize, readSelection, savePageSize, saveSelection } from './plan-preferences';
import { plainPartnerText } from '../../app/PartnerText';
import { ownOffsiteIds } from '../../sync/own-offsite-ids';
import { usePlanDay } from './plan-day';
import { nextComparisonDay } from '../../../shared/history/next-comparison';

function roundOption(r: Round): string {
  const when = r.sealedAt ? new Date(r.sealedAt).toLocaleDateString() : '';
  return `${plainPartnerText(r.personName)} · ${plainPartnerText(r.label)} · sealed ${when}`;
}

export default function PlanPage({ id }: { id?: string }) {
  const printView = id === PRINT_ROUTE_ID;
  // Only rounds whose privacy is open: a round taken in turns stays out until both sealed.
  const rounds = useOpenRounds();
  const privateSealed = useRoundsStore((s) => s.rounds.filter((r) => r.sealedAt).length) - rounds.filter((r) => r.sealedAt).length;
  const loaded = useRoundsStore((s) => s.loaded);
  const protocol = useCompareStore((s) => s.protocol);
  const liveRoundId = useCompareStore((s) => s.meta?.roundId);
  // Our own answers from this laptop's round, the partner's only as verified: never both from the shared doc.
  const livePair = useMemo(() => {
    const mine = protocol?.phase === 'complete' ? protocol.mine : undefined;
    const partner = protocol?.phase === 'complete' ? protocol.partner?.payload : undefined;
    if (!mine || !partner) return undefined;
    return mine.role === 'ceo' ? { ceo: mine, cto: partner } : { ceo: partner, cto: mine };
  }, [protocol]);
  const liveComplete = Boolean(livePair);

  const saved = useMemo(readSelection, []);
  // A finished live comparison is the natural source; the print route repeats the last choice.
  const [kind, setKind] = useState<PlanSourceKind>(printView ? (saved?.kind ?? 'local') : liveComplete ? 'live' : 'local');
  const [pair, setPair] = useState<LocalPair>(saved?.pair ?? {});
  // The persisted comparison may finish loading after the first render.
  useEffect(() => {
    if (liveComplete && !printView && !saved) setKind('live');
  }, [liveComplete, printView, saved]);
  const [company, setCompany] = useState<string | undefined>(saved?.company);
  const [pageSize, setPageSize] = useState<PageSize>(readPageSize);
  const liveWorkspace = useWorkspaceStore((s) => s.workspace);
  // What the pair agreed is read from the workspace: until it is, no plan is built (built
  // without it, every artifact would read "Not started" and could be exported so).
  const workspaceReady = useWorkspaceStore((s) => s.ready);
  const workspaceError = useWorkspaceStore((s) => s.loadError);
  const agreementSnap = useAgreement();
  const offsite = useOffsiteRecord();
  const workspace = useMemo(
    () =>
      liveWorkspace
        ? { workspace: liveWorkspace, policies: agreementSnap.policies, agreement: agreementSnap.agreement, bets: agreementSnap.bets, gapFixes: agreementSnap.gapFixes }
        : undefined,
    [liveWorkspace, agreementSnap],
  );
  // A comparison completed earlier is persisted: read it rather than calling it "not complete" until Compare is visited.
  const [resumed, setResumed] = useState(false);
  // The plan's date and overdue checks follow the clock, not the moment the page opened (plan-day.ts).
  const { today, catchUp } = usePlanDay();
  const [busy, setBusy] = useState<'pdf' | 'md' | null>(null);
  const [slow, setSlow] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error' | 'info'; text: string } | null>(null);

  useEffect(() => {
    let alive = true;
    void useWorkspaceStore.getState().load();
    void useCompareStore
      .getState()
      .resume()
      .finally(() => alive && setResumed(true));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (!plan) return;
    const previous = document.title;
    // Chromium's printToPDF writes the document title into the PDF's Title field.
    document.title = plan.title;
    return () => {
      document.title = previous;
    };
  });

  useEffect(() => {
    document.documentElement.classList.toggle('plan-print-view', printView);
    return () => document.documentElement.classList.remove('plan-print-view');
  }, [printView]);

  const ceos = useMemo(() => sealedRoundsOf(rounds, 'ceo'), [rounds]);
  const ctos = useMemo(() => sealedRoundsOf(rounds, 'cto'), [rounds]);
  const effectivePair = useMemo(() => defaultPair(rounds, pair, printView ? undefined : id), [rounds, pair, id, printView]);
  const effectiveKind: PlanSourceKind = kind === 'live' && !liveComplete ? 'local' : kind;
  const liveCompany = rounds.find((r) => r.id === liveRoundId)?.companyName;

  const source = useMemo(
    () =>
      resolveSource({
        kind: effectiveKind,
        live: livePair,
        liveCompany,
        rounds,
        pair: effectivePair,
      }),
    [effectiveKind, livePair, liveCompany, rounds, effectivePair],
  );
  const prefill = source.ok ? companyFromRounds(source.value.ceo, source.value.cto) || liveCompany || '' : '';
  const companyName = company ?? prefill;

  // The gaps the pair pinned in the comparison: the plan follows them.
  // Shared in the workspace, so the partner's pin reaches this plan too.
  const { pins, proposed, accept } = useGapPins(source.ok ? source.value.ceo : {}, source.ok ? source.value.cto : {});
  // Comparisons this laptop revealed in and the partner never finished: the plan says so.
  const [withheld, setWithheld] = useState<WithheldReveal[]>([]);
  useEffect(() => {
    let alive = true;
    void listWithheldReveals().then((w) => alive && setWithheld(w));
    return () => {
      alive = false;
    };
  }, []);
  // A plan of an earlier comparison (chosen here, or from History) is of its own offsite: it ends where the next comparison's starts.
  // Among every sealed round on this laptop, a take-turns round still private too: only the day is read, never its answers.
  const allRounds = useRoundsStore((s) => s.rounds);
  const nextDay = useMemo(() => (source.ok ? nextComparisonDay(allRounds, source.value) : undefined), [source, allRounds]);
  const plan = useMemo(
    () =>
      source.ok && workspaceReady
        ? withNotices(
            buildRepairPlan({
              companyName,
              ceoRound: source.value.ceo,
              ctoRound: source.value.cto,
              workspace,
              today,
              pageSize,
              pins,
              offsite,
              ownOffsiteIds: offsite && ownOffsiteIds(),
              nextComparisonDay: nextDay,
            }),
            withheldNotices(withheld, source.value),
          )
        : undefined,
    [source, workspaceReady, companyName, workspace, today, pageSize, pins, offsite, withheld, nextDay],
  );
  const pages = usePageNumbers(plan);
  // The plan as last rendered: an export first catches up with the clock (catchUp re-renders at once).
  const latestPlan = useRef(plan);
  useLayoutEffect(() => {
    latestPlan.current = plan;
  });
  /** Today's plan, as the page now shows it, for an export. */
  function planNow() {
    catchUp();
    return latestPlan.current;
  }

  // Remember the pair shown (chosen or not: the print route has no `id` to pin it) so the print route and a
  // reload show the same plan. A saved backup round yields to a verified one later (defaultPair).
  useEffect(() => {
    if (printView) return;
    saveSelection({ kind: effectiveKind, pair: effectivePair, company });
  }, [printView, effectiveKind, effectivePair, company]);

  // Show progress only when an export takes noticeably long.
  const slowTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  function begin(what: 'pdf' | 'md') {
    setBusy(what);
    setMessage(null);
    slowTimer.current = setTimeout(() => setSlow(true), 400);
  }
  function end() {
    clearTimeout(slowTimer.current);
    setSlow(false);
    setBusy(null);
  }

  async function onPdf() {
    const plan = planNow();
    if (!plan) return;
    begin('pdf');
    try {
      const res = await exportPdf(platform, pageSize, planFileName(plan.cover.company, plan.cover.date, 'pdf'), { title: plan.title, author: plan.author });
      if (res.kind === 'saved') setMessage({ tone: 'ok', text: res.path ? `PDF saved to ${res.path}` : 'PDF saved.' });
      else if (res.kind === 'cancelled') setMessage({ tone: 'info', text: 'Not saved.' });
    } catch (err) {
      setMessage({ tone: 'error', text: `Could not make the PDF: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      end();
    }
  }

  async function onMarkdown() {
    const plan = planNow();
    if (!plan) return;
    begin('md');
    try {
      const res = await platform.saveFile(planFileName(plan.cover.company, plan.cover.date, 'md'), 'text/markdown', planToMarkdown(plan));
      setMessage(res.saved ? { tone: 'ok', text: res.path ? `Markdown saved to ${res.path}` : 'Markdown downloaded.' } : { tone: 'info', text: 'Not saved.' });
    } catch (err) {
      setMessage({ tone: 'error', text: `Could not save the Markdown: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      end();
    }
  }

  async function onCalendar() {
    const plan = planNow();
    if (!plan) return;
    begin('md');
    try {
      const name = planFileName(plan.cover.company, plan.cover.date, 'md').replace(/\.md$/, '.ics');
      const res = await platform.saveFile(name, 'text/calendar', planToIcs(plan, new Date()));
      setMessage(res.saved ? { tone: 'ok', text: res.path ? `Calendar saved to ${res.path}` : 'Calendar file downloaded.' } : { tone: 'info', text: 'Not saved.' });
    } catch (err) {
      setMessage({ tone: 'error', text: `Could not save the calendar file: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      end();
    }
  }

  function choosePageSize(size: PageSize) {
    setPageSize(size);
    savePageSize(size);
  }

  if (!loaded) return <p className="loading" role="status">Loading…</p>;

  const canLocal = ceos.length > 0 && ctos.length > 0;
  if (!liveComplete && !canLocal) return <EmptyState hasCeo={ceos.length > 0} hasCto={ctos.length > 0} privateSealed={privateSealed} />;

  if (printView) {
    return (
      <div className="plan-page">
        {plan && source.ok ? (
          <div className="plan-sheet-wrap">
            <PlanDocument plan={plan} ceo={source.value.ceo} cto={source.value.cto} pages={pages} />
          </div>
        ) : source.ok ? (
          <WorkspaceNotRead error={workspaceError} />
        ) : (
          <p className="alert">{source.reason}</p>
        )}
      </div>
    );
  }

  return (
    <section className="page plan-page" aria-labelledby="plan-page-title">
      <div className="plan-controls stack">
        <div className="page-head">
          <div>
            <h1 id="plan-page-title">Repair plan</h1>
            <p className="muted">The framework’s 30-day plan, built from both leaders’ sealed answers and your shared workspace.</p>
          </div>
        </div>

        <div className="card stack">
          <fieldset>
            <legend>Build the plan from</legend>
            <div className="choice-row">
              <label className="row">
                <input type="radio" name="plan-source" value="live" checked={effectiveKind === 'live'} disabled={!liveComplete} onChange={() => setKind('live')} />
                The live comparison{liveComplete ? '' : resumed ? ' (not complete)' : ' (checking…)'}
              </label>
              <label className="row">
                <input type="radio" name="plan-source" value="local" checked={effectiveKind === 'local'} disabled={!canLocal} onChange={() => setKind('local')} />
                Two sealed rounds on this laptop
              </label>
            </div>
          </fieldset>

          <div className="plan-source">
            {effectiveKind === 'local' && (
              <>
                <label className="field">
                  CEO round
                  <select value={effectivePair.ceoId ?? ''} onChange={(e) => setPair({ ...effectivePair, ceoId: e.target.value })}>
                    {ceos.map((r) => (
                      <option key={r.id} value={r.id}>
                        {roundOption(r)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  CTO round
                  <select value={effectivePair.ctoId ?? ''} onChange={(e) => setPair({ ...effectivePair, ctoId: e.target.value })}>
                    {ctos.map((r) => (
                      <option key={r.id} value={r.id}>
                        {roundOption(r)}
                      </option>
                    ))}
                  </select>
                </label>
              </>
            )}
            <label className="field">
              Company name
              <input type="text" value={companyName} maxLength={120} placeholder="Your company" onChange={(e) => setCompany(e.target.value)} />
            </label>
            <label className="field">
              Page size
              <select value={pageSize} onChange={(e) => choosePageSize(e.target.value === 'Letter' ? 'Letter' : 'A4')}>
                <option value="A4">A4 (210 × 297 mm)</option>
                <option value="Letter">US Letter (8.5 × 11 in)</option>
              </select>
            </label>
          </div>

          <div className="plan-export">
            <button type="button" className="primary" onClick={() => void onPdf()} disabled={!plan || busy !== null}>
              Export PDF
            </button>
            <button type="button" onClick={() => void onMarkdown()} disabled={!plan || busy !== null}>
              Export Markdown
            </button>
            <button type="button" onClick={() => void onCalendar()} disabled={!plan || busy !== null}>
              Add the 30 days to a calendar (.ics)
            </button>
            <a className="button" href="#/offsite">
              Run the offsite
            </a>
            <a className="button" href="#/new/rescore">
              Start my day-30 re-score
            </a>
            {busy && slow && (
              <span className="plan-progress" role="status">
                <span className="plan-spinner" aria-hidden="true" />
                {busy === 'pdf' ? 'Preparing the PDF…' : 'Saving the Markdown…'}
              </span>
            )}
            {!busy && message && (
              <span role="status" className={message.tone === 'error' ? 'field-error' : 'muted'}>
                {message.text}
              </span>
            )}
          </div>
          {platform.kind === 'browser' && <p className="muted small">{BROWSER_PRINT_NOTE}</p>}
          {!source.ok && <p className="alert warn">{source.reason}</p>}
          {source.ok && !workspaceReady && <WorkspaceNotRead error={workspaceError} />}
          {privateSealed > 0 && <PrivateNote count={privateSealed} />}
          {proposed && <PinsProposal proposed={proposed} onAccept={accept} />}
        </div>

        {plan && (
          <nav aria-label="Plan sections" className="row small">
            {PLAN_SECTIONS.map((s) => (
              <button key={s.id} type="button" className="ghost" onClick={() => document.getElementById(s.id)?.scrollIntoView({ block: 'start' })}>
                {s.n}. {sectionTitle(s.id, plan)}
              </button>
            ))}
          </nav>
        )}
      </div>

      {plan && source.ok && (
        <div className="plan-sheet-wrap" aria-label="Preview">
          <PlanDocument plan={plan} ceo={source.value.ceo} cto={source.value.cto} pages={pages} />
        </div>
      )}
    </section>
  );
}
