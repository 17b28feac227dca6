// @vitest-environment jsdom
/*
 * Review (board reader): the summary page of last quarter's comparison (the offsite's source) listed
 * as agreed what was agreed at this quarter's offsite too, since the pair compared again. The page
 * ends the sheet where the next comparison among this laptop's rounds starts, and checks an agreed
 * RACI value against the workspace as it stands.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { render } from '../../render-in-dom';
import type { Capture } from '../../../../../../shared/offsite/capture';
import { captureHash, captureKey } from '../../../../../../shared/offsite/capture-agreement';
import { sharedKey, type Confirmation } from '../../../../../../shared/workspace/agreement';
import type { Round } from '../../../../../../shared/assessment/types';

const at = (month: number, day: number, hour = 10) => new Date(2026, month - 1, day, hour).toISOString();
const meta = { blockId: 'owners', blockTitle: 'Owners', author: 'ceo' as const, authorName: 'Alex' };
// Last quarter's offsite (its rounds sealed 2026-08-03): a RACI change the workspace no longer holds
// (the row was never changed to it here). This quarter's (compared 2026-11-24): an action.
const old: Capture = { ...meta, id: 'old', createdAt: at(8, 3), kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CTO' };
const now: Capture = { ...meta, id: 'now', createdAt: at(11, 24), kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' };
const shared: Record<string, Confirmation> = {};
const local: Record<string, { ceo: string }> = {};
for (const [c, on] of [[old, at(8, 3, 11)], [now, at(11, 24, 11)]] as const) {
  const hash = captureHash(c);
  shared[sharedKey(captureKey(c.id), 'ceo')] = { role: 'ceo', name: 'Alex', hash, at: on, mode: 'live' };
  shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Blake', hash, at: on, mode: 'live' };
  local[captureKey(c.id)] = { ceo: hash };
}

vi.mock('../../../../../../renderer/features/workspace/AgreementBar', () => ({
  useAgreement: () => ({ agreement: { shared, local, me: 'ceo' }, policies: {}, bets: [], gapFixes: {} }),
}));
vi.mock('../../../../../../renderer/features/offsite/capture/use-offsite', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/features/offsite/capture/use-offsite')>();
  return { ...real, useMe: () => ({ role: 'ceo' as const, name: 'Alex' }) };
});
const round = (id: string, role: 'ceo' | 'cto', label: string, sealedAt: string, extra: Partial<Round> = {}) =>
  ({ id, role, personName: role === 'ceo' ? 'Alex' : 'Blake', label, sealedAt, answers: {}, warnings: {}, ...extra }) as unknown as Round;
// The offsite's source: last quarter's comparison.
const SOURCE = { ceo: round('ceo-q3', 'ceo', 'Q3', at(8, 2, 9)), cto: round('cto-q3', 'cto', 'Q3', at(8, 3, 9), { receivedFrom: 'peer', pairedWith: 'ceo-q3' }), key: 'q3', kind: 'this-laptop' as const };
// This laptop's rounds: last quarter's pair and this quarter's.
const ROUNDS = [SOURCE.ceo, SOURCE.cto, round('ceo-q4', 'ceo', 'Q4', at(11, 24, 9)), round('cto-q4', 'cto', 'Q4', at(11, 23, 9), { receivedFrom: 'peer', pairedWith: 'ceo-q4' })];
vi.mock('../../../../../../renderer/features/offsite/use-offsite', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/features/offsite/use-offsite')>();
  return { ...real, useOffsiteSource: () => ({ ready: true, source: SOURCE, hasCeo: true, hasCto: true }) };
});
// This quarter's round of ours is private on this laptop (a take-turns pair whose other turn is not
// sealed): the open rounds leave it out. The end is found among every sealed round, only its day read.
vi.mock('../../../../../../renderer/stores/local-pair-store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/stores/local-pair-store')>();
  return { ...real, useOpenRounds: () => ROUNDS.filter((r) => r.id !== 'ceo-q4') };
});

const { provideServices } = await import('../../../../../../renderer/stores/services');
const { MemoryDocStore } = await import('../../../../../../renderer/data/doc-store');
const { MemoryRoundRepository } = await import('../../../../../../renderer/data/memory-round-repository');
const { MemorySettingsRepository } = await import('../../../../../../renderer/data/settings-repository');
const { useWorkspaceStore } = await import('../../../../../../renderer/stores/workspace-store');
const { useRoundsStore } = await import('../../../../../../renderer/stores/rounds-store');
const { getWorkspaceDoc } = await import('../../../../../../renderer/sync/workspace-owner');
const { applyOps } = await import('../../../../../../renderer/sync/offsite-capture');
const { default: SummaryPage } = await import('../../../../../../renderer/features/offsite/summary/SummaryPage');

const texts = (root: HTMLElement, testid: string) => [...root.querySelectorAll(`[data-testid="${testid}"]`)].map((e) => e.textContent ?? '');

beforeAll(async () => {
  localStorage.clear();
  const rounds = new MemoryRoundRepository();
  for (const r of ROUNDS) await rounds.put(r);
  provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  await useRoundsStore.getState().load();
  await useWorkspaceStore.getState().load();
  applyOps(getWorkspaceDoc()!, [
    { op: 'put-capture', capture: old },
    { op: 'put-capture', capture: now },
  ]);
});

describe('the summary page of last quarter’s comparison, after the pair compared again', () => {
  it('lists last quarter’s agreement only, counts this quarter’s, and says the RACI value changed since', async () => {
    const root = render(<SummaryPage />);
    await act(async () => {});
    const agreed = texts(root, 'summary-agreed');
    expect(agreed).toHaveLength(1);
    expect(agreed[0]).toContain('Accountable → CTO');
    expect(texts(root, 'summary-action').join(' ')).not.toContain('Publish the matrix');
    expect(texts(root, 'summary-later')).toEqual(['Not listed here: 1 agreed at a later offsite (from 2026-11-23, allowing for clock differences, before the next comparison on 2026-11-24; still in the workspace).']);
    expect(texts(root, 'summary-changed')).toEqual(['Then changed in the workspace: not confirmed by both.']);
  });
});
