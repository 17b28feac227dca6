/**
 * Repair plan → Markdown, for pasting into the exec doc or a wiki. Appendix
 * tables reuse the workspace renderers so both exports look the same.
 */
import { mdInline, mdTable } from '../workspace/markdown-table';
import {
  cadenceTable,
  dependenciesSection,
  matrixTable,
  metricsTable,
  openDecisionsTable,
  riskBudgetsTable,
} from '../workspace/markdown';
import { RUNG_LABELS, RUNGS } from '../workspace/ladder';
import type { FiredWarning, PlanSection, RepairPlan } from './types';

const score = (n: number | null) => (n === null ? '–' : String(n));

function warningsList(who: string, ws: readonly FiredWarning[]): string {
  if (!ws.length) return `- ${who}: none`;
  return `- ${who}: ${ws.map((w) => `${mdInline(w.title)} (${w.frequency})`).join(', ')}`;
}

function sections(items: readonly PlanSection[]): string {
  return items.map((s) => `### ${mdInline(s.title)}\n\n${s.body.trim()}`).join('\n\n');
}

function withNote(body: string, note?: string): string {
  return note ? `_${mdInline(note)}_` : body;
}

export function planToMarkdown(plan: RepairPlan): string {
  const { cover, scores, appendices: ap } = plan;
  const out: string[] = [];

  out.push(`# ${mdInline(plan.title)}`, `_${mdInline(plan.subtitle)}_`, cover.summary.trim());

  out.push(
    '## Scores',
    mdTable(
      ['Area', 'CEO', 'CTO', 'Gap'],
      scores.areas.map((a) => [a.title, score(a.ceo), score(a.cto), score(a.delta)]),
    ),
    `Overall: CEO ${score(scores.overall.ceo)}, CTO ${score(scores.overall.cto)}.`,
    ['Warning signs reported:', warningsList(`${cover.names.ceo} (CEO)`, scores.firedWarnings.ceo), warningsList(`${cover.names.cto} (CTO)`, scores.firedWarnings.cto)].join('\n'),
  );

  out.push('## Top gaps');
  if (!plan.gaps.length) out.push('_No gaps found among the statements both of you scored._');
  plan.gaps.forEach((g, i) => {
    out.push(
      `### ${i + 1}. ${mdInline(g.title)}`,
      g.why.trim(),
      mdTable(['Rung', 'In plain words'], RUNGS.map((r) => [RUNG_LABELS[r], g.ladder[r]])),
    );
  });

  out.push(
    '## Next 14 days',
    plan.actions
      .map((a) => `- [${a.done ? 'x' : ' '}] **${mdInline(a.title)}** (${a.owner}, due ${a.due}): ${mdInline(a.detail)}`)
      .join('\n'),
  );

  out.push('## Policies', sections(plan.policies), '## Architecture principles', sections(plan.principles));

  const depBody = ap.dependencies.value ? dependenciesSection(ap.dependencies.value) : '';
  out.push(
    '## Appendix: decision matrix',
    withNote(matrixTable(ap.matrix.items), ap.matrix.note),
    '## Appendix: meeting cadence',
    withNote(cadenceTable(ap.cadence.items, ap.matrix.items), ap.cadence.note),
    '## Appendix: risk budgets',
    ap.riskBudgets.value ? riskBudgetsTable(ap.riskBudgets.value) : withNote('', ap.riskBudgets.note),
    '## Appendix: exec metrics',
    withNote(metricsTable(ap.metrics.items), ap.metrics.note),
    '## Appendix: dependencies',
    withNote(depBody, ap.dependencies.note),
    '## Appendix: open decisions',
    withNote(openDecisionsTable(ap.openDecisions.items), ap.openDecisions.note),
  );

  return `${out.join('\n\n')}\n`;
}
