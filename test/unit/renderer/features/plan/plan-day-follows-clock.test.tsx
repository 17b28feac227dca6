// @vitest-environment jsdom
// jsdom: the Repair plan page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { AccordDatabase } from '../../../../../renderer/data/db';
import { DexieDocStore } from '../../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../../renderer/data/settings-repository';
import { provideServices } from '../../../../../renderer/stores/services';
import { platform } from '../../../../../renderer/platform';
import { PLAN_DAY_CHECK_MS } from '../../../../../renderer/features/plan/plan-day';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Review (board reader): the plan page fixed its date when it opened. Left open past midnight, a
 * confirmation made next morning printed "agreed by both on <the 16th>" inside a plan dated the
 * 15th, and overdue checks used the 15th. The plan's day now follows the clock: while the page is
 * open, and at export.
 */

const ceo = sealedRound({ id: 'ceo-q1', role: 'ceo', label: '2026-Q1', sealedAt: '2026-01-12T09:00:00.000Z', answers: [six(5), six(4), six(4), six(3)] });
const cto = { ...sealedRound({ id: 'partner-cto-q1', role: 'cto', label: '2026-Q1', sealedAt: '2026-01-12T09:05:00.000Z', answers: [six(2), six(3), six(4), six(3)], receivedFrom: 'peer' }), pairedWith: 'ceo-q1' };

const EVENING = new Date(2026, 0, 15, 23, 58);

async function openPlanPage() {
  // Only the clock and the page's own interval are faked: the stores' storage keeps its real timers.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(EVENING);
  const db = new AccordDatabase(`accord-plan-day-${Math.random()}`);
  await db.open();
  const rounds = new DexieRoundRepository(db);
  await rounds.put(ceo);
  await rounds.put(cto);
  provideServices({ rounds, settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  const { useRoundsStore } = await import('../../../../../renderer/stores/rounds-store');
  await useRoundsStore.getState().load();
  const { useLocalPairStore } = await import('../../../../../renderer/stores/local-pair-store');
  await useLocalPairStore.getState().load();
  const { default: PlanPage } = await import('../../../../../renderer/features/plan/PlanPage');
  const page = render(<PlanPage />);
  await act(async () => {
    await new Promise((r) => setTimeout(r, 100));
  });
  return page;
}

const coverDate = (page: HTMLElement) => page.querySelector('[aria-label="Preview"] time')?.getAttribute('dateTime');
const button = (page: HTMLElement, name: string) => [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the plan page left open past midnight', () => {
  it('dates the plan by the new day once the clock passes midnight', async () => {
    const page = await openPlanPage();
    expect(coverDate(page)).toBe('2026-01-15');
    vi.setSystemTime(new Date(2026, 0, 16, 0, 0, 30));
    act(() => vi.advanceTimersByTime(PLAN_DAY_CHECK_MS));
    expect(coverDate(page)).toBe('2026-01-16');
  });

  it('catches up when the window is focused again', async () => {
    const page = await openPlanPage();
    vi.setSystemTime(new Date(2026, 0, 16, 8, 30));
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(coverDate(page)).toBe('2026-01-16');
  });

  it('exports the Markdown dated the day it is exported, even before any timer ran', async () => {
    const page = await openPlanPage();
    const saved: { name: string; text: string }[] = [];
    vi.spyOn(platform, 'saveFile').mockImplementation(async (name, _type, data) => {
      saved.push({ name, text: String(data) });
      return { saved: true };
    });
    vi.setSystemTime(new Date(2026, 0, 16, 8, 30));
    await act(async () => {
      button(page, 'Export Markdown').click();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toContain('2026-01-16');
    expect(saved[0]!.text).toContain('· 2026-01-16_');
    expect(saved[0]!.text).not.toContain('2026-01-15_');
    expect(coverDate(page)).toBe('2026-01-16');
  });
});
