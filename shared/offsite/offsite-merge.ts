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
 * - Nothing here is deleted or overwritten: a capture or parked item this laptop
 *   already has stays as it is (a different version in the file is reported as a
 *   conflict). New captures go through the same ops as a live capture, so the
 *   decision-log entry, RACI cell, big bet and action appear as if captured live.
 * - Importing the same file again plans nothing.
 */
import type { Role } from '../assessment/types';
import type { BetBudget, Confirmation, SharedConfirmations } from '../workspace/agreement';
import { sharedKey } from '../workspace/agreement';
import { bodyOf, describeCapture, type Capture, type ParkedItem } from './capture';
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
  /** True when the import changes nothing (the same file again, or nothing new). */
  nothingNew: boolean;
}

export interface MergePlan {
  ops: WorkspaceOp[];
  /** Shared agreement entries to write: `${captureKey}|${role}` → confirmation. */
  confirmations: { key: string; confirmation: Confirmation }[];
  report: MergeReport;
}

export type MergeResult = { ok: true; plan: MergePlan } | { ok: false; error: string };

const ROLE_NAME: Record<Role, string> = { ceo: 'CEO', cto: 'CTO' };
const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

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

export function planOffsiteImport(file: OffsiteFile, here: HereNow, context: CaptureContext): MergeResult {
  const from = file.exportedBy;
  if (here.myRole === from.role) {
    const other = ROLE_NAME[from.role === 'ceo' ? 'cto' : 'ceo'];
    return { ok: false, error: `this file was exported by ${from.name || 'a leader'} as ${ROLE_NAME[from.role]}, and this laptop is the ${ROLE_NAME[from.role]}'s too. Import your partner's (the ${other}'s) offsite file.` };
  }
  let ctx = context;
  const ops: WorkspaceOp[] = [];
  const confirmations: MergePlan['confirmations'] = [];
  const report: MergeReport = { addedCaptures: 0, addedParked: 0, takenConfirmations: 0, ignoredOtherRole: 0, staleConfirmations: 0, conflicts: [], skipped: [], nothingNew: false };
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
  report.nothingNew = ops.length === 0 && confirmations.length === 0;
  return { ok: true, plan: { ops, confirmations, report } };
}

/** The import's outcome in plain words, one line each. */
export function importReportLines(report: MergeReport, from: { role: Role; name: string }, myRole?: Role): string[] {
  const who = `${from.name || 'Your partner'} (${ROLE_NAME[from.role]})`;
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
  for (const c of report.conflicts) lines.push(`Conflict — ${c}`);
  for (const s of report.skipped) lines.push(`Not imported — ${s}`);
  return lines;
}
