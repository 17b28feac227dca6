// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import PresentPage from '../../../../../renderer/features/present/PresentPage';
import { useFileExchangeStore } from '../../../../../renderer/stores/file-exchange-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { buildComparison } from '../../../../../shared/session/comparison';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import { makeRound } from '../../../shared/plan/fixtures';

// The projector's title slide printed the CEO's round label alone: a CEO's "2026-Q1 quarterly
// reset" compared with the CTO's "2026-Q1 re-score" read to the room as one joint round.

async function titleSlide(ceoLabel: string, ctoLabel: string) {
  provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  const ceo = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, label: ceoLabel });
  const cto = makeRound('cto', { base: 4, overrides: { 'db-2': 2 }, label: ctoLabel });
  useFileExchangeStore.setState({ comparison: buildComparison(payloadFromRound(ceo), payloadFromRound(cto)) });
  const el = render(<PresentPage source="file" />);
  await act(async () => new Promise((r) => setTimeout(r, 20)));
  return el.querySelector('[data-testid="slide"] .present-kicker')!.textContent!;
}

describe('the presentation title slide', () => {
  it('names both rounds when the two leaders answered differently named ones', async () => {
    const kicker = await titleSlide('2026-Q1 quarterly reset', '2026-Q1 re-score');
    expect(kicker).toBe('CEO: “2026-Q1 quarterly reset” · CTO: “2026-Q1 re-score” — two different rounds, compared as one');
  });

  it('names the one round when both carry the same label', async () => {
    expect(await titleSlide('2026-Q1 quarterly reset', ' 2026-q1 Quarterly Reset ')).toBe('2026-Q1 quarterly reset');
  });
});
