// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useFileExchangeStore } from '../../../../renderer/stores/file-exchange-store';
import { importOffsiteFile } from '../../../../renderer/features/offsite/summary/offsite-file';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * Review (import boundaries): the name of a file from the partner went into "Could not import “…”"
 * with its bidi override, so the sentence after it could read reversed; and it was cut by UTF-16
 * units, which can leave half an emoji.
 */
const RLO = '\u202E';
/** Half a surrogate pair (what a cut by UTF-16 units leaves). */
const HALF_PAIR = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;
const ceo = sealedRound({ id: 'ceo-round', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const hostile = (name: string) => ({ name, size: 10_000_000, text: () => Promise.resolve('') });

describe('a hostile file name in an import refusal', () => {
  it('sealed-file import: no bidi override, cut by code points', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(ceo);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await useFileExchangeStore.getState().importFile(hostile(`round${RLO}nosj.exe`), 'ceo-round');
    const error = useFileExchangeStore.getState().error!;
    expect(error).toMatch(/^Could not import “roundnosj\.exe”: the file is/);
    expect(error).not.toMatch(BIDI);

    await useFileExchangeStore.getState().importFile(hostile(`${'a'.repeat(79)}😀.json`), 'ceo-round');
    const cut = useFileExchangeStore.getState().error!;
    expect(cut).toMatch(new RegExp(`^Could not import “${'a'.repeat(79)}😀…”`));
    expect(cut).not.toMatch(HALF_PAIR);
  });

  it('offsite-file import: the same', async () => {
    const r = await importOffsiteFile(hostile(`offsite${RLO}nosj.exe`), 'ceo');
    expect(r.ok ? '' : r.error).toMatch(/^Could not import “offsitenosj\.exe”: the file is/);
    const cut = await importOffsiteFile(hostile(`${'a'.repeat(79)}😀.json`), 'ceo');
    expect(cut.ok ? '' : cut.error).toMatch(new RegExp(`^Could not import “${'a'.repeat(79)}😀…”`));
  });
});
