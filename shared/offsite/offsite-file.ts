/**
 * The offsite file: what one laptop captured at the offsite (captures with their
 * confirmations, actions, parked items), exported so a partner's laptop with no
 * network can import it. It is the exporter's claim and nothing more: only the
 * exporter's own confirmations go in (those its laptop's own record backs), and the
 * importer takes nothing under its own role from it (see offsite-merge.ts).
 *
 *   { format: "accord-offsite-record", version: 1, exportedBy: { role, name }, exportedAt,
 *     captures: [{ …capture, confirmations: [{ role, name, hash, at, mode }] }], actions: […], parked: […] }
 */
import * as v from 'valibot';
import type { Role } from '../assessment/types';
import { safeParseJson } from '../schema/json';
import { MAX_FILE_BYTES } from '../schema/limits';
import { fail, ok, type Result } from '../schema/result';
import { isRecord, isoDateTime, oneOf, record, text } from '../schema/rules';
import { expected, parseWith } from '../schema/valibot-issues';
import { CONTENT_HASH_HEX, CONTENT_HASH_PATTERN, sharedKey, type AgreementInput, type Confirmation } from '../workspace/agreement';
import { MAX_QUARTER_MINUTES, MAX_SHORT_TEXT, type Capture, type OffsiteAction, type OffsiteRecord, type ParkedItem } from './capture';
import { actionIdOf } from './capture-ops';
import { ACTION_SCHEMA, CAPTURE_SCHEMA, PARKED_SCHEMA } from './capture-record';
import { captureHash, captureKey } from './capture-agreement';
import { shownExcerpt } from '../workspace/bidi';

/** A value or id from the file, echoed in a refusal: short, and unable to turn the message around (bidi.ts). */
const echo = (s: string, max = 40) => JSON.stringify(shownExcerpt(s, max));

export const OFFSITE_FILE_FORMAT = 'accord-offsite-record';
/** More than any offsite captures; bounds what a hostile file can make this laptop do. */
export const MAX_FILE_ITEMS = 1000;

export type FileCapture = Capture & { confirmations: Confirmation[] };

export interface OffsiteFile {
  format: typeof OFFSITE_FILE_FORMAT;
  version: 1;
  exportedBy: { role: Role; name: string };
  exportedAt: string;
  captures: FileCapture[];
  actions: OffsiteAction[];
  parked: ParkedItem[];
}

/**
 * The file this laptop exports. A confirmation goes in only under the exporter's role
 * and only when this laptop's own record backs it for the capture as it is now: the
 * shared doc may hold anything the partner wrote, and the file must claim no more
 * than this laptop's user did.
 */
export function buildOffsiteFile(record: OffsiteRecord, agreement: AgreementInput, me: { role: Role; name: string }, now: Date): OffsiteFile {
  const at = now.toISOString();
  const captures = record.captures.map((c): FileCapture => {
    const key = captureKey(c.id);
    const hash = captureHash(c);
    const mine = agreement.local[key]?.[me.role] === hash;
    const shared = agreement.shared[sharedKey(key, me.role)];
    const confirmations: Confirmation[] = !mine
      ? []
      : [shared && shared.hash === hash && shared.role === me.role ? { ...shared } : { role: me.role, name: me.name.trim(), hash, at, mode: 'live' }];
    return { ...c, confirmations };
  });
  return {
    format: OFFSITE_FILE_FORMAT,
    version: 1,
    exportedBy: { role: me.role, name: me.name.trim() },
    exportedAt: at,
    captures,
    actions: record.actions.map((a) => ({ ...a })),
    parked: record.parked.map((p) => ({ ...p })),
  };
}

/** Pretty-printed: a leader may open it to see what it claims. */
export const serializeOffsiteFile = (file: OffsiteFile) => `${JSON.stringify(file, null, 2)}\n`;

const list = (what: string) =>
  v.pipe(
    v.array(v.unknown(), expected(`a list of ${what}`)),
    v.maxLength(MAX_FILE_ITEMS, (i) => `expected at most ${MAX_FILE_ITEMS} ${what}, got ${(i.input as unknown[]).length}`),
  );

const ROLES = ['ceo', 'cto'] as const;

const FILE = record({
  format: v.literal(OFFSITE_FILE_FORMAT, expected(`"${OFFSITE_FILE_FORMAT}" (an Accord offsite file)`)),
  version: v.literal(1, expected('1')),
  exportedBy: record({ role: oneOf(ROLES), name: text(MAX_SHORT_TEXT, true) }),
  exportedAt: isoDateTime(),
  captures: list('captures'),
  actions: list('actions'),
  parked: list('parked items'),
});

const CONFIRMATION = record({
  role: oneOf(ROLES),
  name: text(120, true),
  hash: v.custom<string>((x) => typeof x === 'string' && CONTENT_HASH_PATTERN.test(x), expected(`${CONTENT_HASH_HEX} lowercase hex characters`)),
  at: isoDateTime(),
  mode: oneOf(['live', 'together'] as const),
});
const CONFIRMATIONS = v.pipe(v.array(CONFIRMATION, expected('a list of confirmations')), v.maxLength(2, 'expected at most 2 confirmations (one per role)'));

/** The checks a capture's own schema cannot make: a risk budget's number is a number in range. */
function riskValueError(c: Capture): string | undefined {
  if (c.kind !== 'risk' || c.field === 'securityClasses') return undefined;
  const max = c.field === 'slipPercent' ? 100 : MAX_QUARTER_MINUTES;
  const n = Number(c.value);
  return /^\d+$/.test(c.value) && n <= max ? undefined : `expected a whole number from 0 to ${max}, got ${echo(c.value, 20)}`;
}

function parseCaptures(items: unknown[], errors: string[]): FileCapture[] {
  const out: FileCapture[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const where = `captures[${i}]`;
    if (!isRecord(item)) return void errors.push(`${where}: expected an object`);
    const { confirmations, ...rest } = item;
    const c = parseWith(CAPTURE_SCHEMA as v.GenericSchema<unknown, Capture>, rest, where);
    const cs = parseWith(CONFIRMATIONS as v.GenericSchema<unknown, Confirmation[]>, confirmations ?? [], `${where}.confirmations`);
    if (!c.ok) return void errors.push(...c.errors);
    if (!cs.ok) return void errors.push(...cs.errors);
    const risk = riskValueError(c.value);
    if (risk) return void errors.push(`${where}.value: ${risk}`);
    if (seen.has(c.value.id)) return void errors.push(`${where}.id: ${echo(c.value.id)} appears twice`);
    if (new Set(cs.value.map((x) => x.role)).size < cs.value.length) return void errors.push(`${where}.confirmations: two confirmations under one role`);
    seen.add(c.value.id);
    out.push({ ...c.value, confirmations: cs.value });
  });
  return out;
}

function parseMany<T extends { id: string }>(items: unknown[], schema: v.GenericSchema<unknown, T>, name: string, errors: string[]): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const r = parseWith(schema, item, `${name}[${i}]`);
    if (!r.ok) return void errors.push(...r.errors);
    if (seen.has(r.value.id)) return void errors.push(`${name}[${i}].id: ${echo(r.value.id)} appears twice`);
    seen.add(r.value.id);
    out.push(r.value);
  });
  return out;
}

/** Each action mirrors its action capture; one that does not is a file edited by hand (or a bug): refused. */
function checkActions(actions: OffsiteAction[], captures: FileCapture[], errors: string[]): void {
  const byId = new Map(captures.map((c) => [c.id, c]));
  actions.forEach((a, i) => {
    const c = byId.get(a.captureId);
    const where = `actions[${i}]`;
    if (!c || c.kind !== 'action') return void errors.push(`${where}.captureId: no action capture ${echo(a.captureId)} in this file`);
    if (a.id !== actionIdOf(c.id) || a.text !== c.text || a.owner !== c.owner || a.due !== c.due || a.blockId !== c.blockId) {
      errors.push(`${where}: differs from its capture ${echo(c.id)}`);
    }
  });
}

/**
 * Reads an untrusted offsite file: size and depth limits, then every field, each
 * problem as "where: what". Any problem refuses the whole file.
 */
export function parseOffsiteFile(input: unknown, maxBytes: number = MAX_FILE_BYTES): Result<OffsiteFile> {
  const json = safeParseJson(input, maxBytes);
  if (!json.ok) return json;
  const top = parseWith(FILE, json.value, '', 'file');
  if (!top.ok) return top;
  const f = top.value;
  const errors: string[] = [];
  const captures = parseCaptures(f.captures, errors);
  const actions = parseMany(f.actions, ACTION_SCHEMA as v.GenericSchema<unknown, OffsiteAction>, 'actions', errors);
  const parked = parseMany(f.parked, PARKED_SCHEMA as v.GenericSchema<unknown, ParkedItem>, 'parked', errors);
  if (errors.length === 0) checkActions(actions, captures, errors);
  if (errors.length) return fail(...errors);
  return ok({ format: OFFSITE_FILE_FORMAT, version: 1, exportedBy: f.exportedBy, exportedAt: f.exportedAt, captures, actions, parked });
}
