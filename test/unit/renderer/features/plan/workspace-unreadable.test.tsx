// @vitest-environment jsdom
// jsdom: the Repair plan page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { AccordDatabase } from '../../../../../renderer/data/db';
import { DexieDocStore } from '../../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../../renderer/data/settings-repository';
import { provideServices } from '../../../../../renderer/stores/services';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Review (board reader): the plan reads what the pair agreed from the shared workspace. While
 * the workspace is still being read, or when it cannot be read, the page built the plan without
 * it — every artifact "Not started" — and let it be exported: a board member would read that
 * the pair had agreed nothing. Now the plan waits for the workspace, and says when it cannot.
 */

const ceo = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(5), six(4), six(4), six(3)] });
// The partner's round, kept from a live comparison with this laptop's.
const cto = { ...sealedRound({ id: 'partner-cto-q4', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(2), six(3), six(4), six(3)], receivedFrom: 'peer' }), pairedWith: 'ceo-q4' };

/** The disk read of the workspace document fails (or has not answered yet: `pending`). */
class UnreadableDocs extends DexieDocStore {
  constructor(db: AccordDatabase, private readonly how: 'fails' | 'pending') {
    super(db);
  }
  override load(id: string): Promise<Uint8Array | undefined> {
    if (id !== 'workspace') return super.load(id);
    return this.unread();
  }
  // The read a workspace open in several tabs goes through (its state and restore epoch at once).
  override loadWithEpoch(id: string) {
    if (id !== 'workspace') return super.loadWithEpoch(id);
    return this.unread();
  }
  private unread(): Promise<never> {
    return this.how === 'fails' ? Promise.reject(new Error('the disk could not be read')) : new Promise(() => undefined);
  }
}

async function planPage(how: 'fails' | 'pending') {
  const db = new AccordDatabase(`accord-plan-unreadable-${Math.random()}`);
  await db.open();
  const rounds = new DexieRoundRepository(db);
  await rounds.put(ceo);
  await rounds.put(cto);
  provideServices({ rounds, settings: new DexieSettingsRepository(db), docs: new UnreadableDocs(db, how), db });
  const { useRoundsStore } = await import('../../../../../renderer/stores/rounds-store');
  await useRoundsStore.getState().load();
  const { useLocalPairStore } = await import('../../../../../renderer/stores/local-pair-store');
  await useLocalPairStore.getState().load();
  // (Each test starts from a workspace store that has read nothing.)
  const { useWorkspaceStore } = await import('../../../../../renderer/stores/workspace-store');
  useWorkspaceStore.setState({ ready: false, loadError: undefined, workspace: undefined });
  const { default: PlanPage } = await import('../../../../../renderer/features/plan/PlanPage');
  const page = render(<PlanPage />);
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  return page;
}

const button = (page: HTMLElement, name: string) => [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

describe('the Repair plan page without its workspace', () => {
  it('cannot be read: says so, shows no plan, and exports nothing (no artifact reads "Not started")', async () => {
    const page = await planPage('fails');
    expect(page.textContent).toContain('The shared workspace could not be read (the disk could not be read)');
    expect(page.textContent).not.toContain('Not started');
    expect(page.querySelector('[aria-label="Preview"]')).toBeNull();
    for (const name of ['Export PDF', 'Export Markdown', 'Add the 30 days to a calendar (.ics)']) expect(button(page, name).disabled, name).toBe(true);
  });

  it('still being read: says so, and exports nothing yet', async () => {
    const page = await planPage('pending');
    expect(page.querySelector('[data-testid="plan-workspace-loading"]')?.textContent).toBe('Reading your shared workspace…');
    expect(page.textContent).not.toContain('Not started');
    expect(button(page, 'Export PDF').disabled).toBe(true);
  });
});
