// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import HistoryPage from '../../../../../renderer/features/history/HistoryPage';
import type { Round } from '../../../../../shared/assessment/types';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { useLocalPairStore } from '../../../../../renderer/stores/local-pair-store';
import { useRoundsStore } from '../../../../../renderer/stores/rounds-store';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Blake's Q3 round, compared with Alex's Q3 round, was brought back for Alex's Q4 comparison
 * (keepPartnerRound records it: alsoPairedWith). History listed it under Q3 only, so Q4 read as a
 * period the CTO never took part in; now it is listed under Q4 too, saying they are earlier answers.
 */
describe('a partner round brought back for a later comparison, on History', () => {
  it('is listed in both periods, and in the later one as earlier answers with their seal date', async () => {
    const q3 = sealedRound({ id: 'ceo-q3', role: 'ceo', label: '2026-Q3 reset', sealedAt: '2026-07-01T12:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
    const q4 = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4 reset', sealedAt: '2026-10-01T12:00:00.000Z', answers: [six(2), six(2), six(2), six(2)] });
    const theirs: Round = {
      ...sealedRound({ id: 'partner-abc', role: 'cto', label: '2026-Q3 reset', sealedAt: '2026-07-02T12:00:00.000Z', answers: [six(5), six(1), six(3), six(3)], receivedFrom: 'file' }),
      pairedWith: 'ceo-q3',
      alsoPairedWith: ['ceo-q4'],
    };
    const rounds = new MemoryRoundRepository();
    for (const r of [q3, q4, theirs]) await rounds.put(r);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    useLocalPairStore.setState({ pair: undefined, loaded: false, unlocked: [], justSealed: undefined });
    await useRoundsStore.getState().load();
    await useLocalPairStore.getState().load();

    const page = render(<HistoryPage />);
    await act(async () => void (await new Promise((r) => setTimeout(r, 30))));
    const periods = [...page.querySelectorAll('.period')].map((p) => ({
      label: p.querySelector('h3')!.textContent!,
      rounds: [...p.querySelectorAll('.period-round')].map((r) => r.textContent!),
    }));
    expect(periods.map((p) => [p.label.split(' ·')[0], p.rounds.length])).toEqual([
      ['2026-Q4 reset', 2],
      ['2026-Q3 reset', 2],
    ]);
    expect(periods[0].rounds[1]).toContain('Earlier answers: sealed 2026-07-02, first compared with “2026-Q3 reset”');
    expect(periods[1].rounds[1]).not.toContain('Earlier answers');
    // The trends chart the Q4 comparison there was, and say the CTO's Q4 point measured nothing new.
    expect([...page.querySelectorAll('[data-testid="replayed-in-trends"]')].map((n) => n.textContent!.replace(/\s+/g, ' '))).toEqual([
      'In “2026-Q4 reset” the CTO’s scores are their answers sealed on 2026-07-02, brought back from an earlier comparison: not new answers for that period.',
    ]);
    expect(page.querySelector('[data-testid="disagreement-table"] thead')!.textContent).toContain('2026-Q4 reset');
  });
});
