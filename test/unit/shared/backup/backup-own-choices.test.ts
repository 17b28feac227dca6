// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { loadPinsView } from '../../../../renderer/features/compare/gap-pins';
import { pinKey } from '../../../../shared/assessment/pins';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup/format';
import { isOwnChoiceSetting, planRestore, TAKE_TURNS_PAIR_SETTING } from '../../../../shared/backup/plan';

/*
 * Review r23. This laptop's pin choice is kept in its settings under pinKey(ceo, cto); both seal
 * times are known to the partner, so their backup can carry that very key. Merged in, the partner's
 * pins became "the gaps you chose to work on" in this laptop's plan — a choice its user never made.
 */
const ceo = { sealedAt: '2026-11-20T09:00:00.000Z' };
const cto = { sealedAt: '2026-11-20T09:05:00.000Z' };
const key = pinKey(ceo, cto);

function backupWithPins(): Backup {
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [], settings: { [key]: '["cr-4","cr-5","cr-6"]', 'compare.withheld': '[]' }, docs: [], now: new Date() })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

describe('a backup carrying this laptop’s own pin choice', () => {
  it('Merge leaves it out (reported as not restored), so the partner’s pins never become this user’s choice', async () => {
    const backup = backupWithPins();
    const plan = planRestore({ rounds: [], settings: {}, docIds: [] }, backup, 'merge');
    expect(plan.settings.add).toEqual(['compare.withheld']);
    expect(plan.settings.ignored).toEqual([key]);

    const settings = new MemorySettingsRepository();
    provideServices({ rounds: new MemoryRoundRepository(), settings, docs: new MemoryDocStore() });
    // What BackupRepository.restore writes in Merge: plan.settings.add.
    for (const k of plan.settings.add) await settings.set(k, backup.settings![k]);
    expect((await loadPinsView(ceo, cto)).pins).toEqual([]);
  });

  it('Replace (one’s own backup onto this laptop) restores it, as every other setting', () => {
    const plan = planRestore({ rounds: [], settings: {}, docIds: [] }, backupWithPins(), 'replace');
    expect(plan.settings.add.sort()).toEqual(['compare.withheld', key]);
    expect(plan.settings.ignored).toEqual([]);
  });

  it('only this laptop’s choices count as such: pins and the take-turns pair, not records or sessions', () => {
    expect(isOwnChoiceSetting(key)).toBe(true);
    expect(isOwnChoiceSetting(pinKey({}, {}))).toBe(true);
    expect(isOwnChoiceSetting(TAKE_TURNS_PAIR_SETTING)).toBe(true);
    expect(isOwnChoiceSetting('compare.withheld')).toBe(false);
    expect(isOwnChoiceSetting('compare.session')).toBe(false);
    expect(isOwnChoiceSetting('xgap-pins:')).toBe(false);
  });
});
