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
