/**
 * Explicit agreement on workspace artifacts. Each artifact (and a row where that
 * fits) is a *template* (still the shipped defaults), *edited*, or *agreed by
 * both* — both leaders confirmed the exact content that is there now.
 *
 * A confirmation names a role and a hash of the content it agreed to, so an edit
 * after agreement returns the artifact to "edited" without anyone clearing it.
 * The partner can write anything under either role into the shared doc, so a
 * confirmation under a role counts as this laptop's user only when this laptop
 * wrote it (its local record); "agreed by both" needs at least one role backed
 * by the local record and the other role present with the same hash.
 */
import { digest as sha256 } from 'lib0/hash/sha256';
import type { Role } from '../assessment/types';
import type { ArtifactKey, DecisionRow, Metric, Workspace } from './types';
import { localDayOf } from './dates';
import { DEFAULT_LINKED_GAPS } from '../framework/workspace-defaults';
import type { SeenStamps } from './agreement-seen';
import { agreedOn } from './agreement-date';

export type AgreementRole = Role;

/** What one laptop wrote into the shared doc for one role. */
export interface Confirmation {
  role: AgreementRole;
  name: string;
  hash: string;
  /** ISO timestamp. */
  at: string;
  /** 'live' = on the leader's own laptop; 'together' = both names entered on one laptop. */
  mode: 'live' | 'together';
}

/** Shared doc entries, keyed `${key}|${role}`. */
export type SharedConfirmations = Readonly<Record<string, Confirmation>>;
/** This laptop's own record: key → role → hash it confirmed. */
export type LocalConfirmations = Readonly<Record<string, Partial<Record<AgreementRole, string>>>>;

/**
 * Both leaders agreed an earlier version, this laptop's own confirmation among them, and the content
 * changed since: the board reads "edited since both agreed it on …", not as if nothing had been agreed.
 */
export interface EarlierAgreement {
  on: string;
  notDatedHere?: true;
}

export type AgreementState =
  | { kind: 'template'; confirmedBy: AgreementRole[]; earlier?: EarlierAgreement }
  | { kind: 'edited'; confirmedBy: AgreementRole[]; earlier?: EarlierAgreement }
  | {
      kind: 'agreed';
      /** The local day it was agreed: agreement-date.ts agreedOn. */
      on: string;
      names: { ceo: string; cto: string };
      /** `on` is the partner's laptop's date, not one this laptop can vouch for (agreement-date.ts agreedOn): said so wherever it is printed. */
      notDatedHere?: true;
    };

export interface AgreementInput {
  shared: SharedConfirmations;
  local: LocalConfirmations;
  /**
   * This laptop's role in a live comparison (undefined when both leaders use this laptop).
   * The partner can file a confirmation under it; only this laptop's own record speaks
   * for it, so the screen and the plan never say "confirmed by the CEO" for a CEO who did not.
   */
  me?: AgreementRole;
  /**
   * The shared keys whose entry is this laptop's own whole record (ownConfirmationKeys): only those
   * date an agreement as reached here (the offsite summary, the plan). Absent: every entry counts, as
   * where no such record is kept (tests, the take-turns laptop).
   */
  ownKeys?: ReadonlySet<string>;
  /**
   * When this laptop first saw each agreement completed (agreement-seen.ts), by key and hash: what
   * dates it (agreement-date.ts agreedOn). Absent: no such record is kept here (tests, the offsite file), and the day
   * both had is the later confirmation's, as the shared record says.
   */
  seen?: SeenStamps;
}

/** The pair's own policy numbers; unset until they choose one. */
export interface PairPolicies {
  /** Days a debate may stay open before the accountable owner closes it. */
  debateDays?: number;
}

/** A big bet with its own three risk budgets (the guide: "a risk budget line item to every big bet"). */
export interface BetBudget {
  id: string;
  name: string;
  /** Max customer-facing downtime minutes per quarter this bet may cost; null while not set. */
  reliabilityMinutes: number | null;
  /** Issue classes that block this bet's releases. */
  securityClasses: string;
  /** Acceptable slip, in percent; null while not set. */
  slipPercent: number | null;
}

export const betKey = (id: string) => `bets:${id}`;

/**
 * A bet is agreed as one entry, unset budgets and all: "agreed by both" alone would read as three
 * budgets settled. What to say after it ("with 2 of its 3 budgets not set"); undefined when all are set.
 */
export function betUnsetCaveat(b: BetBudget): string | undefined {
  const unset = [b.reliabilityMinutes === null, !b.securityClasses.trim(), b.slipPercent === null].filter(Boolean).length;
  return unset ? `with ${unset} of its 3 budgets not set` : undefined;
}

/** A suggestion shown beside the field, never printed as the pair's policy. */
export const SUGGESTED_DEBATE_DAYS = 7;

export const sharedKey = (key: string, role: AgreementRole) => `${key}|${role}`;

// ---------------------------------------------------------------- hashing

/** JSON with sorted keys, so the same content always hashes the same on both laptops. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * SHA-256 of the canonical JSON's UTF-16 code units (lossless: no two strings share
 * bytes), as 32 hex digits. A security boundary: the partner writes the content, so
 * "agreed" holds only while no other content can be found with the hash I confirmed.
 * The former two FNV-1a lanes fell to a 64-bit collision in seconds of JavaScript
 * ("$25k" vs "$500k" plus a tail of characters: the lanes' low bits depend only on the
 * input's low bits, their high bits move additively); see
 * test/unit/renderer/sync/workspace-agreement-hostile.test.ts. 32 digits (128 bits), not
 * 16: the partner writes both texts, so a generic birthday search on 64 bits (2^32
 * hashes) is seconds on a GPU; 2^64 is out of reach. Confirmations made with the old
 * 16-digit hash no longer parse, so they read as not confirmed (the safe direction).
 */
/** Length and form of a content hash, as confirmations and offsite files carry it. */
export const CONTENT_HASH_HEX = 32;
export const CONTENT_HASH_PATTERN = /^[0-9a-f]{32}$/;

export function contentHash(v: unknown): string {
  const s = canonical(v);
  const bytes = new Uint8Array(s.length * 2);
  // Stryker disable next-line EqualityOperator: a turn at i = s.length writes past the end of the typed array, which is a no-op
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes[2 * i] = c >>> 8;
    bytes[2 * i + 1] = c & 0xff;
  }
  let hex = '';
  for (const b of sha256(bytes).subarray(0, CONTENT_HASH_HEX / 2)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

// ---------------------------------------------------------------- what is agreed on

export type ArtifactAgreementKey = 'matrix' | 'ladder' | 'cadence' | 'riskBudgets' | 'metrics' | 'dependencies' | 'policies';

export const ARTIFACT_TITLES: Record<ArtifactAgreementKey, string> = {
  matrix: 'Decision matrix',
  ladder: 'Translation guide',
  cadence: 'Cadence',
  riskBudgets: 'Risk budgets',
  metrics: 'Exec metrics',
  dependencies: 'Dependency map',
  policies: 'Policies',
};

export const rowKey = (list: 'matrix' | 'metrics', id: string) => `${list}:${id}`;
export const riskKey = (field: 'reliability' | 'security' | 'delivery') => `riskBudgets:${field}`;
export const policyKey = (field: keyof PairPolicies) => `policies:${field}`;
/** The pair's fix for the gap on one statement (its ladder, written in the workspace). */
export const gapFixKey = (statementId: string) => `gapFix:${statementId}`;

/** A metric's definition: the monthly values are data, not something to agree. */
function metricDefinition(m: Metric): unknown {
  return { name: m.name, definition: m.definition, unit: m.unit, owner: m.owner, target: m.target };
}

function rowContent(r: DecisionRow): unknown {
  return { ...r };
}

/**
 * The cadence as the leaders read it when they agree: each meeting with the names of the
 * decisions it takes. The meeting holds only the matrix rows' ids, and the plan prints the
 * rows' names, so without the names a partner could rename a row ("Layoffs (CTO alone)")
 * under an agreed meeting and it would still read "agreed by both".
 */
function cadenceContent(ws: Workspace): unknown {
  const names = new Map(ws.matrix.map((r) => [r.id, r.decision]));
  return ws.cadence.map((m) => ({ ...m, decides: m.decisionTypes.map((id) => names.get(id) ?? null) }));
}

/**
 * An artifact's content with the gaps it is linked to ("Addresses the gaps"). The plan prints
 * "Addressed by: Cadence (agreed by both)" under a gap, so the links are part of what was agreed:
 * a link added or removed afterwards ends the agreement. The shipped starting links (and a
 * workspace without any link record) hash as the content alone, so agreements made before links
 * were covered still hold while the links are the ones everyone started with.
 */
function withLinks(ws: Workspace, key: ArtifactKey, content: unknown): unknown {
  // A workspace with no link record at all (an old file) has nothing to print; once there is one,
  // a key deleted from it prints no links, which is a change like any other.
  if (!ws.linkedGaps) return content;
  const stored = ws.linkedGaps[key] ?? [];
  const links = [...new Set(stored)].sort();
  // Every linkable artifact has its starting links.
  const start = [...DEFAULT_LINKED_GAPS[key]].sort();
  return links.join('\n') === start.join('\n') ? content : { content, addressesGaps: links };
}

/** Every agreeable thing in the workspace → its content. */
export function agreementContents(ws: Workspace, policies: PairPolicies = {}, bets: readonly BetBudget[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {
    matrix: withLinks(ws, 'matrix', ws.matrix),
    ladder: withLinks(ws, 'ladder', ws.ladder),
    cadence: withLinks(ws, 'cadence', cadenceContent(ws)),
    riskBudgets: withLinks(ws, 'riskBudgets', ws.riskBudgets),
    metrics: withLinks(ws, 'metrics', ws.metrics.map(metricDefinition)),
    dependencies: withLinks(ws, 'dependencies', ws.dependencies),
    policies,
    [riskKey('reliability')]: ws.riskBudgets.reliabilityMinutesPerQuarter,
    [riskKey('security')]: ws.riskBudgets.securityBlockingClasses,
    [riskKey('delivery')]: ws.riskBudgets.deliverySlipPercent,
    [policyKey('debateDays')]: policies.debateDays ?? null,
  };
  for (const r of ws.matrix) out[rowKey('matrix', r.id)] = rowContent(r);
  for (const m of ws.metrics) out[rowKey('metrics', m.id)] = metricDefinition(m);
  for (const b of bets) out[betKey(b.id)] = b;
  return out;
}

/** Meeting dates are filled from "now" when a workspace is created, so they are not part of "still the template". */
function templateView(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(templateView);
  if (v && typeof v === 'object') {
    const { firstDate: _d, ...rest } = v as Record<string, unknown>;
    return rest;
  }
  return v;
}

export function isTemplate(content: unknown, template: unknown): boolean {
  return template !== undefined && contentHash(templateView(content)) === contentHash(templateView(template));
}

/**
 * State of one key. `template` is the shipped default content for it (undefined when
 * there is none, e.g. a row the pair added). Agreed = both roles confirmed the current
 * hash, and at least one of the two confirmations is this laptop's own.
 */
export function agreementState(key: string, content: unknown, template: unknown, input: AgreementInput): AgreementState {
  const hash = contentHash(content);
  const { valid, agreed } = confirmationsOfHash(key, hash, input);
  if (agreed) {
    const { at, notDatedHere } = agreedOn(key, hash, input);
    return {
      kind: 'agreed',
      on: at ? localDayOf(at) : '',
      names: { ceo: agreed.ceo?.name ?? 'CEO', cto: agreed.cto?.name ?? 'CTO' },
      ...(notDatedHere ? { notDatedHere } : {}),
    };
  }
  const earlier = earlierAgreement(key, hash, input);
  const was = earlier ? { earlier } : {};
  if (isTemplate(content, template)) return { kind: 'template', confirmedBy: valid, ...was };
  return { kind: 'edited', confirmedBy: valid, ...was };
}

/**
 * An earlier version both agreed (agreementState's rule at that version's hash: both confirmations
 * in the shared record, one of them this laptop's own), when the content is no longer it.
 */
function earlierAgreement(key: string, hash: string, input: AgreementInput): EarlierAgreement | undefined {
  const c = input.shared[sharedKey(key, 'ceo')];
  const before = c?.role === 'ceo' && typeof c.hash === 'string' && c.hash !== hash ? c.hash : undefined;
  if (!before || !confirmationsOfHash(key, before, input).agreed) return undefined;
  const { at, notDatedHere } = agreedOn(key, before, input);
  return { on: at ? localDayOf(at) : '', ...(notDatedHere ? { notDatedHere } : {}) };
}

/** The two roles, in the order their confirmations are read. */
export const ROLES: readonly AgreementRole[] = ['ceo', 'cto'];

/**
 * The roles whose confirmation of `key` at `hash` counts, and, when both do and one of them is this
 * laptop's own, the shared entries (one may be missing while both confirmations are this laptop's
 * own and the shared record has not loaded): agreed by both. One rule for agreementState and for
 * when this laptop sees an agreement completed (agreement-seen.ts).
 */
export function confirmationsOfHash(
  key: string,
  hash: string,
  input: Pick<AgreementInput, 'shared' | 'local' | 'me'>,
): { valid: AgreementRole[]; agreed?: { ceo?: Confirmation; cto?: Confirmation } } {
  const mine = input.local[key] ?? {};
  const shared = (r: AgreementRole) => {
    const c = input.shared[sharedKey(key, r)];
    if (r === input.me && mine[r] !== hash) return undefined;
    return c && c.role === r && c.hash === hash ? c : undefined;
  };
  const ownRoles = ROLES.filter((r) => mine[r] === hash);
  const valid = ROLES.filter((r) => ownRoles.includes(r) || shared(r));
  return ownRoles.length > 0 && valid.length === 2 ? { valid, agreed: { ceo: shared('ceo'), cto: shared('cto') } } : { valid };
}

/**
 * Keys whose content as it stands the shared record says was confirmed as `input.me` (either role
 * while this laptop has none: both leaders on it), with no record of that confirmation on this
 * laptop. agreementState never counts such a confirmation as this laptop's own, so none of these
 * reads as agreed. Either this laptop's record was not carried over (a restore onto a new laptop:
 * it is never in a backup; cleared app data), or the partner's laptop wrote a confirmation in
 * `me`'s name. `contents`: key → content, as agreementContents gives (plus other keys, such as gap fixes).
 */
export function unclaimedConfirmations(contents: Readonly<Record<string, unknown>>, input: AgreementInput): string[] {
  const roles: AgreementRole[] = input.me ? [input.me] : ['ceo', 'cto'];
  return Object.entries(contents).flatMap(([key, content]) => {
    // Hashed only when the record holds a confirmation under a role that could be unclaimed.
    // Stryker disable next-line ConditionalExpression: a shortcut only; `unclaimed` below asks the same of each role
    if (!roles.some((r) => input.shared[sharedKey(key, r)]?.role === r)) return [];
    const hash = contentHash(content);
    // With no role here, agreementState counts the shared record's confirmations under either role
    // once one of the two is this laptop's own: such a key can read "agreed by both", never unclaimed.
    if (!input.me && (input.local[key]?.ceo === hash || input.local[key]?.cto === hash)) return [];
    const unclaimed = roles.some((r) => {
      const c = input.shared[sharedKey(key, r)];
      return c?.role === r && c.hash === hash && input.local[key]?.[r] !== hash;
    });
    return unclaimed ? [key] : [];
  });
}

/**
 * No value at all: an unset policy number (null), a budget the shared doc holds no number for (NaN),
 * or a list with nothing written in it (no release blocker: the plan prints "None written yet").
 */
const isUnsetValue = (v: unknown) =>
  // Stryker disable next-line ConditionalExpression: the workspace's lists hold strings only (readListCell); the typeof keeps a hand-made one from throwing
  v === null || (typeof v === 'number' && !Number.isFinite(v)) || (Array.isArray(v) && !v.some((x) => typeof x === 'string' && x.trim()));

/** All states at once, for the plan. */
export function agreementStates(
  ws: Workspace,
  template: Workspace,
  policies: PairPolicies,
  input: AgreementInput,
  bets: readonly BetBudget[] = [],
): Record<string, AgreementState> {
  const now = agreementContents(ws, policies, bets);
  // The template's links are the starting ones, which hash as the content alone (withLinks): an
  // artifact whose links were changed is "edited", not "template", whatever its content.
  const tpl = agreementContents({ ...template, linkedGaps: undefined }, {});
  const out: Record<string, AgreementState> = {};
  for (const [key, content] of Object.entries(now)) out[key] = agreementState(key, content, tpl[key], input);
  // A row is agreed when its whole artifact is; a value nobody set (a debate limit, a budget
  // with no number, no blocker listed) is not, or the plan would print "agreed by both" beside "not set".
  for (const [key, content] of Object.entries(now)) {
    const [artifact] = key.split(':');
    if (out[artifact]?.kind === 'agreed' && out[key].kind !== 'agreed' && !isUnsetValue(content)) out[key] = out[artifact];
  }
  return out;
}

/** "template", "edited", "agreed by both on 2026-05-04". */
export function agreementLabel(s: AgreementState | undefined): string {
  if (!s) return 'template';
  if (s.kind === 'template' || s.kind === 'edited') {
    const kind = s.earlier ? `${s.kind === 'edited' ? 'edited' : 'back to the template'} since both agreed it${s.earlier.on ? ` ${agreedOnText(s.earlier)}` : ''}` : s.kind;
    return s.confirmedBy.length === 1 ? `${kind} · confirmed by the ${s.confirmedBy[0].toUpperCase()} only` : kind;
  }
  return agreedByBothLabel(s);
}

/**
 * Said after an agreement's day when it is the partner's laptop's date (AgreementState notDatedHere):
 * this laptop kept no record of when it saw the agreement completed.
 */
export const NOT_DATED_HERE = '(the date your partner’s laptop gave; not dated on this laptop)';

/** "on 2026-05-04", "on 2026-05-04 (the date your partner’s laptop gave; …)", or '' with no day. */
export function agreedOnText(s: { on: string; notDatedHere?: true }): string {
  return s.on ? `on ${s.on}${s.notDatedHere ? ` ${NOT_DATED_HERE}` : ''}` : '';
}

/** "agreed by both on 2026-05-04" (agreedOnText); "agreed by both" with no day (both confirmations this laptop's own, the shared record not loaded). */
export function agreedByBothLabel(s: { on: string; notDatedHere?: true }): string {
  const on = agreedOnText(s);
  return on ? `agreed by both ${on}` : 'agreed by both';
}

/**
 * The shared record as this laptop tells it: its own confirmations (the name it typed, the time
 * it confirmed) over what the shared doc says under those keys, while its record still holds
 * that hash. The partner may rewrite an entry under my role — another name, another date — or
 * delete it; the plan still prints who confirmed here, and when.
 */
export function withOwnConfirmations(shared: SharedConfirmations, local: LocalConfirmations, own: SharedConfirmations): SharedConfirmations {
  const out: Record<string, Confirmation> = { ...shared };
  for (const k of ownConfirmationKeys(local, own)) out[k] = own[k];
  return out;
}

/**
 * The shared keys ("<key>|<role>") whose entry withOwnConfirmations takes from this laptop's own
 * record: confirmed here, as it still stands. Any other entry — the partner's, or one of ours this
 * laptop kept no whole record of — carries a date the partner's laptop can rewrite.
 */
export function ownConfirmationKeys(local: LocalConfirmations, own: SharedConfirmations): Set<string> {
  const out = new Set<string>();
  for (const [k, c] of Object.entries(own)) {
    const key = k.slice(0, k.length - c.role.length - 1);
    if (k === sharedKey(key, c.role) && local[key]?.[c.role] === c.hash) out.add(k);
  }
  return out;
}

/**
 * No confirmation is dated after `now`: the partner writes its own time, and "agreed by both
 * on 2031-01-01" would tell the board of an agreement that has not happened yet.
 */
export function notAfter(shared: SharedConfirmations, now: Date): SharedConfirmations {
  const out: Record<string, Confirmation> = {};
  for (const [k, c] of Object.entries(shared)) out[k] = Date.parse(c.at) > now.getTime() ? { ...c, at: now.toISOString() } : c;
  return out;
}

/** This laptop's record after confirming `key` as `roles`. */
export function recordLocal(local: LocalConfirmations, key: string, roles: readonly AgreementRole[], hash: string): LocalConfirmations {
  const prev = local[key] ?? {};
  const next: Partial<Record<AgreementRole, string>> = { ...prev };
  for (const r of roles) next[r] = hash;
  return { ...local, [key]: next };
}

/** Parses shared doc entries defensively: anything malformed is ignored, never trusted. */
/** Parses a bet from the shared doc; anything malformed is dropped. */
export function parseBet(id: string, v: unknown): BetBudget | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  // The range refuses NaN and ±Infinity too.
  const num = (x: unknown, max: number) => (typeof x === 'number' && x >= 0 && x <= max ? x : null);
  return {
    id,
    name: typeof o.name === 'string' ? o.name.slice(0, 200) : '',
    reliabilityMinutes: num(o.reliabilityMinutes, 131_040),
    securityClasses: typeof o.securityClasses === 'string' ? o.securityClasses.slice(0, 2000) : '',
    slipPercent: num(o.slipPercent, 100),
  };
}

export function parseConfirmation(v: unknown): Confirmation | undefined {
  // Stryker disable next-line ConditionalExpression: without the typeof test a string, number or function has no role and is refused on the next line
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if ((o.role !== 'ceo' && o.role !== 'cto') || typeof o.hash !== 'string' || !CONTENT_HASH_PATTERN.test(o.hash)) return undefined;
  if (typeof o.at !== 'string' || Number.isNaN(Date.parse(o.at))) return undefined;
  return {
    role: o.role,
    hash: o.hash,
    // One format, so the latest of two dates is the last in sort order and the first ten characters are the day.
    at: new Date(Date.parse(o.at)).toISOString(),
    name: typeof o.name === 'string' ? o.name.slice(0, 120) : '',
    mode: o.mode === 'together' ? 'together' : 'live',
  };
}
