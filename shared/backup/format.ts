import type { Round } from '../assessment/types';
import * as v from 'valibot';
import { safeParseJson } from '../schema/json';
import { MAX_JSON_DEPTH, MAX_WORKSPACE_DOC_BYTES } from '../schema/limits';
import { fail, ok, type Result } from '../schema/result';
import { roundSchema } from '../schema/round';
import { SEALED_AT_CLOCK_SKEW_MS } from '../schema/sealed-payload';
import { list } from '../schema/list';
import { isRecord, isoDateTime, keyed, record, text } from '../schema/rules';
import { expected, issueLines } from '../schema/valibot-issues';
import { base64DecodedLength, isBase64, toBase64 } from './base64';
import { shownExcerpt } from '../workspace/bidi';

/*
 * The backup file: everything on this laptop in one JSON document, so it can be
 * restored on another one.
 *
 *   { "format": "accord-backup", "version": 1, "exportedAt": ISO time,
 *     "rounds":   [Round, …],                       every readable round, as in a sealed file
 *     "settings": { key: value, … },                optional
 *     "docs":     [{ "id", "update": base64, "updatedAt"?, "meta"? }, …] }
 *
 * `docs` are Yjs documents — the workspace (id "workspace": decision log and
 * artifacts) and comparison sessions (keyed by room) — each as one merged update.
 *
 * A backup is untrusted input like any file: it is read with size and depth
 * limits, every round goes through parseRound, and every problem is reported
 * with where it is (`rounds[3].answers["db-1"].value: expected 1–5 …`).
 *
 * No round may be dated ahead of this laptop's clock (see roundsFromTheFuture): rounds are
 * ordered by their times, and a hand-made one sealed in 2099 would stand as the newest round
 * in the plan, the offsite baseline and every "latest" choice, for good.
 */

export const BACKUP_FORMAT = 'accord-backup';
export const BACKUP_VERSION = 1;

/** Largest single Y.Doc update, decoded: exactly what a live session accepts for a document. */
export const MAX_BACKUP_DOC_BYTES = MAX_WORKSPACE_DOC_BYTES;
/**
 * The whole file. A year of quarterly rounds is well under 1 MB; the largest
 * workspace a session accepts is MAX_BACKUP_DOC_BYTES, which base64 grows by
 * 4/3, plus a comparison document and rounds: room for a full-size workspace
 * and a full-size comparison document, yet a wrong file (a video, a disk
 * image) is refused before it is read.
 */
export const MAX_BACKUP_BYTES = Math.ceil((MAX_BACKUP_DOC_BYTES * 2 * 4) / 3) + 8 * 1024 * 1024;
export const MAX_BACKUP_ROUNDS = 10_000;
export const MAX_BACKUP_DOCS = 1_000;
export const MAX_BACKUP_SETTINGS = 1_000;
export const MAX_SETTING_KEY = 100;
export const MAX_SETTING_VALUE = 100_000;
export const MAX_DOC_ID = 200;
export const MAX_DOC_META = 10_000;
/** A broken file can produce thousands of errors; the first ones say enough. */
export const MAX_REPORTED_ERRORS = 50;

export interface BackupDoc {
  id: string;
  /** The Y.Doc state as one update, base64. */
  update: string;
  updatedAt?: string;
  meta?: string;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  rounds: Round[];
  settings?: Record<string, string>;
  docs: BackupDoc[];
}

export interface BackupInput {
  rounds: readonly Round[];
  settings?: Readonly<Record<string, string>>;
  docs: readonly { id: string; update: Uint8Array; updatedAt?: string; meta?: string }[];
  now: Date | string;
}

/** Builds the backup document; rounds ordered by creation time and docs by id, so equal data gives equal files. */
export function buildBackup(input: BackupInput): Backup {
  const exportedAt = (typeof input.now === 'string' ? new Date(input.now) : input.now).toISOString();
  const rounds = [...input.rounds].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const docs = [...input.docs]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => {
      const doc: BackupDoc = { id: d.id, update: toBase64(d.update) };
      if (d.updatedAt !== undefined) doc.updatedAt = d.updatedAt;
      if (d.meta !== undefined) doc.meta = d.meta;
      return doc;
    });
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, rounds, docs };
  if (input.settings) backup.settings = { ...input.settings };
  return backup;
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

/** `accord-backup-2026-10-05.json`, in the local calendar. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `accord-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** A header value echoed in an error, capped and with no bidi override: the file is untrusted and may hold anything there. */
function shown(value: unknown): string {
  return shownExcerpt(JSON.stringify(value ?? null) ?? String(value), 60);
}

function capped(errors: string[]): string[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), `… and ${errors.length - MAX_REPORTED_ERRORS} more problems`];
}

// The header decides whether the rest is worth reading: it is checked first, alone.
const header = record({
  format: v.literal(BACKUP_FORMAT, (i) => `expected "${BACKUP_FORMAT}", got ${shown(i.input)} — this is not an Accord backup file`),
  version: v.literal(BACKUP_VERSION, ({ input }) =>
    typeof input === 'number' && Number.isInteger(input) && input > BACKUP_VERSION
      ? `this backup is version ${input}, made by a newer Accord; this app reads version ${BACKUP_VERSION}. Update Accord, then restore it.`
      : `expected ${BACKUP_VERSION}, got ${shown(input)} — unknown backup version`,
  ),
});

const update = v.pipe(
  v.string(expected('base64 text')),
  v.check(isBase64, 'expected base64 text (A–Z, a–z, 0–9, + and /, padded with =)'),
  v.check(
    (s) => base64DecodedLength(s) <= MAX_BACKUP_DOC_BYTES,
    (i) => `expected at most ${MAX_BACKUP_DOC_BYTES} bytes, got ${base64DecodedLength(i.input as string)}`,
  ),
  v.check((s) => s.length > 0, 'must not be empty'),
);

const doc = v.pipe(
  record({ id: text(MAX_DOC_ID), update, updatedAt: v.optional(isoDateTime()), meta: v.optional(text(MAX_DOC_META, true)) }),
  v.transform(({ id, update, updatedAt, meta }): BackupDoc => {
    const d: BackupDoc = { id, update };
    if (updatedAt !== undefined) d.updatedAt = updatedAt;
    if (meta !== undefined) d.meta = meta;
    return d;
  }),
);

const settingValue = text(MAX_SETTING_VALUE, true);
const settings = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, expected('an object')),
  v.check(
    (o) => Object.keys(o).length <= MAX_BACKUP_SETTINGS,
    (i) => `expected at most ${MAX_BACKUP_SETTINGS} settings, got ${Object.keys(i.input as object).length}`,
  ),
  keyed((key) =>
    key.length === 0 || key.length > MAX_SETTING_KEY
      ? `a setting name must be 1–${MAX_SETTING_KEY} characters`
      : // No object can hold it as its own key when assigned: kept, it would be dropped without a word.
        key === '__proto__'
        ? 'not a setting name (Accord never writes "__proto__")'
        : settingValue,
  ),
);

const body = record({
  exportedAt: isoDateTime(),
  rounds: list(roundSchema, {
    notList: expected('a list of rounds'),
    max: MAX_BACKUP_ROUNDS,
    tooMany: (n) => `expected at most ${MAX_BACKUP_ROUNDS} rounds, got ${n}`,
    id: (r) => r.id,
    duplicate: (first, id) => `same id as rounds[${first}] (${JSON.stringify(id)})`,
  }),
  settings: v.optional(settings),
  docs: list(doc, {
    notList: expected('a list of documents'),
    max: MAX_BACKUP_DOCS,
    tooMany: (n) => `expected at most ${MAX_BACKUP_DOCS} documents, got ${n}`,
    id: (d) => d.id,
    duplicate: (first, id) => `same id as docs[${first}] (${JSON.stringify(id)})`,
  }),
});

/** The times of a round that order it (history, the plan's pair, the offsite baseline). */
const ROUND_TIMES = ['sealedAt', 'createdAt', 'updatedAt'] as const;

/**
 * Rounds dated more than SEALED_AT_CLOCK_SKEW_MS (the rule a partner's sealedAt already meets
 * when revealed or read from a sealed file) after `now`. Checked here, at the backup boundary,
 * and not in the round schema: that one also reads stored rounds and stays free of the clock.
 * A backup's own rounds were all written on a laptop at earlier times; a partner's were checked
 * against a clock when they were received. A round with no `receivedFrom` reads as this laptop's
 * own, so a hand-made "own" round dated ahead would win every "newest" choice.
 */
function roundsFromTheFuture(rounds: readonly Round[], now: number): string[] {
  const latest = now + SEALED_AT_CLOCK_SKEW_MS;
  const errors: string[] = [];
  rounds.forEach((round, i) => {
    for (const field of ROUND_TIMES) {
      const at = round[field];
      if (at !== undefined && Date.parse(at) > latest) {
        errors.push(
          `rounds[${i}].${field}: must not be later than this laptop's clock (by more than ${SEALED_AT_CLOCK_SKEW_MS / 60_000} minutes); got ${shown(at)}: check the time on this laptop and on the one that made the backup`,
        );
      }
    }
  });
  return errors;
}

/**
 * Validates a backup file's text. Never throws; on failure lists what is wrong and where.
 * `now` is this laptop's clock (ms), which no round in the file may be dated after (see roundsFromTheFuture).
 */
export function parseBackup(text: unknown, now: number = Date.now()): Result<Backup> {
  const json = safeParseJson(text, MAX_BACKUP_BYTES, MAX_JSON_DEPTH);
  if (!json.ok) return json;
  if (!isRecord(json.value)) return fail(`backup: ${expected('an object')({ input: json.value })}`);
  const head = v.safeParse(header, json.value, { abortEarly: true });
  if (!head.success) return fail(...issueLines(head.issues, ''));

  const r = v.safeParse(body, json.value, { abortPipeEarly: true });
  if (!r.success) return fail(...capped(issueLines(r.issues, '', 'backup')));
  const future = roundsFromTheFuture(r.output.rounds, now);
  if (future.length) return fail(...capped(future));
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: r.output.exportedAt, rounds: r.output.rounds, docs: r.output.docs };
  if (r.output.settings) backup.settings = r.output.settings;
  return ok(backup);
}

/** True when a value at least looks like a backup (for telling a sealed round file from a backup). */
export function looksLikeBackup(value: unknown): boolean {
  return isRecord(value) && value.format === BACKUP_FORMAT;
}
