/* eslint-disable @typescript-eslint/no-explicit-any */
import * as Y from 'yjs';
import type { DecisionRow, Dependency, LadderEntry, LogEntry, Meeting, Metric } from '../../shared/workspace/types';
import { ASK_KINDS, DEPENDENCY_STATUSES, LOG_KINDS, LOG_STATUSES, MEETING_FREQUENCIES } from '../../shared/workspace/types';
import { isOneOf, isSetNumber } from '../../shared/workspace/not-set';
import { listOf, readListCell } from './workspace-lists';

/**
 * One workspace row as a Y.Map and back (workspace-doc.ts holds the document around them):
 * which fields are Y.Text, which are list cells, and how each plain field reads whatever a
 * peer wrote into it — a choice outside its values as not chosen, a non-number as NaN.
 */

export type ListKey = 'matrix' | 'ladder' | 'cadence' | 'metrics' | 'dependencies' | 'log';
export const LIST_KEYS: readonly ListKey[] = ['matrix', 'ladder', 'cadence', 'metrics', 'dependencies', 'log'];

export interface ListItemTypes {
  matrix: DecisionRow;
  ladder: LadderEntry;
  cadence: Meeting;
  metrics: Metric;
  dependencies: Dependency;
  log: LogEntry;
}

/** Fields stored as Y.Text, per list. */
export const TEXT_FIELDS: { [K in ListKey]: readonly (keyof ListItemTypes[K] & string)[] } = {
  matrix: ['decision', 'cadence'],
  ladder: ['topic', 'workItem', 'systemEffect', 'customerEffect', 'businessEffect', 'decisionAsk'],
  cadence: ['name'],
  metrics: ['name', 'definition', 'unit', 'owner', 'target'],
  dependencies: ['name', 'owner', 'note'],
  log: ['what', 'decidedBy', 'forum'],
};

/** List-valued fields, per list (Y.Array<string>). */
export const LIST_FIELDS: { [K in ListKey]: readonly (keyof ListItemTypes[K] & string)[] } = {
  matrix: ['accountable', 'consulted', 'informed'],
  ladder: [],
  cadence: ['decisionTypes', 'prereadChecklist'],
  metrics: [],
  dependencies: [],
  log: ['options'],
};
// ---------------------------------------------------------------- plain <-> Y

/** One item as a Y.Map; `plainLists` keeps lists as plain arrays (only the seed, whose bytes must never change). */
export function itemToY<K extends ListKey>(list: K, item: ListItemTypes[K], plainLists = false): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  const texts = TEXT_FIELDS[list] as readonly string[];
  // Fixed key order keeps seeding deterministic.
  for (const key of Object.keys(item).sort()) {
    const v = (item as unknown as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (texts.includes(key)) m.set(key, new Y.Text(String(v)));
    // Month -> value, so values for different months merge (only metrics have a 'values' field).
    else if (key === 'values') {
      const values = new Y.Map<number>();
      for (const mv of v as Metric['values']) values.set(mv.month, mv.value);
      m.set(key, values);
    } else if (Array.isArray(v)) m.set(key, plainLists ? [...v] : listOf(v as string[]));
    else m.set(key, v);
  }
  return m;
}

export function yToItem(list: ListKey, m: Y.Map<unknown>): Record<string, unknown> {
  return readRowFields(list, m.entries());
}

/**
 * How a row reads, from its fields as Y types (a live row) or as plain values (a row as it
 * stood before a change, row-weight.ts): the same rules either way.
 */
export function readRowFields(list: ListKey, entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const lists = LIST_FIELDS[list] as readonly string[];
  const fields = ROW_FIELD_SETS[list];
  for (const [key, v] of entries) {
    // Only the fields rows have (the id comes from the row's key). Anything else is the partner's
    // and no screen reads it, but kept here it reached every reader of a workspace that does not
    // validate (the raw projection): a plain value nested 3,000 lists deep (plain JSON, which the
    // guard's depth limit on shared types does not see) overflowed the stack of the agreement hash,
    // so the workspace page and the plan threw. And a key "__proto__", assigned here, set the
    // row's prototype to the partner's object: the fields below, read through it, were not filled
    // in, and the row, once spread ({ ...row }), had no fields at all.
    if (!fields.has(key)) continue;
    if (lists.includes(key)) out[key] = readListCell(v);
    else if (v instanceof Y.Text) out[key] = v.toString();
    else if (v instanceof Y.Map) {
      if (list === 'metrics' && key === 'values') {
        const values = v as Y.Map<number>;
        out[key] = [...values.keys()].sort().map((month) => ({ month, value: values.get(month) }));
      }
    } else if (Array.isArray(v)) out[key] = [...v];
    // A shared type where a plain value belongs (only a hostile peer writes one) is left out:
    // validation then names the field, and nothing renders it (XML types do so recursively).
    else if (!(v instanceof Y.AbstractType)) out[key] = v;
  }
  // A row the partner wrote without a field, or with one of another type (plain yjs can write
  // anything), reads with that field empty: every reader (editors, plan, exports) calls string
  // and array methods on them, and validation still names what is missing or wrong.
  for (const key of [...TEXT_FIELDS[list], ...PLAIN_STRING_FIELDS[list]] as readonly string[]) if (typeof out[key] !== 'string') out[key] = '';
  for (const key of lists) if (!Array.isArray(out[key])) out[key] = [];
  // A choice outside its known values reads as not chosen (''): the plan prints "not set" and
  // the editor's select offers a choice, instead of a reader indexing a table with it.
  for (const [key, allowed] of Object.entries(CHOICE_FIELDS[list])) if (!isOneOf(allowed, out[key])) out[key] = '';
  // A number that is not one (an object, a string, a boolean, NaN, ±Infinity, or none) reads as
  // NaN: still a number to every reader, never an object rendered as a React child, and
  // validation names it ("expected a number").
  for (const key of NUMBER_FIELDS[list]) if (!isSetNumber(out[key])) out[key] = NaN;
  // Optional fields of another type read as not set.
  for (const key of OPTIONAL_STRING_FIELDS[list]) if (key in out && typeof out[key] !== 'string') delete out[key];
  if ('askKind' in out && !isOneOf(ASK_KINDS, out.askKind)) delete out.askKind;
  if ('jointAccountable' in out && typeof out.jointAccountable !== 'boolean') delete out.jointAccountable;
  if (list === 'metrics') {
    // Only month → number pairs are measurements; anything else a peer wrote there is not.
    const values: unknown[] = Array.isArray(out.values) ? out.values : [];
    out.values = values.filter((mv) => isRecordLike(mv) && typeof mv.month === 'string' && isSetNumber(mv.value));
  }
  return out;
}

const OPTIONAL_STRING_FIELDS: { [K in ListKey]: readonly string[] } = { matrix: [], ladder: ['askKind'], cadence: [], metrics: [], dependencies: [], log: ['commitDeadline'] };

/** Plain fields holding one of a few values, per list (each is also a plain string field). */
const CHOICE_FIELDS: { [K in ListKey]: Readonly<Record<string, readonly string[]>> } = {
  matrix: {},
  ladder: {},
  cadence: { frequency: MEETING_FREQUENCIES },
  metrics: {},
  dependencies: { status: DEPENDENCY_STATUSES },
  log: { kind: LOG_KINDS, status: LOG_STATUSES },
};

/** Plain number fields, per list: read as NaN when not a finite number. */
const NUMBER_FIELDS: { [K in ListKey]: readonly string[] } = { matrix: [], ladder: [], cadence: ['durationMinutes'], metrics: [], dependencies: [], log: [] };

const isRecordLike = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plain (not Y.Text) string fields, per list: read as '' when a peer wrote anything else. */
const PLAIN_STRING_FIELDS: { [K in ListKey]: readonly string[] } = {
  matrix: [],
  ladder: [],
  cadence: ['frequency', 'firstDate', 'time'],
  metrics: [],
  dependencies: ['status'],
  log: ['kind', 'status', 'date'],
};

/** Every field a row of the list is read by (its id aside): what a row holds is what these hold. */
export const ROW_FIELDS: Readonly<Record<ListKey, readonly string[]>> = Object.fromEntries(
  LIST_KEYS.map((l) => [
    l,
    [
      ...new Set([
        ...TEXT_FIELDS[l],
        ...LIST_FIELDS[l],
        ...PLAIN_STRING_FIELDS[l],
        ...NUMBER_FIELDS[l],
        ...OPTIONAL_STRING_FIELDS[l],
        ...Object.keys(CHOICE_FIELDS[l]),
        ...(l === 'metrics' ? ['values'] : []),
      ]),
    ],
  ]),
) as unknown as Record<ListKey, readonly string[]>;

/** The fields a row is read with: those above, and a matrix row's joint CEO + CTO flag (a boolean, no weight). */
const ROW_FIELD_SETS: Readonly<Record<ListKey, ReadonlySet<string>>> = Object.fromEntries(
  LIST_KEYS.map((l) => [l, new Set([...ROW_FIELDS[l], ...(l === 'matrix' ? ['jointAccountable'] : [])])]),
) as unknown as Record<ListKey, ReadonlySet<string>>;

/** A plain number field: anything but a finite number (a shared type, a string, none) reads as NaN, not set (see yToItem). */
export const numberOf = (v: unknown): number => (isSetNumber(v) ? v : NaN);
