/**
 * What the pair captures in the room during an offsite block. A capture is one of:
 *
 *   decision  → a decision-log entry (text, options considered, forum, date, owner)
 *   raci      → one cell of one decision-authority matrix row
 *   risk      → one risk-budget value of one big bet
 *   action    → an action with an owner and a due date (a working day)
 *
 * plus the parking lot (what they did not settle). Drafts come from a form and are
 * validated into captures with "field: what is wrong" messages; records read back
 * from the shared doc are the partner's to write, so they are parsed again and a
 * malformed one is dropped, never trusted.
 */
import * as v from 'valibot';
import type { Role } from '../assessment/types';
import { isIsoDate, parseIsoDate } from '../workspace/dates';
import { isWeekend } from '../plan/working-days';

export type CaptureKind = 'decision' | 'raci' | 'risk' | 'action';
export const CAPTURE_KINDS: readonly CaptureKind[] = ['decision', 'raci', 'risk', 'action'];
export const CAPTURE_KIND_LABELS: Record<CaptureKind, string> = {
  decision: 'Decision',
  raci: 'RACI change',
  risk: 'Risk budget',
  action: 'Action',
};

export type RaciCell = 'accountable' | 'consulted' | 'informed' | 'cadence';
export const RACI_CELLS: readonly RaciCell[] = ['accountable', 'consulted', 'informed', 'cadence'];
export const RACI_CELL_LABELS: Record<RaciCell, string> = {
  accountable: 'Accountable',
  consulted: 'Consulted',
  informed: 'Informed',
  cadence: 'Forum / cadence',
};

export type BetField = 'reliabilityMinutes' | 'securityClasses' | 'slipPercent';
export const BET_FIELDS: readonly BetField[] = ['reliabilityMinutes', 'securityClasses', 'slipPercent'];
export const BET_FIELD_LABELS: Record<BetField, string> = {
  reliabilityMinutes: 'Downtime budget (minutes per quarter)',
  securityClasses: 'Issue classes that block releases',
  slipPercent: 'Acceptable slip (%)',
};
/** Minutes in a 91-day quarter: the most downtime a budget can allow. */
export const MAX_QUARTER_MINUTES = 131_040;

export const MAX_CAPTURE_TEXT = 2000;
export const MAX_SHORT_TEXT = 200;

export type CaptureBody =
  | { kind: 'decision'; text: string; options: string[]; forum: string; decidedOn: string; owner: string }
  | { kind: 'raci'; rowId: string; rowLabel: string; cell: RaciCell; value: string }
  | { kind: 'risk'; betId: string; betName: string; field: BetField; value: string }
  | { kind: 'action'; text: string; owner: string; due: string };

export interface CaptureMeta {
  id: string;
  /** The agenda block it was captured in, and its title then (the agenda may change later). */
  blockId: string;
  blockTitle: string;
  /** The role of the laptop that captured it; absent on one shared laptop. */
  author?: Role;
  authorName: string;
  /** ISO timestamps. */
  createdAt: string;
  editedAt?: string;
  /** Came from the partner's offsite file (file exchange, no network): who exported it, when. */
  importedFrom?: { role: Role; name: string; at: string };
}

export type Capture = CaptureMeta & CaptureBody;

/** A parking-lot item: raised in a block, not settled. */
export interface ParkedItem {
  id: string;
  text: string;
  blockId: string;
  blockTitle: string;
  author?: Role;
  authorName: string;
  createdAt: string;
}

/** An action written by an action capture (the `actions` root: a mirror; what prints an action builds it from the capture, capture-ops.ts actionOf). */
export interface OffsiteAction {
  id: string;
  captureId: string;
  blockId: string;
  text: string;
  owner: string;
  due: string;
}

/** Everything the offsite wrote into the shared doc. */
export interface OffsiteRecord {
  captures: Capture[];
  actions: OffsiteAction[];
  parked: ParkedItem[];
}

export const EMPTY_RECORD: OffsiteRecord = { captures: [], actions: [], parked: [] };

// ---------------------------------------------------------------- drafts (form input)

/** What the form holds: plain strings, the way they were typed. */
export interface CaptureDraft {
  kind: CaptureKind;
  text?: string;
  /** Comma- or newline-separated options considered. */
  options?: string;
  forum?: string;
  decidedOn?: string;
  owner?: string;
  rowId?: string;
  cell?: string;
  value?: string;
  betId?: string;
  betName?: string;
  field?: string;
  due?: string;
}

export interface FieldError {
  field: keyof CaptureDraft;
  message: string;
}

export type DraftResult = { ok: true; body: CaptureBody } | { ok: false; errors: FieldError[] };

const required = (label: string, max: number) =>
  v.pipe(
    v.optional(v.string(`${label}: expected text.`), ''),
    v.trim(),
    v.nonEmpty(`${label}: must not be empty.`),
    v.maxLength(max, (i) => `${label}: at most ${max} characters (got ${String(i.input).length}).`),
  );
const optional = (label: string, max: number) =>
  v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(max, (i) => `${label}: at most ${max} characters (got ${String(i.input).length}).`));
const isoDay = (label: string) =>
  v.pipe(
    v.optional(v.string(`${label}: expected a date.`), ''),
    v.trim(),
    v.nonEmpty(`${label}: choose a date.`),
    v.check((s) => s === '' || isIsoDate(s), `${label}: expected a real date as YYYY-MM-DD.`),
  );

const DECISION = v.object({
  text: required('Decision', MAX_CAPTURE_TEXT),
  options: optional('Options considered', MAX_CAPTURE_TEXT),
  forum: required('Forum', MAX_SHORT_TEXT),
  decidedOn: isoDay('Decided on'),
  owner: required('Owner', MAX_SHORT_TEXT),
});

const RACI = v.object({
  rowId: required('Matrix row', MAX_SHORT_TEXT),
  cell: v.picklist(RACI_CELLS, `Cell: choose one of ${RACI_CELLS.map((c) => RACI_CELL_LABELS[c]).join(', ')}.`),
  value: optional('New value', MAX_CAPTURE_TEXT),
});

const RISK = v.object({
  betId: required('Big bet', MAX_SHORT_TEXT),
  betName: optional('Big bet name', MAX_SHORT_TEXT),
  field: v.picklist(BET_FIELDS, 'Budget: choose downtime minutes, blocking issue classes or slip %.'),
  value: optional('Value', MAX_CAPTURE_TEXT),
});

const ACTION = v.object({
  text: required('Action', MAX_CAPTURE_TEXT),
  owner: required('Owner', MAX_SHORT_TEXT),
  due: isoDay('Due'),
});

function errorsOf(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((i) => ({ field: (i.path?.[0]?.key as keyof CaptureDraft) ?? 'kind', message: i.message }));
}

/** "a, b\nc" → ["a", "b", "c"], trimmed, empties and duplicates dropped. */
export function splitList(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[,\n;]/)) {
    const t = part.trim();
    if (t && !out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

/**
 * Checks one draft on its own (what the matrix or bets hold is checked when the
 * capture is turned into workspace changes). `today` bounds the action's due date.
 */
export function validateDraft(draft: CaptureDraft, today: string): DraftResult {
  switch (draft.kind) {
    case 'decision': {
      const r = v.safeParse(DECISION, draft);
      if (!r.success) return { ok: false, errors: errorsOf(r.issues) };
      return { ok: true, body: { kind: 'decision', ...r.output, options: splitList(r.output.options) } };
    }
    case 'raci': {
      const r = v.safeParse(RACI, draft);
      if (!r.success) return { ok: false, errors: errorsOf(r.issues) };
      const { cell } = r.output;
      const value = cell === 'cadence' ? r.output.value : splitList(r.output.value).join(', ');
      if ((cell === 'accountable' || cell === 'cadence') && !value) {
        return { ok: false, errors: [{ field: 'value', message: `New value: ${cell === 'accountable' ? 'name who is accountable' : 'name the forum'}.` }] };
      }
      return { ok: true, body: { kind: 'raci', rowId: r.output.rowId, rowLabel: '', cell, value } };
    }
    case 'risk': {
      const r = v.safeParse(RISK, draft);
      if (!r.success) return { ok: false, errors: errorsOf(r.issues) };
      const { field } = r.output;
      let value = r.output.value;
      if (field !== 'securityClasses') {
        const max = field === 'slipPercent' ? 100 : MAX_QUARTER_MINUTES;
        const n = Number(value);
        if (value === '' || !Number.isInteger(n) || n < 0 || n > max) {
          const what = field === 'slipPercent' ? 'a whole percent from 0 to 100' : `whole minutes from 0 to ${MAX_QUARTER_MINUTES} (a quarter)`;
          return { ok: false, errors: [{ field: 'value', message: `Value: expected ${what}, got "${value.slice(0, 20)}".` }] };
        }
        value = String(n);
      } else if (!value) return { ok: false, errors: [{ field: 'value', message: 'Value: name the issue classes that block releases.' }] };
      return { ok: true, body: { kind: 'risk', betId: r.output.betId, betName: r.output.betName, field, value } };
    }
    case 'action': {
      const r = v.safeParse(ACTION, draft);
      if (!r.success) return { ok: false, errors: errorsOf(r.issues) };
      const day = parseIsoDate(r.output.due)!;
      if (isWeekend(day)) return { ok: false, errors: [{ field: 'due', message: `Due: ${r.output.due} is a ${day.getDay() === 0 ? 'Sunday' : 'Saturday'}; choose a working day.` }] };
      if (r.output.due < today) return { ok: false, errors: [{ field: 'due', message: `Due: ${r.output.due} is in the past; choose today or later.` }] };
      return { ok: true, body: { kind: 'action', ...r.output } };
    }
    default:
      return { ok: false, errors: [{ field: 'kind', message: 'Kind: choose decision, RACI change, risk budget or action.' }] };
  }
}

/** The draft that shows a capture again in the form (to edit it). */
export function draftOf(body: CaptureBody): CaptureDraft {
  switch (body.kind) {
    case 'decision':
      return { kind: 'decision', text: body.text, options: body.options.join(', '), forum: body.forum, decidedOn: body.decidedOn, owner: body.owner };
    case 'raci':
      return { kind: 'raci', rowId: body.rowId, cell: body.cell, value: body.value };
    case 'risk':
      return { kind: 'risk', betId: body.betId, betName: body.betName, field: body.field, value: body.value };
    case 'action':
      return { kind: 'action', text: body.text, owner: body.owner, due: body.due };
  }
}

/** The body alone: what the pair agrees to (who typed it and when is not part of it). */
export function bodyOf(c: Capture): CaptureBody {
  switch (c.kind) {
    case 'decision':
      return { kind: c.kind, text: c.text, options: c.options, forum: c.forum, decidedOn: c.decidedOn, owner: c.owner };
    case 'raci':
      return { kind: c.kind, rowId: c.rowId, rowLabel: c.rowLabel, cell: c.cell, value: c.value };
    case 'risk':
      return { kind: c.kind, betId: c.betId, betName: c.betName, field: c.field, value: c.value };
    case 'action':
      return { kind: c.kind, text: c.text, owner: c.owner, due: c.due };
  }
}

/** One line a board member can read: "Decision: … (owner CEO, Monthly strategy, 2026-11-26)". */
export function describeCapture(c: CaptureBody): string {
  switch (c.kind) {
    case 'decision':
      return `Decision: ${c.text} (owner ${c.owner}; ${c.forum}; ${c.decidedOn}${c.options.length ? `; options considered: ${c.options.join(', ')}` : ''})`;
    case 'raci':
      return `RACI change: "${c.rowLabel || c.rowId}" — ${RACI_CELL_LABELS[c.cell]} → ${c.value || '(nobody)'}`;
    case 'risk': {
      const value = c.field === 'slipPercent' ? `${c.value}%` : c.field === 'reliabilityMinutes' ? `${c.value} minutes per quarter` : c.value;
      return `Risk budget: ${c.betName || c.betId} — ${BET_FIELD_LABELS[c.field]} → ${value}`;
    }
    case 'action':
      return `Action: ${c.text} (owner ${c.owner}, due ${c.due})`;
  }
}
