/**
 * Workspace → Markdown for the exec doc. Each section renderer is exported so
 * the repair plan appendices print exactly the same tables.
 */
import { DEPENDENCY_STATUSES, LOG_KINDS, MEETING_FREQUENCIES, type DecisionRow, type DependencyMap, type LogEntry, type Meeting, type Metric, type RiskBudgets, type Workspace } from './types';
import { choiceText, isSetNumber, NOT_SET, RELIABILITY_NOT_SET, SLIP_NOT_SET } from './not-set';
import { mdLine, mdTable } from './markdown-table';
import { accountableLabel } from './matrix';
import { redSummary } from './dependencies';
import { openDecisions } from './log';
import { laterValuesText, measuredValues, VALUES_NOT_AGREED } from './metrics';

const list = (xs: readonly string[]) => xs.map((x) => x.trim()).filter(Boolean).join(', ');

/** 45 → "45 min", 90 → "1 h 30 min", 240 → "4 h"; NaN (not set) → "not set". */
export function formatMinutes(total: number): string {
  if (!isSetNumber(total)) return NOT_SET;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
}

export function matrixTable(rows: readonly DecisionRow[]): string {
  return mdTable(
    ['Decision', 'Accountable', 'Consulted', 'Informed', 'Cadence'],
    rows.map((r) => [r.decision, accountableLabel(r), list(r.consulted), list(r.informed), r.cadence]),
  );
}

export function ladderTable(ws: Pick<Workspace, 'ladder'>): string {
  return mdTable(
    ['Topic', 'Work item', 'System effect', 'Customer effect', 'Business effect', 'Decision ask'],
    ws.ladder.map((e) => [e.topic, e.workItem, e.systemEffect, e.customerEffect, e.businessEffect, e.decisionAsk]),
  );
}

export function cadenceTable(meetings: readonly Meeting[], matrix: readonly DecisionRow[] = []): string {
  const names = new Map(matrix.map((r) => [r.id, r.decision]));
  return mdTable(
    ['Meeting', 'Frequency', 'Length', 'First date', 'Time', 'Decides', 'Pre-read'],
    meetings.map((m) => [
      m.name,
      choiceText(MEETING_FREQUENCIES, m.frequency),
      formatMinutes(m.durationMinutes),
      m.firstDate,
      m.time,
      list(m.decisionTypes.map((id) => names.get(id) ?? id)),
      list(m.prereadChecklist),
    ]),
  );
}

export function riskBudgetsTable(b: RiskBudgets): string {
  const flows = b.criticalFlows.map((f) => f.trim()).filter(Boolean);
  return mdTable(
    ['Budget', 'Threshold'],
    [
      ['Reliability', isSetNumber(b.reliabilityMinutesPerQuarter) ? `${b.reliabilityMinutesPerQuarter} minutes of customer-facing downtime per quarter on critical flows` : RELIABILITY_NOT_SET],
      ['Security', b.securityBlockingClasses.length ? `Release blocked by: ${list(b.securityBlockingClasses)}` : 'No blocking classes agreed yet'],
      ['Delivery', isSetNumber(b.deliverySlipPercent) ? `${b.deliverySlipPercent}% slip accepted on committed work` : SLIP_NOT_SET],
      ['Critical flows', flows.length ? flows.join(', ') : 'Not yet named'],
    ],
  );
}

/**
 * With `today`, a value for a month after today's cannot be a measurement yet (a forecast or a
 * typo): it is not the latest, and it is counted, as the plan's trend does. The heading says the
 * value is not agreed: the exec doc prints this table under the metrics' agreement state.
 */
export function metricsTable(metrics: readonly Metric[], today?: Date): string {
  return mdTable(
    ['Metric', 'Definition', 'Unit', 'Owner', 'Target', `Latest (${VALUES_NOT_AGREED})`],
    metrics.map((m) => {
      const { values, later, unreadable } = measuredValues(m, today);
      const last = values.reduce<Metric['values'][number] | undefined>((a, v) => (!a || v.month > a.month ? v : a), undefined);
      return [m.name, m.definition, m.unit, m.owner, m.target, [last ? `${last.value} (${last.month})` : '', laterValuesText(later, unreadable)].filter(Boolean).join('; ')];
    }),
  );
}


export function dependenciesSection(map: DependencyMap): string {
  const head = map.roadmapItem.trim() ? `Roadmap item: **${mdLine(map.roadmapItem)}**\n\n` : '';
  const table = mdTable(
    ['Dependency', 'Status', 'Owner', 'Note'],
    map.dependencies.map((d) => [d.name, choiceText(DEPENDENCY_STATUSES, d.status), d.owner, d.note]),
  );
  return `${head}${table}${map.dependencies.length ? `\n\n${mdLine(redSummary(map))}` : ''}`;
}

export function openDecisionsTable(log: readonly LogEntry[]): string {
  return mdTable(
    ['Date', 'Decision', 'Options', 'Who decides', 'Forum', 'Commit by', 'Status'],
    openDecisions(log).map((e) => [e.date, e.what, list(e.options), e.decidedBy, e.forum, e.commitDeadline ?? '', e.status]),
  );
}

/** Every entry: open and decided alike, with options, forum and commit date. */
export function decisionLogTable(log: readonly LogEntry[]): string {
  return mdTable(
    ['Date', 'Kind', 'What', 'Options', 'Who decides', 'Forum', 'Commit by', 'Status'],
    // The status may be the plan's own wording ("decided at the offsite, …"): only a missing one is named.
    log.map((e) => [e.date, choiceText(LOG_KINDS, e.kind), e.what, list(e.options), e.decidedBy, e.forum, e.commitDeadline ?? '', e.status || NOT_SET]),
  );
}

/**
 * Each section's heading and body, in the order the exec doc prints them. `decisionLog`: the
 * entries the Decision log prints, when the caller words their status (the exec doc adds whether
 * both leaders confirmed a decision); the Open decisions table always reads the workspace's log.
 */
export function workspaceSections(ws: Workspace, today?: Date, decisionLog: readonly LogEntry[] = ws.log): [string, string][] {
  return [
    ['Decision authority matrix', matrixTable(ws.matrix)],
    ['Translation guide', ladderTable(ws)],
    ['Meeting cadence', cadenceTable(ws.cadence, ws.matrix)],
    ['Risk budgets', riskBudgetsTable(ws.riskBudgets)],
    ['Exec metrics', metricsTable(ws.metrics, today)],
    ['Dependencies', dependenciesSection(ws.dependencies)],
    ['Open decisions', openDecisionsTable(ws.log)],
    ['Decision log', decisionLogTable(decisionLog)],
  ];
}

export function workspaceToMarkdown(ws: Workspace, opts: { title?: string } = {}): string {
  const sections = workspaceSections(ws);
  const title = (opts.title ?? 'Alignment workspace').replace(/\s*[\r\n]+\s*/g, ' ');
  return `# ${title}\n\n${sections.map(([h, body]) => `## ${h}\n\n${body}`).join('\n\n')}\n`;
}
