// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import AgendaPage from '../../../../../renderer/features/offsite/AgendaPage';
import { useRoundsStore } from '../../../../../renderer/stores/rounds-store';
import { useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';

// The offsite page said the agenda has "one block per gap you pinned". Its gap blocks are the top
// gaps: those pinned on the laptop that built the agenda (a pin is one laptop's choice, the
// partner's arrive as a proposal), then the highest-ranked; with no pin, all by rank.

describe('the offsite agenda page', () => {
  it('does not say the gap blocks are gaps the pair pinned', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    useRoundsStore.setState({ rounds: [], loaded: true });
    useLocalPairStore.setState({ loaded: true });
    const el = render(<AgendaPage />);
    await act(async () => new Promise((r) => setTimeout(r, 30)));
    expect(el.querySelector('[data-testid="offsite-empty"]')).not.toBeNull();
    expect(el.textContent).not.toContain('one block per gap you pinned');
    expect(el.textContent).toContain('one block per top gap (pinned gaps first, then the highest-ranked)');
  });
});
