import { allStatements } from '../../../../shared/framework/content';
import type { Frequency, Likert, Round, RoundKind, Role } from '../../../../shared/assessment/types';
import type { Capture } from '../../../../shared/offsite/capture';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreementContents, contentHash, sharedKey, type AgreementInput, type BetBudget, type Confirmation, type PairPolicies } from '../../../../shared/workspace/agreement';
import type { Workspace } from '../../../../shared/workspace/types';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import type { RepairPlan } from '../../../../shared/plan/types';
import { toIsoDate } from '../../../../shared/workspace/dates';

/** A round where every statement gets `base`, with per-statement overrides. */
export function makeRound(
  role: Role,
  opts: {
    base?: Likert | null;
    overrides?: Record<string, Likert>;
    warnings?: Record<string, Frequency>;
    kind?: RoundKind;
    label?: string;
    event?: string;
    name?: string;
    notes?: Record<string, string>;
  } = {},
): Round {
  const answers: Round['answers'] = {};
  for (const s of allStatements()) {
    const value = opts.overrides?.[s.id] ?? opts.base ?? null;
    if (value !== null) answers[s.id] = { value, ...(opts.notes?.[s.id] ? { note: opts.notes[s.id] } : {}) };
  }
  return {
    id: `${role}-round`,
    schemaVersion: 1,
    frameworkVersion: 1,
    kind: opts.kind ?? 'quarterly-reset',
    label: opts.label ?? '2026-Q1 quarterly reset',
    ...(opts.event ? { event: opts.event } : {}),
    role,
    personName: opts.name ?? (role === 'ceo' ? 'Dana' : 'Sam'),
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-01-10T10:00:00.000Z',
    answers,
    warnings: opts.warnings ?? {},
    sealedAt: '2026-01-12T10:00:00.000Z',
  };
}

/*
 * Hand-computed reference pair (toPercent(mean) = round((mean − 1) / 4 · 100)):
 *  CEO: all 4, db-2 = 5.  DB mean 25/6 → 79; other areas 75; overall 76.
 *  CTO: all 4, db-2 = 2, cr-3 = 1.  DB 22/6 → 67; CR 21/6 = 3.5 → 63 (62.5 rounds up);
 *       overall (67 + 75 + 75 + 63) / 4 = 70.
 *  Gap weights (3·Δ + 10 − a − b) / 20: cr-3 0.7, db-2 0.6, every 4/4 item 0.1 → db-1 third.
 */
export const ceoRef = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, warnings: { 'ws-overrides': 'sometimes' } });
export const ctoRef = makeRound('cto', {
  base: 4,
  overrides: { 'db-2': 2, 'cr-3': 1 },
  warnings: { 'ws-overrides': 'often', 'ws-late-strategy': 'sometimes', 'ws-priority-drift': 'never' },
});

export const today = new Date(2026, 0, 15, 9, 30);

/**
 * The workspace and offsite parts of a plan's input: these action captures as the offsite
 * reads them (one action per capture), the ones in `agreed` confirmed by both leaders (this
 * laptop is the CEO's), the rest proposals.
 */
export function offsiteActionsInput(captures: readonly Extract<Capture, { kind: 'action' }>[], agreed: readonly string[]) {
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const c of captures.filter((x) => agreed.includes(x.id))) {
    const hash = captureHash(c);
    const key = captureKey(c.id);
    const at = `${toIsoDate(today)}T11:00:00.000Z`;
    shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: 'Dana', hash, at, mode: 'live' };
    shared[sharedKey(key, 'cto')] = { role: 'cto', name: 'Sam', hash, at, mode: 'live' };
    local[key] = { ceo: hash };
  }
  return {
    workspace: { workspace: defaultWorkspace(today), agreement: { shared, local, me: 'ceo' as const } },
    offsite: { captures: [...captures], actions: captures.map((c) => ({ id: `action-${c.id}`, captureId: c.id, blockId: c.blockId, text: c.text, owner: c.owner, due: c.due })), parked: [] },
  };
}

/** When both leaders confirm in `agreedPlan`. */
export const AGREED_AT = '2026-01-14T10:00:00.000Z';

/** The names the confirmation records carry unless a test says otherwise: the reference rounds' own. */
export const ROUND_NAMES = { ceo: 'Dana', cto: 'Sam' } as const;

/**
 * Both leaders confirmed `keys` of this workspace as they stand now; this laptop is the CEO's.
 * `names`: what the two confirmation records say (the invite holder can write any name there).
 */
export function agreeKeys(
  ws: Workspace,
  keys: readonly string[],
  policies: PairPolicies = {},
  bets: readonly BetBudget[] = [],
  names: { ceo: string; cto: string } = ROUND_NAMES,
): AgreementInput {
  const contents = agreementContents(ws, policies, bets);
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const key of keys) {
    if (!(key in contents)) throw new Error(`no such key: ${key}`);
    const hash = contentHash(contents[key]);
    shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: names.ceo, hash, at: AGREED_AT, mode: 'live' };
    shared[sharedKey(key, 'cto')] = { role: 'cto', name: names.cto, hash, at: AGREED_AT, mode: 'live' };
    local[key] = { ceo: hash };
  }
  return { shared, local, me: 'ceo' };
}

/**
 * Review r20: a confirmation's name is free text the invite holder writes under their own role,
 * here naming a third person beside the leader. The plan must never print it.
 */
export const FORGED_CONFIRMATION_NAME = 'Mallory, with board chair Pat Lee';

/**
 * Both leaders confirmed these captures (their bodies as they are now) at `at`; this laptop is
 * the CEO's. `names`: what the two confirmation records say.
 */
export function agreeCaptures(captures: readonly Capture[], names: { ceo: string; cto: string } = ROUND_NAMES, at = `${toIsoDate(today)}T11:00:00.000Z`): AgreementInput {
  return agreeCapturesAt(captures, Object.fromEntries(captures.map((c) => [c.id, at])), names);
}

/** Both leaders confirmed each capture at `agreedAt[id]` (a capture without a time is not confirmed); this laptop is the CEO's. */
export function agreeCapturesAt(captures: readonly Capture[], agreedAt: Record<string, string>, names: { ceo: string; cto: string } = ROUND_NAMES): AgreementInput {
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const c of captures) {
    const at = agreedAt[c.id];
    if (!at) continue;
    const hash = captureHash(c);
    const key = captureKey(c.id);
    shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: names.ceo, hash, at, mode: 'live' };
    shared[sharedKey(key, 'cto')] = { role: 'cto', name: names.cto, hash, at, mode: 'live' };
    local[key] = { ceo: hash };
  }
  return { shared, local, me: 'ceo' };
}

/** The reference pair's plan over this workspace, with `keys` agreed by both. */
export function agreedPlan(ws: Workspace, keys: readonly string[], policies: PairPolicies = {}, bets: readonly BetBudget[] = []): RepairPlan {
  return buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, policies, bets, agreement: agreeKeys(ws, keys, policies, bets) } });
}
