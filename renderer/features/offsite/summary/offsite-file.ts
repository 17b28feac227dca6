/**
 * The offsite's file exchange (no network): export this laptop's offsite record to
 * a file, import the partner's. Validation and the merge rules live in
 * shared/offsite (offsite-file.ts, offsite-merge.ts); this wires them to the
 * workspace doc, this laptop's own confirmation record and the platform's save.
 */
import type { Role } from '../../../../shared/assessment/types';
import { buildOffsiteFile, parseOffsiteFile, serializeOffsiteFile } from '../../../../shared/offsite/offsite-file';
import { importReportLines } from '../../../../shared/offsite/offsite-merge';
import { MAX_FILE_BYTES } from '../../../../shared/schema/limits';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { shownExcerpt } from '../../../../shared/workspace/bidi';
import { datedFileName } from '../../../app/file-name';
import { platform } from '../../../platform';
import { readOffsite } from '../../../sync/offsite-capture';
import { importKeepingVersion } from '../../../sync/offsite-file';
import { readLocal, readShared } from '../../../sync/workspace-agreement';
import { getWorkspaceDoc, getWorkspaceVersions } from '../../../sync/workspace-owner';

export interface FileLeader {
  role: Role;
  name: string;
  company: string;
}

/** "northwind-robotics-offsite-ceo-2026-11-26.json". */
export const offsiteFileName = (company: string, role: Role, date: string) => datedFileName(company, `offsite-${role}`, date, 'json');

export type ExportOutcome = { ok: true; fileName: string; captures: number; confirmations: number } | { ok: false; error: string };

export async function exportOffsiteFile(me: FileLeader, now = new Date()): Promise<ExportOutcome> {
  const doc = getWorkspaceDoc();
  if (!doc) return { ok: false, error: 'The workspace is not open yet; try again in a moment.' };
  const file = buildOffsiteFile(readOffsite(doc), { shared: readShared(doc), local: readLocal() }, me, now);
  const fileName = offsiteFileName(me.company, me.role, toIsoDate(now));
  const saved = await platform.saveFile(fileName, 'application/json', serializeOffsiteFile(file));
  if (!saved.saved) return { ok: false, error: 'Not saved.' };
  const confirmations = file.captures.reduce((n, c) => n + c.confirmations.length, 0);
  return { ok: true, fileName: saved.path ?? fileName, captures: file.captures.length, confirmations };
}

export type ImportOutcome = { ok: true; lines: string[]; changed: boolean } | { ok: false; error: string };

/**
 * Reads, checks and merges the partner's file. A refused file changes nothing. An import that
 * replaces a value held here keeps a workspace version first (or, failing that, is refused).
 */
export async function importOffsiteFile(file: { name: string; size: number; text(): Promise<string> }, myRole: Role | undefined): Promise<ImportOutcome> {
  // The partner named the file: shown short and with no bidi override (bidi.ts).
  const name = shownExcerpt(file.name, 80);
  const fail = (why: string): ImportOutcome => ({ ok: false, error: `Could not import “${name}”: ${why} Nothing was changed.` });
  if (file.size > MAX_FILE_BYTES) return fail(`the file is ${Math.round(file.size / 1024)} KB; an offsite file is at most ${MAX_FILE_BYTES / 1000} KB.`);
  const doc = getWorkspaceDoc();
  if (!doc) return fail('the workspace is not open yet; try again in a moment.');
  const parsed = parseOffsiteFile(await file.text());
  if (!parsed.ok) {
    const more = parsed.errors.length > 3 ? ` (and ${parsed.errors.length - 3} more)` : '';
    return fail(`${parsed.errors.slice(0, 3).join('; ')}${more}.`);
  }
  const r = await importKeepingVersion(doc, parsed.value, myRole, getWorkspaceVersions());
  if (!r.ok) return fail(r.error);
  return { ok: true, lines: importReportLines(r.plan.report, parsed.value.exportedBy, myRole, r.keptVersion), changed: !r.plan.report.nothingNew };
}
