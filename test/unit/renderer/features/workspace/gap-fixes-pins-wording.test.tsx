// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { GapFixesEditor } from '../../../../../renderer/features/workspace/GapFixesEditor';
import { useRoundsStore } from '../../../../../renderer/stores/rounds-store';
import { useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { ceoRef, ctoRef } from '../../../shared/plan/fixtures';

// The Gap fixes tab told the pair "Pin other gaps on the Compare page; both laptops and the plan
// follow the pins." Pins are each laptop's own choice: the partner's arrive here as a proposal
// (shared/assessment/pins.ts), so a gap pinned on one laptop was said to steer both.

describe('the Gap fixes tab', () => {
  it("does not say both laptops follow one laptop's pins", async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    useRoundsStore.setState({ rounds: [ceoRef, ctoRef], loaded: true });
    useLocalPairStore.setState({ loaded: true });
    const el = render(<GapFixesEditor />);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(el.textContent).toContain('Working on');
    expect(el.textContent).not.toContain('both laptops and the plan follow the pins');
    expect(el.textContent).toContain("this laptop and its plan follow the pins chosen here; your partner's laptop follows its own until they pin the same gaps.");
  });
});
