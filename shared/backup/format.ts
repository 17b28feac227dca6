import type { Round } from '../assessment/types';
import { Problems, checkIsoDate, checkObject, checkOptionalText, checkText, child, isRecord } from '../schema/fields';
import { safeParseJson } from '../schema/json';
import { MAX_JSON_DEPTH, MAX_WORKSPACE_DOC_BYTES } from '../schema/limits';
import { fail, ok, type Result } from '../schema/result';
import { parseRound } from '../schema/round';
import { base64DecodedLength, isBase64, toBase64 } from './base64';

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

/** A header value echoed in an error, capped: the file is untrusted and may hold anything there. */
function shown(value: unknown): string {
  const text = JSON.stringify(value ?? null) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function capped(errors: string[]): string[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), `… and ${errors.length - MAX_REPORTED_ERRORS} more problems`];
}

/** Re-roots a parseRound error ("answers.x: …" or "round: …") under `rounds[i]`. */
function underRound(index: number, error: string): string {
  const base = `rounds[${index}]`;
  if (error.startsWith('round:')) return base + error.slice('round'.length);
  return `${base}.${error}`;
}

/** Validates a backup file's text. Never throws; on failure lists what is wrong and where. */
export function parseBackup(text: unknown): Result<Backup> {
  const json = safeParseJson(text, MAX_BACKUP_BYTES, MAX_JSON_DEPTH);
  if (!json.ok) return json;
  const p = new Problems();
  const o = checkObject(p, 'backup', json.value);
  if (!o) return fail(...p.errors);

  // The header decides whether the rest is worth reading.
  if (o.format !== BACKUP_FORMAT) {
    return fail(`format: expected "${BACKUP_FORMAT}", got ${shown(o.format)} — this is not an Accord backup file`);
  }
  if (o.version !== BACKUP_VERSION) {
    if (typeof o.version === 'number' && Number.isInteger(o.version) && o.version > BACKUP_VERSION) {
      return fail(
        `version: this backup is version ${o.version}, made by a newer Accord; this app reads version ${BACKUP_VERSION}. Update Accord, then restore it.`,
      );
    }
    return fail(`version: expected ${BACKUP_VERSION}, got ${shown(o.version)} — unknown backup version`);
  }
  const exportedAt = checkIsoDate(p, 'exportedAt', o.exportedAt);

  const rounds: Round[] = [];
  if (!Array.isArray(o.rounds)) p.expected('rounds', 'a list of rounds', o.rounds);
  else if (o.rounds.length > MAX_BACKUP_ROUNDS) p.add('rounds', `expected at most ${MAX_BACKUP_ROUNDS} rounds, got ${o.rounds.length}`);
  else {
    const seen = new Map<string, number>();
    o.rounds.forEach((raw, i) => {
      const parsed = parseRound(raw);
      if (!parsed.ok) {
        for (const e of parsed.errors) p.errors.push(underRound(i, e));
        return;
      }
      const first = seen.get(parsed.value.id);
      if (first !== undefined) p.add(`rounds[${i}].id`, `same id as rounds[${first}] (${JSON.stringify(parsed.value.id)})`);
      else seen.set(parsed.value.id, i);
      rounds.push(parsed.value);
    });
  }

  let settings: Record<string, string> | undefined;
  if (o.settings !== undefined) {
    const record = checkObject(p, 'settings', o.settings);
    if (record) {
      const entries = Object.entries(record);
      if (entries.length > MAX_BACKUP_SETTINGS) p.add('settings', `expected at most ${MAX_BACKUP_SETTINGS} settings, got ${entries.length}`);
      else {
        settings = {};
        for (const [key, value] of entries) {
          const where = child('settings', key);
          if (key.length === 0 || key.length > MAX_SETTING_KEY) {
            p.add(where, `a setting name must be 1–${MAX_SETTING_KEY} characters`);
            continue;
          }
          const v = checkText(p, where, value, { max: MAX_SETTING_VALUE, allowEmpty: true });
          if (v !== undefined) settings[key] = v;
        }
      }
    }
  }

  const docs: BackupDoc[] = [];
  if (!Array.isArray(o.docs)) p.expected('docs', 'a list of documents', o.docs);
  else if (o.docs.length > MAX_BACKUP_DOCS) p.add('docs', `expected at most ${MAX_BACKUP_DOCS} documents, got ${o.docs.length}`);
  else {
    const seen = new Map<string, number>();
    o.docs.forEach((raw, i) => {
      const where = `docs[${i}]`;
      const d = checkObject(p, where, raw);
      if (!d) return;
      const id = checkText(p, child(where, 'id'), d.id, { max: MAX_DOC_ID });
      let update: string | undefined;
      if (typeof d.update !== 'string' || !isBase64(d.update)) {
        if (typeof d.update === 'string') p.add(child(where, 'update'), 'expected base64 text (A–Z, a–z, 0–9, + and /, padded with =)');
        else p.expected(child(where, 'update'), 'base64 text', d.update);
      } else if (base64DecodedLength(d.update) > MAX_BACKUP_DOC_BYTES) {
        p.add(child(where, 'update'), `expected at most ${MAX_BACKUP_DOC_BYTES} bytes, got ${base64DecodedLength(d.update)}`);
      } else if (d.update.length === 0) {
        p.add(child(where, 'update'), 'must not be empty');
      } else update = d.update;
      const updatedAt = d.updatedAt === undefined ? undefined : checkIsoDate(p, child(where, 'updatedAt'), d.updatedAt);
      const meta = checkOptionalText(p, child(where, 'meta'), d.meta, { max: MAX_DOC_META, allowEmpty: true });
      if (id === undefined || update === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) {
        p.add(child(where, 'id'), `same id as docs[${first}] (${JSON.stringify(id)})`);
        return;
      }
      seen.set(id, i);
      const doc: BackupDoc = { id, update };
      if (updatedAt !== undefined) doc.updatedAt = updatedAt;
      if (meta !== undefined) doc.meta = meta;
      docs.push(doc);
    });
  }

  if (!p.ok) return fail(...capped(p.errors));
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt!, rounds, docs };
  if (settings) backup.settings = settings;
  return ok(backup);
}

/** True when a value at least looks like a backup (for telling a sealed round file from a backup). */
export function looksLikeBackup(value: unknown): boolean {
  return isRecord(value) && value.format === BACKUP_FORMAT;
}
