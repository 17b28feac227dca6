/**
 * Reading the offsite's records back from the shared doc. The partner's laptop can
 * write anything there, so each entry is parsed again: a malformed one is dropped
 * (and reported as "where: what"), never shown as something the pair captured.
 */
import * as v from 'valibot';
import { isIsoDate } from '../workspace/dates';
import { isIsoDateTime } from '../schema/iso-date-time';
import { issueLines } from '../schema/valibot-issues';
import { shownExcerpt } from '../workspace/bidi';
import { BET_FIELDS, MAX_CAPTURE_TEXT, MAX_SHORT_TEXT, RACI_CELLS, type Capture, type OffsiteAction, type ParkedItem } from './capture';

const str = (max: number) => v.pipe(v.string('expected text'), v.maxLength(max, `expected at most ${max} characters`));
const nonEmpty = (max: number) => v.pipe(str(max), v.check((s) => s.trim() !== '', 'must not be empty'));
const day = v.custom<string>((x) => isIsoDate(x), 'expected a date as YYYY-MM-DD');
const stamp = v.custom<string>((x) => typeof x === 'string' && isIsoDateTime(x), 'expected an ISO date-time');
const role = v.optional(v.picklist(['ceo', 'cto'] as const, 'expected "ceo" or "cto"'));

const META = {
  id: nonEmpty(MAX_SHORT_TEXT),
  blockId: nonEmpty(MAX_SHORT_TEXT),
  blockTitle: str(MAX_SHORT_TEXT),
  author: role,
  authorName: str(MAX_SHORT_TEXT),
  createdAt: stamp,
  editedAt: v.optional(stamp),
  importedFrom: v.optional(v.object({ role: v.picklist(['ceo', 'cto'] as const, 'expected "ceo" or "cto"'), name: str(MAX_SHORT_TEXT), at: stamp })),
};

export const CAPTURE_SCHEMA = v.variant('kind', [
  v.object({
    ...META,
    kind: v.literal('decision'),
    text: nonEmpty(MAX_CAPTURE_TEXT),
    options: v.pipe(v.array(str(MAX_SHORT_TEXT)), v.maxLength(50, 'expected at most 50 options')),
    forum: str(MAX_SHORT_TEXT),
    decidedOn: day,
    owner: str(MAX_SHORT_TEXT),
  }),
  v.object({ ...META, kind: v.literal('raci'), rowId: nonEmpty(MAX_SHORT_TEXT), rowLabel: str(MAX_CAPTURE_TEXT), cell: v.picklist(RACI_CELLS), value: str(MAX_CAPTURE_TEXT) }),
  v.object({ ...META, kind: v.literal('risk'), betId: nonEmpty(MAX_SHORT_TEXT), betName: str(MAX_SHORT_TEXT), field: v.picklist(BET_FIELDS), value: str(MAX_CAPTURE_TEXT) }),
  v.object({ ...META, kind: v.literal('action'), text: nonEmpty(MAX_CAPTURE_TEXT), owner: nonEmpty(MAX_SHORT_TEXT), due: day }),
], 'expected a capture of kind "decision", "raci", "risk" or "action"');

export const PARKED_SCHEMA = v.object({
  id: nonEmpty(MAX_SHORT_TEXT),
  text: nonEmpty(MAX_CAPTURE_TEXT),
  blockId: nonEmpty(MAX_SHORT_TEXT),
  blockTitle: str(MAX_SHORT_TEXT),
  author: role,
  authorName: str(MAX_SHORT_TEXT),
  createdAt: stamp,
});

export const ACTION_SCHEMA = v.object({
  id: nonEmpty(MAX_SHORT_TEXT),
  captureId: nonEmpty(MAX_SHORT_TEXT),
  blockId: nonEmpty(MAX_SHORT_TEXT),
  text: nonEmpty(MAX_CAPTURE_TEXT),
  owner: nonEmpty(MAX_SHORT_TEXT),
  due: day,
});

/** A key or id the partner wrote, echoed in a refusal: short, with no bidi override (bidi.ts). */
const echo = (s: string) => JSON.stringify(shownExcerpt(s, 40));

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function parseWith<T>(schema: v.GenericSchema<unknown, T>, key: string, value: unknown, where: string): Parsed<T> {
  const r = v.safeParse(schema, value);
  if (!r.success) return { ok: false, errors: issueLines(r.issues, where) };
  const id = (r.output as { id: string }).id;
  // The map key names the record: an entry filed under another id is someone else's.
  if (id !== key) return { ok: false, errors: [`${where}.id: expected ${echo(key)} (its key), got ${echo(id)}`] };
  return { ok: true, value: r.output };
}

export const parseCapture = (key: string, value: unknown) => parseWith<Capture>(CAPTURE_SCHEMA as v.GenericSchema<unknown, Capture>, key, value, `captures[${echo(key)}]`);
export const parseParked = (key: string, value: unknown) => parseWith<ParkedItem>(PARKED_SCHEMA as v.GenericSchema<unknown, ParkedItem>, key, value, `parking[${echo(key)}]`);
export const parseAction = (key: string, value: unknown) => parseWith<OffsiteAction>(ACTION_SCHEMA as v.GenericSchema<unknown, OffsiteAction>, key, value, `actions[${echo(key)}]`);

/** Oldest first, ties by id: both laptops list the same records in the same order. */
export function byCreated<T extends { createdAt: string; id: string }>(a: T, b: T): number {
  return a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
