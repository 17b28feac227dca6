/**
 * Full structural validation for imported workspaces (files, peers). Builds a
 * clean copy field by field, so unknown keys never leak into the document, and
 * reports every problem as "path: what is wrong".
 */
import {
  ARTIFACT_KEYS,
  type ArtifactKey,
  type DecisionRow,
  type Dependency,
  type DependencyMap,
  type LadderEntry,
  type LogEntry,
  type Meeting,
  type Metric,
  type RiskBudgets,
  type Workspace,
} from './types';
import { fail, ok, type Result } from '../schema/result';
import { isIsoDate } from './dates';
import { MAX_DEPENDENCIES } from './dependencies';
import { MAX_METRICS } from './metrics';

type Obj = Record<string, unknown>;

/** Untrusted text echoed in an error, capped so a hostile value cannot flood the message. */
const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const shown = (v: unknown): string => clip(JSON.stringify(v) ?? String(v));

/** Collects errors while reading one object; each reader returns a fallback on error. */
class Reader {
  constructor(readonly errors: string[]) {}

  obj(v: unknown, path: string): Obj | null {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Obj;
    this.errors.push(`${path}: expected an object.`);
    return null;
  }

  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v === 'string') return v;
    this.errors.push(`${path}.${key}: expected a string${v === undefined ? ', missing' : ''}.`);
    return '';
  }

  optStr(o: Obj, key: string, path: string): string | undefined {
    return o[key] === undefined ? undefined : this.str(o, key, path);
  }

  nonEmpty(o: Obj, key: string, path: string): string {
    const s = this.str(o, key, path);
    if (typeof o[key] === 'string' && !s.trim()) this.errors.push(`${path}.${key}: must not be empty.`);
    return s;
  }

  num(o: Obj, key: string, path: string, min = -Infinity, max = Infinity): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.errors.push(`${path}.${key}: expected a number.`);
      return 0;
    }
    if (v < min || v > max) this.errors.push(`${path}.${key}: ${v} is outside ${min}–${max}.`);
    return v;
  }

  strArr(o: Obj, key: string, path: string): string[] {
    const v = o[key];
    if (!Array.isArray(v)) {
      this.errors.push(`${path}.${key}: expected an array of strings.`);
      return [];
    }
    v.forEach((x, i) => {
      if (typeof x !== 'string') this.errors.push(`${path}.${key}[${i}]: expected a string.`);
    });
    return v.filter((x): x is string => typeof x === 'string');
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
    const v = o[key];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.errors.push(`${path}.${key}: expected one of ${allowed.join(', ')}, got ${shown(v)}.`);
    return allowed[0];
  }

  date(o: Obj, key: string, path: string): string {
    const s = this.str(o, key, path);
    if (typeof o[key] === 'string' && !isIsoDate(s)) this.errors.push(`${path}.${key}: "${clip(s)}" is not a YYYY-MM-DD date.`);
    return s;
  }

  /** Reads an array of items with ids, rejecting duplicate ids (they are map keys later). */
  list<T extends { id: string }>(v: unknown, path: string, item: (o: Obj, p: string) => T, max?: number): T[] {
    if (!Array.isArray(v)) {
      this.errors.push(`${path}: expected an array.`);
      return [];
    }
    if (max !== undefined && v.length > max) this.errors.push(`${path}: ${v.length} items, at most ${max} allowed.`);
    const seen = new Set<string>();
    const out: T[] = [];
    v.forEach((raw, i) => {
      const p = `${path}[${i}]`;
      const o = this.obj(raw, p);
      if (!o) return;
      const parsed = item(o, p);
      if (seen.has(parsed.id)) this.errors.push(`${p}.id: duplicate id "${clip(parsed.id)}".`);
      seen.add(parsed.id);
      out.push(parsed);
    });
    return out;
  }
}

function decisionRow(r: Reader, o: Obj, p: string): DecisionRow {
  const row: DecisionRow = {
    id: r.nonEmpty(o, 'id', p),
    decision: r.str(o, 'decision', p),
    accountable: r.strArr(o, 'accountable', p),
    consulted: r.strArr(o, 'consulted', p),
    informed: r.strArr(o, 'informed', p),
    cadence: r.str(o, 'cadence', p),
  };
  if (o.jointAccountable !== undefined) {
    if (typeof o.jointAccountable === 'boolean') row.jointAccountable = o.jointAccountable;
    else r.errors.push(`${p}.jointAccountable: expected true or false.`);
  }
  return row;
}

function ladderEntry(r: Reader, o: Obj, p: string): LadderEntry {
  const e: LadderEntry = {
    id: r.nonEmpty(o, 'id', p),
    topic: r.str(o, 'topic', p),
    workItem: r.str(o, 'workItem', p),
    systemEffect: r.str(o, 'systemEffect', p),
    customerEffect: r.str(o, 'customerEffect', p),
    businessEffect: r.str(o, 'businessEffect', p),
    decisionAsk: r.str(o, 'decisionAsk', p),
  };
  if (o.askKind !== undefined) e.askKind = r.oneOf(o, 'askKind', p, ['budget', 'scope', 'timing'] as const);
  return e;
}

function meeting(r: Reader, o: Obj, p: string): Meeting {
  const m: Meeting = {
    id: r.nonEmpty(o, 'id', p),
    name: r.nonEmpty(o, 'name', p),
    durationMinutes: r.num(o, 'durationMinutes', p, 1, 24 * 60),
    frequency: r.oneOf(o, 'frequency', p, ['weekly', 'monthly', 'quarterly'] as const),
    decisionTypes: r.strArr(o, 'decisionTypes', p),
    prereadChecklist: r.strArr(o, 'prereadChecklist', p),
    firstDate: r.date(o, 'firstDate', p),
    time: r.str(o, 'time', p),
  };
  if (typeof o.time === 'string' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(m.time)) {
    r.errors.push(`${p}.time: "${clip(m.time)}" is not a 24-hour HH:MM time.`);
  }
  return m;
}

function riskBudgets(r: Reader, v: unknown, p: string): RiskBudgets {
  const o = r.obj(v, p) ?? {};
  const flows = r.strArr(o, 'criticalFlows', p);
  if (Array.isArray(o.criticalFlows) && o.criticalFlows.length !== 3) {
    r.errors.push(`${p}.criticalFlows: expected exactly 3 flows, got ${o.criticalFlows.length}.`);
  }
  return {
    reliabilityMinutesPerQuarter: r.num(o, 'reliabilityMinutesPerQuarter', p, 0),
    securityBlockingClasses: r.strArr(o, 'securityBlockingClasses', p),
    deliverySlipPercent: r.num(o, 'deliverySlipPercent', p, 0, 100),
    criticalFlows: [flows[0] ?? '', flows[1] ?? '', flows[2] ?? ''],
  };
}

function metric(r: Reader, o: Obj, p: string): Metric {
  const values: Metric['values'] = [];
  if (!Array.isArray(o.values)) r.errors.push(`${p}.values: expected an array.`);
  else
    o.values.forEach((raw, i) => {
      const vp = `${p}.values[${i}]`;
      const vo = r.obj(raw, vp);
      if (!vo) return;
      const month = r.str(vo, 'month', vp);
      if (typeof vo.month === 'string' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) r.errors.push(`${vp}.month: "${clip(month)}" is not YYYY-MM.`);
      values.push({ month, value: r.num(vo, 'value', vp) });
    });
  return {
    id: r.nonEmpty(o, 'id', p),
    name: r.str(o, 'name', p),
    definition: r.str(o, 'definition', p),
    unit: r.str(o, 'unit', p),
    owner: r.str(o, 'owner', p),
    target: r.str(o, 'target', p),
    values,
  };
}

function dependency(r: Reader, o: Obj, p: string): Dependency {
  return {
    id: r.nonEmpty(o, 'id', p),
    name: r.str(o, 'name', p),
    status: r.oneOf(o, 'status', p, ['green', 'yellow', 'red'] as const),
    owner: r.str(o, 'owner', p),
    note: r.str(o, 'note', p),
  };
}

function dependencyMap(r: Reader, v: unknown, p: string): DependencyMap {
  const o = r.obj(v, p) ?? {};
  return {
    roadmapItem: r.str(o, 'roadmapItem', p),
    dependencies: r.list(o.dependencies, `${p}.dependencies`, (d, dp) => dependency(r, d, dp), MAX_DEPENDENCIES),
  };
}

function logEntry(r: Reader, o: Obj, p: string): LogEntry {
  const e: LogEntry = {
    id: r.nonEmpty(o, 'id', p),
    kind: r.oneOf(o, 'kind', p, ['decision', 'risk', 'incident', 'capacity'] as const),
    what: r.str(o, 'what', p),
    decidedBy: r.str(o, 'decidedBy', p),
    forum: r.str(o, 'forum', p),
    date: r.date(o, 'date', p),
    options: r.strArr(o, 'options', p),
    status: r.oneOf(o, 'status', p, ['open', 'decided', 'revisited', 'closed'] as const),
  };
  if (o.commitDeadline !== undefined) e.commitDeadline = r.date(o, 'commitDeadline', p);
  return e;
}

function linkedGaps(r: Reader, v: unknown, p: string): Workspace['linkedGaps'] {
  const o = r.obj(v, p);
  if (!o) return undefined;
  const out: Partial<Record<ArtifactKey, string[]>> = {};
  for (const key of Object.keys(o)) {
    if (!(ARTIFACT_KEYS as readonly string[]).includes(key)) {
      r.errors.push(`${p}.${clip(key)}: unknown artifact; expected one of ${ARTIFACT_KEYS.join(', ')}.`);
      continue;
    }
    out[key as ArtifactKey] = r.strArr(o, key, p);
  }
  return out;
}

export function parseWorkspace(input: unknown): Result<Workspace> {
  const errors: string[] = [];
  const r = new Reader(errors);
  const o = r.obj(input, 'workspace');
  if (!o) return fail(...errors);
  if (o.version !== 1) errors.push(`workspace.version: expected 1, got ${shown(o.version)}.`);

  const ws: Workspace = {
    version: 1,
    matrix: r.list(o.matrix, 'matrix', (x, p) => decisionRow(r, x, p)),
    ladder: r.list(o.ladder, 'ladder', (x, p) => ladderEntry(r, x, p)),
    cadence: r.list(o.cadence, 'cadence', (x, p) => meeting(r, x, p)),
    riskBudgets: riskBudgets(r, o.riskBudgets, 'riskBudgets'),
    metrics: r.list(o.metrics, 'metrics', (x, p) => metric(r, x, p), MAX_METRICS),
    dependencies: dependencyMap(r, o.dependencies, 'dependencies'),
    log: r.list(o.log, 'log', (x, p) => logEntry(r, x, p)),
  };
  if (o.linkedGaps !== undefined) ws.linkedGaps = linkedGaps(r, o.linkedGaps, 'linkedGaps');

  // Meetings may only reference decision types that exist in the matrix.
  const rowIds = new Set(ws.matrix.map((row) => row.id));
  ws.cadence.forEach((m, i) =>
    m.decisionTypes.forEach((id, j) => {
      if (!rowIds.has(id)) errors.push(`cadence[${i}].decisionTypes[${j}]: "${clip(id)}" is not a decision row id.`);
    }),
  );

  return errors.length ? fail(...errors) : ok(ws);
}
