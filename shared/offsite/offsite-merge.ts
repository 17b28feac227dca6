/**
 * Importing the partner's offsite file into this laptop's workspace: a plan of
 * changes, pure, that the renderer applies in one transaction.
 *
 * Rules (the file is the partner's claim):
 * - Only confirmations under the exporter's role are taken; one under the other
 *   role (this laptop's user's, on a two-laptop pair) is never taken from a file,
 *   only counted and reported. Only this laptop's user confirms for this laptop.
 * - A confirmation is taken only for the capture as it stands here (same content
 *   hash); a partner's confirmation of other content would not count anyway.
 * - No capture, parked item or confirmation here is deleted or overwritten: a capture
 *   or parked item this laptop already has stays as it is (a different version in the
 *   file is reported as a conflict). New captures go through the same ops as a live
 *   capture, so the decision-log entry, RACI cell, big bet and action appear as if
 *   captured live — including a change to a value this laptop already holds (a RACI
 *   cell with someone in it, a bet's budget): on two laptops exchanging files, the
 *   capture must reach both workspaces or they diverge. Each such value is named in the
 *   report with what it was and what it is now (`replacedValues`); an agreed item it
 *   touches reads "edited" (its content no longer matches the confirmations), and the
 *   renderer keeps a workspace version before it writes (renderer/sync/offsite-file.ts),
 *   so one restore puts every replaced value back.
 * - Importing the same file again plans nothing.
 */
import type { Role } from '../assessment/types';
import type { BetBudget, Confirmation, SharedConfirmations } from '../workspace/agreement';
import { sharedKey } from '../workspace/agreement';
import { isolatedName, shownExcerpt, withoutBidiOverrides } from '../workspace/bidi';
import { bodyOf, describeCapture, RACI_CELL_LABELS, type Capture, type ParkedItem } from './capture';
import { captureToOps, type CaptureContext, type WorkspaceOp } from './capture-ops';
import { captureHash, captureKey } from './capture-agreement';
import type { OffsiteFile } from './offsite-file';

export interface HereNow {
  captures: readonly Capture[];
  parked: readonly ParkedItem[];
  shared: SharedConfirmations;
  /** This laptop's role, when it has one (undefined on a laptop both leaders share). */
  myRole?: Role;
}

export interface MergeReport {
  addedCaptures: number;
  addedParked: number;
  /** The exporter's confirmations written into this laptop's workspace. */
  takenConfirmations: number;
  /** Confirmations in the file under the importing role: never taken. */
  ignoredOtherRole: number;
  /** The exporter's confirmations of content other than what this laptop holds. */
  staleConfirmations: number;
  /** Same id, different content: this laptop's version was kept. */
  conflicts: string[];
  /** Items that could not be written here, with the reason. */
  skipped: string[];
  /**
   * Values this laptop held that the import replaces (a fill-in of an empty cell or an unset
   * budget is not one): `what` names the field, `was` and `now` are the value before the import
   * and after it, as the report shows them.
   */
  replaced: Replaced[];
  /** True when the import changes nothing (the same file again, or nothing new). */
  nothingNew: boolean;
}

export interface Replaced {
  what: string;
  was: string;
  now: string;
}

export interface MergePlan {
  ops: WorkspaceOp[];
  /** Shared agreement entries to write: `${captureKey}|${role}` → confirmation. */
  confirmations: { key: string; confirmation: Confirmation }[];
  report: MergeReport;
}

export type MergeResult = { ok: true; plan: MergePlan } | { ok: false; error: string };

const ROLE_NAME: Record<Role, string> = { ceo: 'CEO', cto: 'CTO' };
/** Cut by code point, with no bidi override (bidi.ts). */
const clip = (s: string) => shownExcerpt(s, 80);

/** Keeps the context current while planning, so two captures on one bet or row build on each other. */
function advance(ctx: CaptureContext, ops: readonly WorkspaceOp[]): CaptureContext {
  let { workspace, bets } = ctx;
  for (const op of ops) {
    if (op.op === 'put-bet') bets = [...bets.filter((b: BetBudget) => b.id !== op.bet.id), op.bet];
    if (op.op === 'set-matrix-cell') {
      workspace = {
        ...workspace,
        matrix: workspace.matrix.map((r) =>
          r.id !== op.rowId ? r : { ...r, [op.cell]: op.value, ...(op.cell === 'accountable' ? { jointAccountable: op.jointAccountable } : {}) },
        ),
      };
    }
  }
  return { workspace, bets };
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' ? !v.trim() : Array.isArray(v) && v.every((x) => typeof x !== 'string' || !x.trim()));
const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
const BET_FIELD_WORDS: Record<string, string> = {
  name: 'name',
  reliabilityMinutes: 'downtime budget',
  securityClasses: 'issue classes that block releases',
  slipPercent: 'acceptable slip',
};
function betValue(field: string, v: unknown): string {
  if (field === 'reliabilityMinutes') return `${String(v)} minutes per quarter`;
  if (field === 'slipPercent') return `${String(v)}%`;
  return isolatedName(String(v));
}
const listValue = (v: string | string[]) => isolatedName(Array.isArray(v) ? v.join(', ') : v);

/**
 * The values held here (`here`: the workspace and bets as they were before the import) that
 * `ops`, applied in order, replace. Each kind of op `captureToOps` can give:
 * - put-bet: a bet not here is new (nothing to replace). On a bet here, each field the op sets
 *   is a fill-in when it is unset here (no budget yet: null, or blank classes), and a
 *   replacement when it holds another value.
 * - set-matrix-cell: captures never add rows, so the row is here. An empty cell (nobody in it,
 *   a blank forum) is filled in; a cell with another value, or an Accountable whose joint
 *   CEO + CTO flag flips, is replaced.
 * - put-log: an entry already under its id is refused before this (the capture is skipped,
 *   see planOffsiteImport); else it adds a new entry.
 * - put-action: its id (action-<capture id>) belongs to a capture this laptop does not have, and
 *   the actions root only mirrors captures (an entry there without its capture is never read).
 * - put-capture: the capture is new here (one already here never reaches the ops).
 * The same value again is no change. put-parked never comes from `captureToOps`.
 * A value set twice is named once, with what it was before the import and the last value set
 * (a later op that sets it back to what it was takes it out of the list).
 */
export function replacedValues(ops: readonly WorkspaceOp[], here: CaptureContext): Replaced[] {
  // By bet id and field, row id and cell: two bets (or rows) may share a name.
  const out = new Map<string, Replaced>();
  const note = (key: string, what: string, unchanged: boolean, was: string, now: string) => {
    if (unchanged) out.delete(key);
    else out.set(key, { what, was, now });
  };
  for (const op of ops) {
    if (op.op === 'put-bet') {
      const mine = here.bets.find((b) => b.id === op.bet.id);
      if (!mine) continue;
      for (const field of ['name', 'reliabilityMinutes', 'securityClasses', 'slipPercent'] as const) {
        const was = mine[field];
        if (isEmpty(was)) continue;
        note(`bet|${mine.id}|${field}`, `the ${BET_FIELD_WORDS[field]} of the big bet "${isolatedName(mine.name.trim() || mine.id)}"`, sameValue(was, op.bet[field]), betValue(field, was), betValue(field, op.bet[field]));
      }
    }
    if (op.op === 'set-matrix-cell') {
      const row = here.workspace.matrix.find((r) => r.id === op.rowId);
      if (!row) continue;
      const was = row[op.cell];
      if (isEmpty(was)) continue;
      const jointFlips = op.cell === 'accountable' && Boolean(row.jointAccountable) !== Boolean(op.jointAccountable);
      let [h, f] = [listValue(was), listValue(op.value)];
      if (h === f) [h, f] = [`${h} (${row.jointAccountable ? 'a joint CEO + CTO call' : 'not a joint call'})`, `${f} (${op.jointAccountable ? 'a joint CEO + CTO call' : 'not a joint call'})`];
      note(`row|${row.id}|${op.cell}`, `${RACI_CELL_LABELS[op.cell]} on the matrix row "${isolatedName(row.decision.trim() || row.id)}"`, sameValue(was, op.value) && !jointFlips, h, f);
    }
  }
  return [...out.values()];
}

export function planOffsiteImport(file: OffsiteFile, here: HereNow, context: CaptureContext): MergeResult {
  const from = file.exportedBy;
  if (here.myRole === from.role) {
    const other = ROLE_NAME[from.role === 'ceo' ? 'cto' : 'ceo'];
    return { ok: false, error: `this file was exported by ${isolatedName(from.name) || 'a leader'} as ${ROLE_NAME[from.role]}, and this laptop is the ${ROLE_NAME[from.role]}'s too. Import your partner's (the ${other}'s) offsite file.` };
  }
  let ctx = context;
  const ops: WorkspaceOp[] = [];
  const confirmations: MergePlan['confirmations'] = [];
  const report: MergeReport = { addedCaptures: 0, addedParked: 0, takenConfirmations: 0, ignoredOtherRole: 0, staleConfirmations: 0, conflicts: [], skipped: [], replaced: [], nothingNew: false };
  const hereCaptures = new Map(here.captures.map((c) => [c.id, c]));

  for (const fc of file.captures) {
    const { confirmations: claimed, ...capture } = fc;
    const described = clip(describeCapture(bodyOf(capture)));
    report.ignoredOtherRole += claimed.filter((c) => c.role !== from.role).length;
    let effective = hereCaptures.get(capture.id);
    if (effective) {
      if (captureHash(effective) !== captureHash(capture)) report.conflicts.push(`${described}: this laptop holds a different version of it; kept this laptop's.`);
    } else {
      const meta = { ...capture, importedFrom: { role: from.role, name: from.name, at: file.exportedAt } };
      const r = captureToOps(bodyOf(capture), meta, ctx);
      if (!r.ok) {
        report.skipped.push(`${described}: ${r.error}`);
        continue;
      }
      // Its log entry's id is the capture's (log-<id>): an entry already here under it (this laptop's own,
      // or one whose id the file copied from the shared log) would be overwritten by the import.
      const taken = r.ops.find((op) => op.op === 'put-log' && ctx.workspace.log.some((e) => e.id === op.entry.id));
      if (taken) {
        report.skipped.push(`${described}: the decision log here already has an entry under its id; kept this laptop's.`);
        continue;
      }
      // A row or bet named differently here would change what is agreed to: not the partner's capture any more.
      if (captureHash(r.capture) !== captureHash(capture)) {
        report.skipped.push(`${described}: ${capture.kind === 'raci' ? 'the matrix row' : 'the big bet'} has another name on this laptop; capture it again here.`);
        continue;
      }
      ops.push(...r.ops);
      ctx = advance(ctx, r.ops);
      hereCaptures.set(capture.id, r.capture);
      effective = r.capture;
      report.addedCaptures++;
    }
    const hash = captureHash(effective);
    for (const c of claimed) {
      if (c.role !== from.role) continue;
      if (c.hash !== hash) {
        report.staleConfirmations++;
        continue;
      }
      const key = sharedKey(captureKey(capture.id), c.role);
      if (here.shared[key]?.hash === hash && here.shared[key]?.role === c.role) continue;
      confirmations.push({ key, confirmation: { ...c } });
      report.takenConfirmations++;
    }
  }

  const hereParked = new Map(here.parked.map((p) => [p.id, p]));
  for (const p of file.parked) {
    const mine = hereParked.get(p.id);
    if (mine) {
      if (mine.text !== p.text) report.conflicts.push(`Parked "${clip(p.text)}": this laptop holds a different version of it; kept this laptop's.`);
      continue;
    }
    ops.push({ op: 'put-parked', item: { ...p } });
    hereParked.set(p.id, p);
    report.addedParked++;
  }
  // Compared with what this laptop held before the import: a value an earlier capture in the
  // same file filled in was not held here, and two captures of one value name it once.
  report.replaced = replacedValues(ops, context);
  report.nothingNew = ops.length === 0 && confirmations.length === 0;
  return { ok: true, plan: { ops, confirmations, report } };
}

/**
 * The import's outcome in plain words, one line each. `keptVersion`: how the Versions panel
 * names the version kept before the import (the renderer keeps one when values are replaced).
 */
export function importReportLines(report: MergeReport, from: { role: Role; name: string }, myRole?: Role, keptVersion?: string): string[] {
  const who = `${isolatedName(from.name) || 'Your partner'} (${ROLE_NAME[from.role]})`;
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const lines: string[] = [];
  if (report.nothingNew) lines.push(`Nothing new: this laptop already holds everything in ${who}'s file. Nothing changed.`);
  else {
    const parts = [n(report.addedCaptures, 'capture', 'captures'), n(report.addedParked, 'parked item', 'parked items'), n(report.takenConfirmations, `confirmation by ${who}`, `confirmations by ${who}`)];
    lines.push(`Imported from ${who}'s offsite file: ${parts.join(', ')}.`);
    if (report.addedCaptures) lines.push(`New items are proposed by ${who} until you confirm them here; then they are agreed by both.`);
  }
  if (report.ignoredOtherRole) {
    const yours = myRole ? 'your role' : `the ${ROLE_NAME[from.role === 'ceo' ? 'cto' : 'ceo']} role`;
    lines.push(`${n(report.ignoredOtherRole, `confirmation under ${yours} in the file was`, `confirmations under ${yours} in the file were`)} ignored: only you confirm for this laptop.`);
  }
  if (report.staleConfirmations) lines.push(`${n(report.staleConfirmations, 'confirmation was', 'confirmations were')} for another version of an item than this laptop holds, and not taken.`);
  for (const c of report.conflicts) lines.push(`Conflict — ${withoutBidiOverrides(c)}`);
  for (const s of report.skipped) lines.push(`Not imported — ${withoutBidiOverrides(s)}`);
  for (const c of report.replaced) lines.push(`Changed here — ${c.what}: was ${c.was}, now ${c.now} from ${who}'s file.`);
  if (report.replaced.length) {
    const one = report.replaced.length === 1;
    const back = keptVersion ? ` Versions → "${keptVersion}" puts ${one ? 'it' : 'them all'} back (restoring it takes the whole import out).` : '';
    lines.push(`Agreed items ${one ? 'it touches' : 'they touch'} read "edited" until you both agree again.${back}`);
  }
  return lines;
}
