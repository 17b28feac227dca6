/**
 * The workspace as an exec document (Workspace → Export Markdown) that says, for each
 * artifact, whether both leaders agreed it — a reader must not take the shipped template or
 * one leader's edit for a decision — and includes the pair's fix for each gap they wrote.
 * A decision-log entry says so too, as the plan's does: either laptop writes the log.
 */
import { statementById } from '../framework/content';
import type { OffsiteRecord } from '../offsite/capture';
import { agreementLabel, gapFixKey, type ArtifactAgreementKey } from '../workspace/agreement';
import { RUNG_LABELS, RUNGS } from '../workspace/ladder';
import { mdInline, mdTable } from '../workspace/markdown-table';
import { workspaceSections } from '../workspace/markdown';
import { planContext, type PlanWorkspaceInput } from './context';
import { fixStateLabel } from './gap-fixes';
import { logEntryState } from './appendices';
import { withStateInStatus } from './markdown';
import { offsiteLogStates } from './offsite';

const SECTION_KEYS: Record<string, ArtifactAgreementKey | undefined> = {
  'Decision authority matrix': 'matrix',
  'Translation guide': 'ladder',
  'Meeting cadence': 'cadence',
  'Risk budgets': 'riskBudgets',
  'Exec metrics': 'metrics',
  Dependencies: 'dependencies',
};

/**
 * `today`: the export's day; a metric value for a later month is not printed as the latest.
 * `offsite`: what the pair captured there, the only place both confirm a decision in the log.
 */
export function workspaceExportMarkdown(input: PlanWorkspaceInput, title = 'Alignment workspace', today?: Date, offsite?: OffsiteRecord): string {
  const ctx = planContext(input);
  const { unconfirmedLog, agreedLog } = offsiteLogStates(offsite, input.agreement);
  const log = input.workspace.log.map((e) => withStateInStatus({ ...e, ...logEntryState(e, unconfirmedLog, agreedLog) }));
  const sections = workspaceSections(input.workspace, today, log).map(([heading, body]) => {
    const key = SECTION_KEYS[heading];
    return key ? ([heading, `*State: ${agreementLabel(ctx.states[key])}.*\n\n${body}`] as const) : ([heading, body] as const);
  });
  const fixes = Object.entries(ctx.gapFixes)
    .filter(([id]) => statementById(id))
    .map(([id, ladder]) => {
      const s = statementById(id)!;
      return `### ${mdInline(s.short)}\n\n> ${mdInline(s.text)}\n\n*State: ${fixStateLabel(ctx.states[gapFixKey(id)])}.*\n\n${mdTable(['Rung', 'In plain words'], RUNGS.map((r) => [RUNG_LABELS[r], ladder[r]]))}`;
    });
  const all = fixes.length ? [...sections, ['Fixes for the gaps', fixes.join('\n\n')] as const] : sections;
  const cleanTitle = title.replace(/\s*[\r\n]+\s*/g, ' ');
  const note = 'Each artifact states whether both leaders agreed it: *template* is the shipped default, *edited* is not yet agreed, and only *agreed by both* is a decision.';
  return `# ${cleanTitle}\n\n${note}\n\n${all.map(([h, body]) => `## ${h}\n\n${body}`).join('\n\n')}\n`;
}
