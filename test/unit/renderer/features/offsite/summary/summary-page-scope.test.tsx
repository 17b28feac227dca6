// @vitest-environment jsdom
/*
 * Review (dishonest partner, board reader): the summary page scoped the sheet to this offsite only
 * while the shared agenda's `sourceComparison` key named this comparison. That key is one entry the
 * partner's laptop writes (and after a re-score it still names last quarter's comparison until the
 * agenda is rebuilt): with any other key the printed sheet listed last quarter's agreement under
 * "What we agreed" again, with no "Not listed here" line. The offsite follows the comparison whose
 * seals this laptop holds, as the capture page and the plan scope it; the key only decides whether
 * the stored agenda's block titles apply.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { render } from '../../render-in-dom';
import type { Capture } from '../../../../../../shared/offsite/capture';
import { captureHash, captureKey } from '../../../../../../shared/offsite/capture-agreement';
import { sharedKey, type Confirmation } from '../../../../../../shared/workspace/agreement';
import type { Round } from '../../../../../../shared/assessment/types';

const at = (month: number, day: number, hour = 10) => new Date(2026, month - 1, day, hour).toISOString();
const action = (id: string, text: string, createdAt: string): Capture => ({
  id, blockId: 'owners', blockTitle: 'Owners', author: 'ceo', authorName: 'Alex', createdAt, kind: 'action', text, owner: 'CTO', due: '2026-12-01',
});
// Last quarter's, agreed then (this laptop's own confirmation is dated then); this offsite's, agreed today.
const old = action('old', 'Write the Q3 translation guide', at(8, 3));
const now = action('now', 'Publish the matrix', at(11, 24));
const shared: Record<string, Confirmation> = {};
const local: Record<string, { ceo: string }> = {};
for (const [c, on, partnerOn] of [[old, at(8, 3, 11), at(8, 3, 12)], [now, at(11, 24, 11), at(11, 24, 12)]] as const) {
  const hash = captureHash(c);
  shared[sharedKey(captureKey(c.id), 'ceo')] = { role: 'ceo', name: 'Alex', hash, at: on, mode: 'live' };
  shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Blake', hash, at: partnerOn, mode: 'live' };
  local[captureKey(c.id)] = { ceo: hash };
}

vi.mock('../../../../../../renderer/features/workspace/AgreementBar', () => ({
  useAgreement: () => ({ agreement: { shared, local, me: 'ceo' }, policies: {}, bets: [], gapFixes: {} }),
}));
vi.mock('../../../../../../renderer/features/offsite/capture/use-offsite', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/features/offsite/capture/use-offsite')>();
  return { ...real, useMe: () => ({ role: 'ceo' as const, name: 'Alex' }) };
});
// This comparison: both sealed on 2026-11-24 (the offsite's first day).
const round = (role: 'ceo' | 'cto', personName: string) => ({ id: role, role, personName, label: 'Q4 reset', sealedAt: at(11, 24, 9) }) as unknown as Round;
const SOURCE = { ceo: round('ceo', 'Alex'), cto: round('cto', 'Blake'), key: 'this-comparison', kind: 'live' as const };
vi.mock('../../../../../../renderer/features/offsite/use-offsite', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/features/offsite/use-offsite')>();
  return { ...real, useOffsiteSource: () => ({ ready: true, source: SOURCE, hasCeo: true, hasCto: true }) };
});

const { provideServices } = await import('../../../../../../renderer/stores/services');
const { MemoryDocStore } = await import('../../../../../../renderer/data/doc-store');
const { MemoryRoundRepository } = await import('../../../../../../renderer/data/memory-round-repository');
const { MemorySettingsRepository } = await import('../../../../../../renderer/data/settings-repository');
const { useWorkspaceStore } = await import('../../../../../../renderer/stores/workspace-store');
const { getWorkspaceDoc } = await import('../../../../../../renderer/sync/workspace-owner');
const { applyOps } = await import('../../../../../../renderer/sync/offsite-capture');
const { writeAgenda } = await import('../../../../../../renderer/sync/workspace-agenda');
const { default: SummaryPage } = await import('../../../../../../renderer/features/offsite/summary/SummaryPage');

const BLOCKS = [{ id: 'owners', kind: 'close' as const, title: 'Owners and dates', minutes: 15 }];
const agendaFor = (sourceComparison: string) => writeAgenda(getWorkspaceDoc()!, { blocks: BLOCKS, sourceComparison, startedOn: '2026-11-24', startTime: '09:00' } as never);
const texts = (root: HTMLElement, testid: string) => [...root.querySelectorAll(`[data-testid="${testid}"]`)].map((e) => e.textContent ?? '');

beforeAll(async () => {
  localStorage.clear();
  provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  await useWorkspaceStore.getState().load();
  applyOps(getWorkspaceDoc()!, [
    { op: 'put-capture', capture: old },
    { op: 'put-capture', capture: now },
  ]);
});
beforeEach(() => {
  const doc = getWorkspaceDoc()!;
  doc.transact(() => doc.getMap('agenda').clear());
});

describe('the summary page: the sheet is of this comparison’s offsite whatever the agenda’s key says', () => {
  it('the agenda is this comparison’s: this offsite’s agreement only, titled by the agenda', async () => {
    agendaFor('this-comparison');
    const root = render(<SummaryPage />);
    await act(async () => {});
    const agreed = texts(root, 'summary-agreed');
    expect(agreed).toHaveLength(1);
    expect(agreed[0]).toContain('Publish the matrix');
    expect(agreed[0]).toContain('“Owners and dates”');
    expect(texts(root, 'summary-earlier')).toEqual(['Not listed here: 1 agreed at an earlier offsite (still in the workspace).']);
  });

  it('the partner’s laptop rewrites the key: last quarter’s agreement is still not listed as agreed here', async () => {
    agendaFor('rewritten-by-the-partner');
    const root = render(<SummaryPage />);
    await act(async () => {});
    const agreed = texts(root, 'summary-agreed');
    expect(agreed).toHaveLength(1);
    expect(agreed[0]).toContain('Publish the matrix');
    expect(root.querySelector('.os-list')?.textContent ?? '').not.toContain('Q3 translation guide');
    expect(texts(root, 'summary-action').join(' ')).not.toContain('Q3 translation guide');
    expect(texts(root, 'summary-earlier')).toEqual(['Not listed here: 1 agreed at an earlier offsite (still in the workspace).']);
    // Another comparison's agenda does not title this offsite's blocks: the capture's own record does.
    expect(agreed[0]).not.toContain('“Owners and dates”');
  });

  it('no agenda stored yet: still this offsite only', async () => {
    const root = render(<SummaryPage />);
    await act(async () => {});
    expect(texts(root, 'summary-agreed')).toHaveLength(1);
    expect(texts(root, 'summary-earlier')).toHaveLength(1);
  });
});
