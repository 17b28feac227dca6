/**
 * Whether a RACI or risk-budget capture both leaders agreed still holds in the workspace. The
 * capture wrote its value into the decision matrix or the bet when it was made; the workspace is
 * edited afterwards like any other. The plan and the summary print the capture "agreed by both",
 * which a board member reads as the rule now: where the row or the bet says something else, they
 * say so, and whether the change was agreed by both too. Pure.
 *
 * A change counts as agreed only by this laptop's own confirmation of it (its own record, its own
 * clock), made strictly after its own confirmation of the capture, by the time it kept, not the day:
 * an older agreement of what the row says again (a revert to last quarter's value, or to the value
 * both agreed that morning, before the capture that afternoon) is not an agreement of the change. Either as the workspace entry as it stands (the row, the whole matrix,
 * the bet) or as a later capture of the same cell both agreed that still holds.
 */
import { agreementContents, betKey, contentHash, rowKey, sharedKey, type AgreementInput, type AgreementRole, type AgreementState, type BetBudget } from '../workspace/agreement';
import type { DecisionRow, Workspace } from '../workspace/types';
import { localDayOf } from '../workspace/dates';
import { splitList, type Capture } from './capture';

export type CaptureHeld =
  | { kind: 'holds' }
  /** `removed`: the row or bet is gone. `agreed`: both agreed the change (the day both had, agreementState's `on`). */
  | { kind: 'changed'; removed?: true; agreed?: AgreedDay };

/** The day both agreed (agreementState's `on`), and whether it is the partner's laptop's date (notDatedHere). */
export interface AgreedDay {
  on: string;
  notDatedHere?: true;
}

const dayOf = (d: AgreedDay): AgreedDay => ({ on: d.on, ...(d.notDatedHere ? { notDatedHere: d.notDatedHere } : {}) });

/** What the workspace holds now, and what both agreed of it as it stands. */
export interface HeldContext {
  matrix: readonly DecisionRow[];
  bets: readonly BetBudget[];
  /** `key` agreed by both as it stands: the day both had, and when this laptop confirmed it (its own record: the time it kept, and its local day). */
  agreedAsItStands(key: string): (AgreedDay & { here: string; hereAt: string }) | undefined;
}

/** One agreed capture, as the summary holds it. */
export interface AgreedCapture {
  capture: Capture;
  /** The day both had (agreementState's `on`). */
  on: string;
  /** `on` is the partner's laptop's date (agreementState's notDatedHere). */
  notDatedHere?: true;
  /** This laptop's own confirmation day (summary.ts confirmedHereOn). */
  confirmedHereOn?: string;
  /** The time this laptop kept when it confirmed it (its own record); with confirmedHereOn. */
  confirmedHereAt?: string;
}

const ROLES: readonly AgreementRole[] = ['ceo', 'cto'];

/**
 * The time (ISO, as kept) of this laptop's latest own confirmation of `key` with content `hash`: only
 * a time it kept itself (its local record holds the hash, and, with `ownKeys`, the shared entry is its
 * own whole record); one taken from the shared doc is the partner's to rewrite. Undefined when it
 * holds none (or none that reads as a time).
 */
export function ownConfirmationAt(key: string, hash: string, input: AgreementInput): string | undefined {
  const times = ROLES.flatMap((r) => {
    const k = sharedKey(key, r);
    const own = input.local[key]?.[r] === hash && (!input.ownKeys || input.ownKeys.has(k)) ? input.shared[k] : undefined;
    return own && own.role === r && own.hash === hash && !Number.isNaN(Date.parse(own.at)) ? [own.at] : [];
  });
  return times.sort((a, b) => Date.parse(a) - Date.parse(b)).pop();
}

/** The HeldContext of a workspace: `states` as agreementStates gives them (the plan's context). */
export function heldContext(ws: Workspace, bets: readonly BetBudget[], states: Readonly<Record<string, AgreementState>>, agreement: AgreementInput): HeldContext {
  let contents: Record<string, unknown> | undefined;
  return {
    matrix: ws.matrix,
    bets,
    agreedAsItStands(key) {
      const s = states[key];
      if (s?.kind !== 'agreed') return undefined;
      contents ??= agreementContents(ws, {}, bets);
      if (!(key in contents)) return undefined;
      const hereAt = ownConfirmationAt(key, contentHash(contents[key]), agreement);
      return hereAt ? { ...dayOf(s), here: localDayOf(hereAt), hereAt } : undefined;
    },
  };
}

/** A list cell as a set: the order names are written in, and blanks, change nothing. */
const sameList = (a: readonly string[], b: readonly string[]) => {
  const norm = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))].sort().join('\n');
  return norm(a) === norm(b);
};

/** Whether the workspace says what the capture says (undefined: its row or bet is gone). The row or bet renamed is another rule: not held. */
function saysSo(c: Extract<Capture, { kind: 'raci' | 'risk' }>, ctx: HeldContext): boolean | undefined {
  if (c.kind === 'raci') {
    const row = ctx.matrix.find((r) => r.id === c.rowId);
    if (!row) return undefined;
    if ((row.decision.trim() || row.id) !== (c.rowLabel || c.rowId)) return false;
    return c.cell === 'cadence' ? row.cadence.trim() === c.value.trim() : sameList(row[c.cell], splitList(c.value));
  }
  const bet = ctx.bets.find((b) => b.id === c.betId);
  if (!bet) return undefined;
  if (c.betName && bet.name.trim() !== c.betName.trim()) return false;
  if (c.field === 'securityClasses') return bet.securityClasses.trim() === c.value.trim();
  const n = bet[c.field];
  return n !== null && Number.isFinite(n) && String(n) === c.value.trim();
}

/** The same matrix cell or the same budget of the same bet. */
function sameTarget(a: Capture, b: Capture): boolean {
  if (a.kind === 'raci' && b.kind === 'raci') return a.rowId === b.rowId && a.cell === b.cell;
  if (a.kind === 'risk' && b.kind === 'risk') return a.betId === b.betId && a.field === b.field;
  return false;
}

/**
 * Whether the agreed capture `a` still holds in the workspace; undefined for a decision or an action
 * (they are not matrix or budget values). `agreed`: every capture both agreed (of any offsite), where a
 * later one of the same cell may have agreed the change.
 */
export function captureHeld(a: AgreedCapture, agreed: readonly AgreedCapture[], ctx: HeldContext): CaptureHeld | undefined {
  const c = a.capture;
  if (c.kind !== 'raci' && c.kind !== 'risk') return undefined;
  const says = saysSo(c, ctx);
  if (says) return { kind: 'holds' };
  const removed = says === undefined ? ({ removed: true } as const) : {};
  // Strictly after this laptop confirmed the capture: by the time it kept (days would let the morning's
  // agreement of the value a partner reverts the row to pass for agreeing the change, after an
  // afternoon capture). Without one, a later day than the capture's (its own, else the day both had).
  const sinceAt = a.confirmedHereAt !== undefined ? Date.parse(a.confirmedHereAt) : NaN;
  const sinceDay = a.confirmedHereOn ?? a.on;
  const after = (at: string | undefined, day: string) => {
    if (!Number.isNaN(sinceAt)) return at !== undefined && Date.parse(at) > sinceAt;
    return !sinceDay || day > sinceDay;
  };
  const keys = c.kind === 'raci' ? [rowKey('matrix', c.rowId), 'matrix'] : [betKey(c.betId)];
  for (const key of keys) {
    const s = ctx.agreedAsItStands(key);
    if (s && after(s.hereAt, s.here)) return { kind: 'changed', ...removed, agreed: dayOf(s) };
  }
  const later = agreed.find(
    (o) =>
      o.capture.id !== c.id && sameTarget(o.capture, c) && o.confirmedHereOn !== undefined && after(o.confirmedHereAt, o.confirmedHereOn) && saysSo(o.capture as typeof c, ctx) === true,
  );
  return later ? { kind: 'changed', ...removed, agreed: dayOf(later) } : { kind: 'changed', ...removed };
}
