// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import ComparisonView from '../../../../../renderer/features/compare/ComparisonView';
import PresentPage from '../../../../../renderer/features/present/PresentPage';
import { useFileExchangeStore } from '../../../../../renderer/stores/file-exchange-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { buildComparison } from '../../../../../shared/session/comparison';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import { makeRound } from '../../../shared/plan/fixtures';

// Two rounds with no statement answered by both (each skipped what the other scored) have no gap
// because nothing was compared. The Compare page said "No gaps: every statement you both
// answered, you both scored 4 or 5 (healthy)", and the projector's last slide the same: the pair
// read as aligned on nothing at all.

const ids = ['db-1', 'db-2', 'db-3'];
const ceo = makeRound('ceo', { overrides: Object.fromEntries(ids.map((id) => [id, 4])) as Record<string, 4> });
const cto = makeRound('cto', { overrides: { 'cr-1': 2, 'cr-2': 1 } });
const comparison = buildComparison(payloadFromRound(ceo), payloadFromRound(cto));

async function settle() {
  await act(async () => new Promise((r) => setTimeout(r, 20)));
}

describe('no gap because nothing was compared', () => {
  it('the Compare page does not call the pair healthy', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    expect(comparison.ranking).toEqual([]);
    const el = render(<ComparisonView comparison={comparison} />);
    await settle();
    expect(el.textContent).not.toContain('you both scored 4 or 5 (healthy)');
    expect(el.textContent).toContain('No gaps to show: no statement was answered by both of you, so nothing was compared.');
    // Nor is an empty list headed "Top 3 gaps".
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent)).toContain('Gaps');
    expect(el.textContent).not.toContain('Top 3 gaps');
  });

  it('nor does the projector', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    useFileExchangeStore.setState({ comparison });
    const el = render(<PresentPage source="file" />);
    await settle();
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' })));
    const slide = el.querySelector('[data-testid="slide"]')!.textContent!;
    expect(slide).not.toContain('you both scored 4 or 5');
    expect(slide).toContain('No statement was answered by both of you, so nothing was compared.');
  });
});

// Two rounds that both answered only one statement (both scored it 4) have no gap either: the
// Compare page said "No gaps: every statement you both answered, you both scored 4 or 5 (healthy)"
// and the projector "Every statement you both answered, you both scored 4 or 5" — a healthy pair,
// to a board reading it, from one statement of the whole diagnostic.
const one = buildComparison(
  payloadFromRound(makeRound('ceo', { overrides: { 'db-1': 4, 'db-2': 5 } })),
  payloadFromRound(makeRound('cto', { overrides: { 'db-1': 4, 'cr-1': 2 } })),
);
const total = one.areas.reduce((n, a) => n + a.coverage.total, 0);

describe('no gap among the few statements compared', () => {
  it('the Compare page says how few were compared and does not call the pair healthy', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    expect(one.ranking).toEqual([]);
    const el = render(<ComparisonView comparison={one} />);
    await settle();
    expect(el.textContent).not.toContain('(healthy)');
    expect(el.textContent).toContain(`No gaps among the 1 of ${total} statements you both answered`);
  });

  it('nor does the projector', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    useFileExchangeStore.setState({ comparison: one });
    const el = render(<PresentPage source="file" />);
    await settle();
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' })));
    const slide = el.querySelector('[data-testid="slide"]')!.textContent!;
    expect(slide).not.toContain('Every statement you both answered');
    expect(slide).toContain(`Only 1 of ${total} statements was answered by both of you`);
  });
});
