/**
 * Full structural validation for imported workspaces (files, peers), as valibot
 * schemas. Builds a clean copy from known members only, so unknown keys never leak
 * into the document, and reports every problem as "path: what is wrong."
 */
import * as v from 'valibot';
import { ARTIFACT_KEYS, ASK_KINDS, DEPENDENCY_STATUSES, LOG_KINDS, LOG_STATUSES, MEETING_FREQUENCIES, type ArtifactKey, type Workspace } from './types';
import { fail, ok, type Result } from '../schema/result';
import { list } from '../schema/list';
import { isRecord, keyed, record } from '../schema/rules';
import { issueLines } from '../schema/valibot-issues';
import { isIsoDate } from './dates';
import { MAX_DEPENDENCIES } from './dependencies';
import { MAX_METRICS } from './metrics';

/** Untrusted text echoed in an error, capped so a hostile value cannot flood the message. */
const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const shown = (x: unknown): string => clip(JSON.stringify(x) ?? String(x));

/* The workspace's own wording: every message ends with a full stop. */
const notObject = () => 'expected an object.';
const str = v.string((i) => `expected a string${i.input === undefined ? ', missing' : ''}.`);
const nonEmpty = v.pipe(str, v.check((s) => s.trim() !== '', 'must not be empty.'));
const num = (min = -Infinity, max = Infinity) =>
  v.pipe(
    v.custom<number>((x) => typeof x === 'number' && Number.isFinite(x), 'expected a number.'),
    v.check((n) => n >= min && n <= max, (i) => `${i.input} is outside ${min}–${max}.`),
  );
const strings = v.pipe(
  v.custom<unknown[]>(Array.isArray, 'expected an array of strings.'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const input = dataset.value;
    input.forEach((value, key) => {
      if (typeof value !== 'string') addIssue({ message: 'expected a string.', input: value, path: [{ type: 'array', origin: 'value', input, key, value }] });
    });
    return dataset.issues ? NEVER : (input as string[]);
  }),
);
const oneOf = <const T extends readonly string[]>(allowed: T) =>
  v.picklist(allowed, (i) => `expected one of ${allowed.join(', ')}, got ${shown(i.input)}.`);
const matching = (test: (s: string) => boolean, what: string) => v.pipe(str, v.check(test, (i) => `"${clip(i.input as string)}" ${what}.`));
const date = matching(isIsoDate, 'is not a YYYY-MM-DD date');
const bool = v.boolean('expected true or false.');
const items = <T extends { id: string }>(item: v.GenericSchema<unknown, T>, max?: number) =>
  list(item, { notList: () => 'expected an array.', max, tooMany: (n) => `${n} items, at most ${max} allowed.`, readPastMax: true, id: (x) => x.id, duplicate: (_, id) => `duplicate id "${clip(id)}".` });
const obj = <const E extends v.ObjectEntries>(entries: E) => record(entries, notObject);

const decisionRow = obj({
  id: nonEmpty,
  decision: str,
  accountable: strings,
  consulted: strings,
  informed: strings,
  cadence: str,
  jointAccountable: v.optional(bool),
});

const ladderEntry = obj({
  id: nonEmpty,
  topic: str,
  workItem: str,
  systemEffect: str,
  customerEffect: str,
  businessEffect: str,
  decisionAsk: str,
  askKind: v.optional(oneOf(ASK_KINDS)),
});

const meeting = obj({
  id: nonEmpty,
  name: nonEmpty,
  durationMinutes: num(1, 24 * 60),
  frequency: oneOf(MEETING_FREQUENCIES),
  decisionTypes: strings,
  prereadChecklist: strings,
  firstDate: date,
  time: matching((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), 'is not a 24-hour HH:MM time'),
});

const riskBudgets = v.pipe(
  obj({
    // Read first, as people read the section: the three flows, then the budgets.
    criticalFlows: v.pipe(strings, v.check((a) => a.length === 3, (i) => `expected exactly 3 flows, got ${(i.input as unknown[]).length}.`)),
    reliabilityMinutesPerQuarter: num(0),
    securityBlockingClasses: strings,
    deliverySlipPercent: num(0, 100),
  }),
  v.transform((r) => ({
    reliabilityMinutesPerQuarter: r.reliabilityMinutesPerQuarter,
    securityBlockingClasses: r.securityBlockingClasses,
    deliverySlipPercent: r.deliverySlipPercent,
    criticalFlows: [r.criticalFlows[0], r.criticalFlows[1], r.criticalFlows[2]] as [string, string, string],
  })),
);

const metricValue = obj({ month: matching((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), 'is not YYYY-MM'), value: num() });
const metric = obj({
  id: nonEmpty,
  name: str,
  definition: str,
  unit: str,
  owner: str,
  target: str,
  values: list(metricValue, { notList: () => 'expected an array.' }),
});

const dependency = obj({ id: nonEmpty, name: str, status: oneOf(DEPENDENCY_STATUSES), owner: str, note: str });
const dependencyMap = obj({ roadmapItem: str, dependencies: items(dependency, MAX_DEPENDENCIES) });

const logEntry = obj({
  id: nonEmpty,
  kind: oneOf(LOG_KINDS),
  what: str,
  decidedBy: str,
  forum: str,
  date,
  options: strings,
  status: oneOf(LOG_STATUSES),
  commitDeadline: v.optional(date),
});

const linkedGaps = keyed(
  (key) => ((ARTIFACT_KEYS as readonly string[]).includes(key) ? strings : `unknown artifact; expected one of ${ARTIFACT_KEYS.join(', ')}.`),
  notObject,
) as v.GenericSchema<unknown, Partial<Record<ArtifactKey, string[]>>>;

/** The workspace's parts, in document order: a new part is one line here (and one in types.ts). */
const ROOTS = {
  matrix: items(decisionRow),
  ladder: items(ladderEntry),
  cadence: items(meeting),
  riskBudgets,
  metrics: items(metric, MAX_METRICS),
  dependencies: dependencyMap,
  log: items(logEntry),
};

const workspace = obj({
  version: v.literal(1, (i) => `expected 1, got ${shown(i.input)}.`),
  ...ROOTS,
  linkedGaps: v.optional(linkedGaps),
});

/** Meetings may only reference decision types that exist in the matrix (read from the input as given). */
function danglingDecisionTypes(input: Record<string, unknown>): string[] {
  const rows = Array.isArray(input.matrix) ? input.matrix : [];
  const rowIds = new Set(rows.filter(isRecord).map((row) => row.id));
  const errors: string[] = [];
  (Array.isArray(input.cadence) ? input.cadence : []).forEach((m, i) => {
    if (!isRecord(m) || !Array.isArray(m.decisionTypes)) return;
    m.decisionTypes.forEach((id, j) => {
      if (typeof id === 'string' && !rowIds.has(id)) errors.push(`cadence[${i}].decisionTypes[${j}]: "${clip(id)}" is not a decision row id.`);
    });
  });
  return errors;
}

/** Problems listed at most; the rest are counted in one line. */
export const MAX_LISTED_PROBLEMS = 200;

function cappedProblems(errors: string[]): string[] {
  if (errors.length <= MAX_LISTED_PROBLEMS) return errors;
  return [...errors.slice(0, MAX_LISTED_PROBLEMS), `workspace: ${errors.length - MAX_LISTED_PROBLEMS} more problems not listed`];
}

export function parseWorkspace(input: unknown): Result<Workspace> {
  if (!isRecord(input)) return fail(`workspace: ${notObject()}`);
  const r = v.safeParse(workspace, input, { abortPipeEarly: true });
  // The version belongs to the document as a whole: "workspace.version".
  const errors = r.success ? [] : issueLines(r.issues, '').map((line) => (line.startsWith('version: ') ? `workspace.${line}` : line));
  errors.push(...danglingDecisionTypes(input));
  // Capped: a partner's update of 60,000 empty rows brings hundreds of thousands of problems, and
  // spread into one call they overflowed the stack of every workspace read (and so the plan).
  if (!r.success || errors.length) return fail(...cappedProblems(errors));
  const { linkedGaps: gaps, ...rest } = r.output;
  const ws: Workspace = rest;
  if (gaps !== undefined) ws.linkedGaps = gaps;
  return ok(ws);
}
