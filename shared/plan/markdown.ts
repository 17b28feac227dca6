/**
 * Repair plan → Markdown, for pasting into the exec doc or a wiki. Appendix
 * tables reuse the workspace renderers so both exports look the same.
 */
import { PARKED_NOTE, agendaBlockRef, removedText, unlistedOffsiteText } from './offsite-text';
import { mdLine, mdTable } from '../workspace/markdown-table';
import {
  cadenceTable,
  decisionLogTable,
  dependenciesSection,
  ladderTable,
} from '../workspace/markdown';
import { RUNG_LABELS, RUNGS } from '../workspace/ladder';
import type { FiredWarning, PlanLogEntry, PlanScores, PlanSection, RepairPlan } from './types';
import type { LogEntry } from '../workspace/types';
import { planMatrixTable } from './row-states';
import { gapsLeadText, gapsTitle, noGapsText, PINNED_GAP } from './summary';
import { areaBasisText, overallBasisText } from './score-basis';
import { scoresLeadText } from './scores-lead';
import { SHIPPED_EXAMPLE } from './context';
import { METRIC_TREND_HEADING } from './appendices';
import { RESCORE_BASIS, RESCORE_HELD, TEMPLATE_STEPS_NOTE, tickedText } from './actions';


const score = (n: number | null) => (n === null ? '–' : String(n));
const notCompared = (refusal: string) => (/^Not compared/.test(refusal) ? `not compared${refusal.slice('Not compared'.length)}` : refusal);

function warningsList(who: string, ws: readonly FiredWarning[], unknown: PlanScores['unknownWarnings']['ceo']): string {
  const fired = ws.length ? ws.map((w) => `${mdLine(w.title)} (${w.frequency})`).join(', ') : 'none';
  // "none" alone would read as "never" for signs this leader did not know or did not answer.
  const open = [
    unknown.dontKnow.length ? `don't know: ${unknown.dontKnow.map(mdLine).join(', ')}` : '',
    unknown.unanswered.length ? `not answered: ${unknown.unanswered.map(mdLine).join(', ')}` : '',
  ].filter(Boolean);
  // `who` carries a revealed name: the partner's text, any characters.
  return `- ${mdLine(who)}: ${[fired, ...open].join('; ')}`;
}

/**
 * A log entry with its state in its status, as the Markdown's log tables print it. An offsite
 * decision not both confirmed is in the log as "decided": its status says so. One decided in the
 * log alone is one leader's word: its status says so too.
 */
export function withStateInStatus(e: LogEntry & Pick<PlanLogEntry, 'offsiteState' | 'logState'>): LogEntry {
  return e.offsiteState
    ? { ...e, status: `${e.status} at the offsite, ${e.offsiteState}` as LogEntry['status'] }
    : e.logState
      ? { ...e, status: `${e.status} ${e.logState}` as LogEntry['status'] }
      : e;
}

function sections(items: readonly PlanSection[]): string {
  // The state as the PDF prints it: without it a policy reads as the pair's rule.
  // Bodies quote workspace text (decision names, flows): one paragraph, so a line break in it cannot open a heading.
  return items
    .map((s) => `### ${mdLine(s.title)}\n\n${mdLine(s.body)}${s.state ? `\n\n_In the workspace: ${mdLine(s.state)}._` : ''}${s.origin ? `\n\n_${mdLine(s.origin)}_` : ''}`)
    .join('\n\n');
}

/** "Rounds sealed: CEO 2026-01-10, CTO 2026-01-12." — which comparison the plan is of, as the cover says. */
export const roundsSealedText = (cover: Pick<RepairPlan['cover'], 'sealed'>) => `CEO ${cover.sealed.ceo}, CTO ${cover.sealed.cto}`;
const roundsSealedLine = (cover: RepairPlan['cover']) => `Rounds sealed: ${roundsSealedText(cover)}.`;

/**
 * "Re-score round: 2026-02-11." After the pair's own actions the re-score is still the framework's day,
 * as the printed lead says. Once a later comparison exists the re-score took place that day; one not
 * held by its day (and not ticked, as no step with no artifact can be) is overdue, as its row says.
 */
function rescoreLine(plan: RepairPlan): string {
  if (plan.rescoreHeld) return `Re-score round: took place on ${plan.rescoreDate}, ${RESCORE_HELD}.`;
  const basis = plan.actionsFromOffsite ? ` (${RESCORE_BASIS}, not a date you set)` : '';
  const overdue = plan.rescoreDate < plan.cover.date ? `, overdue: no later comparison of your rounds by ${plan.cover.date}` : '';
  return `Re-score round: ${plan.rescoreDate}${basis}${overdue}.`;
}

function withNote(body: string, note?: string): string {
  return note ? `_${mdLine(note)}_` : body;
}

export function planToMarkdown(plan: RepairPlan): string {
  const { cover, scores, appendices: ap } = plan;
  const out: string[] = [];

  out.push(`# ${mdLine(plan.title)}`, `_${mdLine(plan.subtitle)}_`, roundsSealedLine(cover), mdLine(cover.summary));
  for (const n of cover.notices ?? []) out.push(`> **${mdLine(n)}**`);

  out.push(
    '## Scores',
    // What the numbers are, as the PDF's lead says: the overall is the average of the area scores.
    `_${mdLine(scoresLeadText(scores))}_`,
    mdTable(
      ['Area', 'CEO', 'CTO', 'Gap'],
      scores.areas.map((a) => [a.title, score(a.ceo), score(a.cto), score(a.delta)]),
    ),
    // A "–" alone reads as "no gap": say which areas were not compared, and why.
    ...scores.areas.filter((a) => a.refusal).map((a) => `_${mdLine(a.title)}: ${mdLine(notCompared(a.refusal!))}_`),
    // A number over fewer than all of an area's statements says how many, and who left the rest out (score-basis.ts).
    ...scores.areas.flatMap((a) => {
      const basis = areaBasisText(a, cover.names);
      return basis ? [`_${mdLine(a.title)}: ${mdLine(basis)}._`] : [];
    }),
    scores.overallRefusal
      ? `Overall: not compared. ${mdLine(scores.overallRefusal)}`
      : `Overall: CEO ${score(scores.overall.ceo)}, CTO ${score(scores.overall.cto)}${overallBasisText(scores, cover.names) ? `, ${mdLine(overallBasisText(scores, cover.names))}` : ''}.`,
    ['Warning signs reported:', warningsList(`${cover.names.ceo} (CEO)`, scores.firedWarnings.ceo, scores.unknownWarnings.ceo), warningsList(`${cover.names.cto} (CTO)`, scores.firedWarnings.cto, scores.unknownWarnings.cto)].join('\n'),
  );

  out.push(`## ${gapsTitle(plan.gaps)}`);
  if (!plan.gaps.length) out.push(`_${noGapsText(scores)}_`);
  // Why these gaps, as the PDF's lead says: pinned ones are not the highest-ranked.
  else out.push(gapsLeadText(plan.gaps));
  plan.gaps.forEach((g, i) => {
    const linked = g.addressedBy.length
      ? `Addressed in the workspace by: ${g.addressedBy.map((a) => `${mdLine(a.title)} (${mdLine(a.state)})`).join(', ')}.`
      : '_No workspace artifact is linked to this gap yet (link one under "Addresses the gaps")._';
    out.push(
      `### ${i + 1}. ${mdLine(g.title)}`,
      ...(g.pinned ? [`_${PINNED_GAP}_`] : []),
      g.why.trim(),
      ...(g.tie ? [`_${mdLine(g.tie)}_`] : []),
      `Fix for this gap (${mdLine(g.ladderState)}):`,
      mdTable(['Rung', 'In plain words'], RUNGS.map((r) => [RUNG_LABELS[r], g.ladder[r]])),
      linked,
    );
  });

  for (const phase of [1, 2, 3] as const) {
    if (phase === 3 && !plan.actions.some((a) => a.phase === 3)) continue;
    out.push(
      phase === 1 ? '## Days 1–14' : phase === 2 ? '## Days 15–30' : '## After day 30',
      // As the printed lead: the framework's owners and dates are not the pair's, and a tick is an agreement.
      ...(phase === 1 && !plan.actionsFromOffsite ? [`_${TEMPLATE_STEPS_NOTE} An action is ticked only when both leaders agreed its artifact in the workspace. ${tickedText(plan.actions)}_`] : []),
      plan.actions
        .filter((a) => a.phase === phase)
        .map((a) => `- [${a.done ? 'x' : ' '}] **${mdLine(a.title)}** (${mdLine(a.owner)}, due ${a.due}${a.overdue ? ', overdue' : ''}): ${mdLine(a.detail)}`)
        .join('\n'),
    );
  }
  out.push(rescoreLine(plan));
  if (plan.offsite) {
    const o = plan.offsite;
    out.push(
      '## From the offsite',
      ...(o.removed ? [`**${removedText(o.removed)}**`] : []),
      '### Agreed by both',
      o.agreed.length ? o.agreed.map((a) => `- ${mdLine(a.text)} — agreed by both: ${mdLine(a.by)}${a.changed ? ` — ${mdLine(a.changed)}` : ''}`).join('\n') : '_Nothing agreed by both yet._',
      ...(o.proposed.length ? ['### Proposed (not yet agreed)', o.proposed.map((p) => `- ${mdLine(p.text)} — ${mdLine(p.state)}`).join('\n')] : []),
      ...(o.unlisted?.proposed ? [`_${unlistedOffsiteText(o.unlisted.proposed, 'proposed')}._`] : []),
      '### Open items (parking lot)',
      // The block title is context either laptop wrote: quoted and cleaned, apart from the item (block-title.ts).
      o.parked.length ? `_${PARKED_NOTE}_\n\n${o.parked.map((p) => `- ${mdLine(p.text)} — open (raised during ${mdLine(agendaBlockRef(p.block))})`).join('\n')}` : '_Nothing parked._',
      ...(o.unlisted?.parked ? [`_${unlistedOffsiteText(o.unlisted.parked, 'parked')}._`] : []),
      ...[o.earlier, o.undated, o.later].flatMap((t) => (t ? [`_${mdLine(t)}_`] : [])),
    );
  }

  out.push('## Policies', sections(plan.policies), '## Architecture principles', sections(plan.principles));

  const depBody = ap.dependencies.value ? dependenciesSection(ap.dependencies.value) : '';
  // As the PDF prints it (AppendicesSection): a bare "State: edited." would read as settled.
  const st = (s?: string) => (s ? `_State: ${mdLine(s)}${s.startsWith('agreed') ? '' : ' — not yet agreed by both'}._\n\n` : '');
  out.push(
    '## Appendix: decision matrix',
    withNote(st(ap.matrix.state) + planMatrixTable(ap.matrix.items), ap.matrix.note),
    '## Appendix: translation guide',
    withNote(st(ap.ladder.state) + ladderTable({ ladder: ap.ladder.items.map((e) => (e.example ? { ...e, topic: `${e.topic} (${SHIPPED_EXAMPLE})` } : e)) }), ap.ladder.note),
    '## Appendix: meeting cadence',
    withNote(st(ap.cadence.state) + cadenceTable(ap.cadence.items, ap.matrix.items), ap.cadence.note),
    '## Appendix: risk budgets',
    withNote(st(ap.riskBudgets.state) + mdTable(['Budget', 'Value', 'State'], ap.riskBudgets.items.map((b) => [b.label, b.value, b.state])), ap.riskBudgets.note),
    '## Appendix: exec metrics',
    withNote(
      st(ap.metrics.state) +
        mdTable(['Metric', 'Definition', 'Unit', 'Owner', 'Target', METRIC_TREND_HEADING, 'State'], ap.metrics.items.map((m) => [m.name, m.definition, m.unit, m.owner, m.target, m.trend, m.state])),
      ap.metrics.note,
    ),
    '## Appendix: dependencies',
    withNote(st(ap.dependencies.state) + depBody, ap.dependencies.note),
    '## Appendix: decision log',
    withNote(decisionLogTable(ap.decisions.items.map(withStateInStatus)), ap.decisions.note),
    '## Appendix: notes for the plan',
    withNote(ap.notes.items.map((n) => `- **${mdLine(n.title)}** (${mdLine(n.name)}, ${n.role.toUpperCase()}): ${mdLine(n.text)}`).join('\n'), ap.notes.note),
  );

  return `${out.join('\n\n')}\n`;
}
