// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { useFileExchangeStore } from '../../../../../renderer/stores/file-exchange-store';
import { FileImportCard, SealedFileExport } from '../../../../../renderer/features/compare/FileExchange';
import { buildSealedFile, serializeSealedFile } from '../../../../../shared/reveal/sealed-file';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import type { Round } from '../../../../../shared/assessment/types';
import { sha256Hex } from '../../../../../renderer/platform/digest';
import { platform } from '../../../../../renderer/platform';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * (a) A partner re-exports an OLD round (last quarter's): each export seals afresh, so its fingerprint
 * is new and read out truthfully, and once opened the file is kept paired with this quarter's round —
 * History then shows last quarter's answers as the partner's for this one. The check before opening
 * names the file's round and seal date, and says plainly when it looks like another round.
 * (b) Whoever receives a sealed file first can read it before sealing their own: the export card says
 * to swap files at the same time (README, "Sealed files"). (Review r23.)
 */
const mine = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const cto = (label: string, sealedAt: string): Round => sealedRound({ id: 'x', role: 'cto', label, sealedAt, answers: [six(2), six(2), six(2), six(2)] });

afterEach(() => {
  vi.useRealTimers();
  useFileExchangeStore.getState().clear();
  vi.restoreAllMocks();
});

async function checkCard(theirs: Round): Promise<HTMLElement> {
  const rounds = new MemoryRoundRepository();
  await rounds.put(mine);
  provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  const text = serializeSealedFile(await buildSealedFile(payloadFromRound(theirs), 'cd'.repeat(16), sha256Hex));
  expect(await useFileExchangeStore.getState().importFile({ name: 'accord-sealed-cto-Blake.json', size: text.length, text: async () => text }, 'ceo-q4')).toBe(true);
  const host = render(<FileImportCard roundId="ceo-q4" />);
  return host.querySelector<HTMLElement>('[data-testid="import-fingerprint"]')!;
}

describe('checking a sealed file before opening it', () => {
  it('names the file’s round and seal date, and says it is not the round being compared', async () => {
    const card = await checkCard(cto('2026-Q1 quarterly reset', '2026-01-12T09:00:00.000Z'));
    expect(card.querySelector('[data-testid="import-round"]')!.textContent).toBe('Round: “2026-Q1 quarterly reset”, sealed 2026-01-12.');
    const warning = card.querySelector('[data-testid="import-round-warning"]')!;
    expect(warning.textContent).toBe(
      'This may not be the round you are comparing: yours is “2026-Q4 quarterly reset”, and it was sealed 312 days before yours. ' +
        "If you open it, History and the repair plan keep it as Blake Moreau's answers for your round — ask them which round they exported.",
    );
    expect(card.getAttribute('aria-describedby')).toBe(warning.id);
    // The user still decides.
    expect(card.querySelector('button.primary')!.textContent).toBe('The digits match — open the comparison');
  });

  it('the same round, sealed days apart: its label and date, no warning', async () => {
    const card = await checkCard(cto('2026-q4  Quarterly reset ', '2026-11-24T09:00:00.000Z'));
    expect(card.querySelector('[data-testid="import-round"]')!.textContent).toContain('sealed 2026-11-24');
    expect(card.querySelector('[data-testid="import-round-warning"]')).toBeNull();
    expect(card.hasAttribute('aria-describedby')).toBe(false);
  });

  it('the same label sealed long after: says how long, not the label', async () => {
    // A seal dated ahead of this laptop's clock is refused on import: the clock is moved past it.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-06-01T09:00:00.000Z') });
    const card = await checkCard(cto('2026-Q4 quarterly reset', '2027-02-20T09:00:00.000Z'));
    const warning = card.querySelector('[data-testid="import-round-warning"]')!.textContent!;
    expect(warning).toContain('This may not be the round you are comparing: it was sealed 92 days after yours.');
    expect(warning).not.toContain('yours is');
  });

  it('the partner’s label is partner text: no bidi override turns the sentence around it', async () => {
    const card = await checkCard(cto('Q1\u202E reset', '2026-11-20T09:00:00.000Z'));
    const round = card.querySelector('[data-testid="import-round"]')!;
    expect(round.textContent).not.toContain('\u202E');
    expect(round.querySelector('bdi')!.textContent).toBe('Q1 reset');
  });
});

describe('exporting a sealed file', () => {
  it('says to swap files at the same time, or read out both fingerprints before either file changes hands', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(mine);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true });
    await useFileExchangeStore.getState().exportRound('ceo-q4');
    const host = render(<SealedFileExport roundId="ceo-q4" />);
    await act(async () => undefined);
    const card = host.querySelector('[data-testid="export-fingerprint"]')!.textContent!;
    expect(card).toMatch(/before either file changes hands/);
    expect(card).toMatch(/swap at the same time/);
    expect(card).toContain('question a file your partner sealed after you handed yours over');
  });
});
