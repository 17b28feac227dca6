// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup/format';
import { planRestore, TAKE_TURNS_PAIR_SETTING, type CurrentData } from '../../../../shared/backup/plan';
import { openRounds, privacyWith } from '../../../../renderer/stores/local-pair-store';
import type { Round } from '../../../../shared/assessment/types';
import { sealedRound, six } from '../history/fixtures';

/*
 * Review r25 (honest pair, take turns). Alex (CEO) sealed on the shared laptop; Blake (CTO) is half
 * way through his round, locked with his passphrase. In the Backup panel Blake types his passphrase
 * so his locked round is included: the round and its lock (in `local.pair`) travel in the file.
 * Restored onto a new laptop with the default "Merge into this laptop", the pair is never taken
 * (isOwnChoiceSetting) — so Blake's round, if added, would be 'open': Alex could read and edit it.
 * Merge now leaves that round out; Replace restores it with its lock.
 */
const alex = sealedRound({ id: 'tt-ceo', role: 'ceo', label: '2026-Q2', sealedAt: '2026-04-10T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const blake: Round = sealedRound({ id: 'tt-cto', role: 'cto', label: '2026-Q2', answers: [six(1), six(2), six(3), six(1)] }); // no sealedAt: not sealed
const lock = { salt: 'aa'.repeat(16), hash: 'bb'.repeat(32) };
const pair = { ceoRoundId: 'tt-ceo', ctoRoundId: 'tt-cto', locks: { 'tt-cto': lock } };

function backup(pairSetting: string | null = JSON.stringify(pair), rounds: Round[] = [alex, blake]): Backup {
  const settings: Record<string, string> = pairSetting === null ? {} : { [TAKE_TURNS_PAIR_SETTING]: pairSetting };
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds, settings, docs: [], now: new Date('2026-04-11T00:00:00Z') })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}
const emptyLaptop: CurrentData = { rounds: [], settings: {}, docIds: [] };
const keptOut = (current: CurrentData, file: Backup) => planRestore(current, file, 'merge').rounds.keptOut.map((k) => [k.round.id, k.reason]);

describe('Merge of a take-turns backup holding a locked, unsealed round', () => {
  it('on the laptop it came from, and after Replace (which restores the pair with its lock), the round is locked', () => {
    expect(blake.sealedAt).toBeUndefined();
    expect(privacyWith('tt-cto', { pair, unlocked: [] }, (id) => id === 'tt-ceo')).toBe('locked');
    const replace = planRestore(emptyLaptop, backup(), 'replace');
    expect(replace.settings.add).toContain(TAKE_TURNS_PAIR_SETTING);
    expect(replace.rounds.add.map((r) => r.id)).toEqual(['tt-ceo', 'tt-cto']);
    expect(replace.rounds.keptOut).toEqual([]);
  });

  it('onto a new laptop: the pair is not merged and the locked round is left out, so nobody here can read it', () => {
    const plan = planRestore(emptyLaptop, backup(), 'merge');
    expect(plan.settings.ignored).toContain(TAKE_TURNS_PAIR_SETTING);
    expect(plan.rounds.add.map((r) => r.id)).toEqual(['tt-ceo']);
    expect(plan.rounds.keptOut).toEqual([{ round: blake, reason: 'locked' }]);
    expect(openRounds(plan.rounds.add, { pair: undefined, unlocked: [] }).map((r) => r.id)).not.toContain('tt-cto');
  });

  it('is left out in any Merge, even onto a laptop with the same pair and lock', () => {
    const samePairHere: CurrentData = { rounds: [alex], settings: { [TAKE_TURNS_PAIR_SETTING]: JSON.stringify(pair) }, docIds: [] };
    expect(keptOut(samePairHere, backup())).toEqual([['tt-cto', 'locked']]);
  });

  it('a sealed round, or one the pair names without a lock, is added as before', () => {
    const sealedBlake = { ...blake, sealedAt: '2026-04-12T09:00:00.000Z' };
    expect(keptOut(emptyLaptop, backup(JSON.stringify(pair), [alex, sealedBlake]))).toEqual([]);
    expect(keptOut(emptyLaptop, backup(JSON.stringify({ ...pair, locks: {} })))).toEqual([]);
    // A lock for a round the pair does not name locks nothing (privacyWith).
    expect(keptOut(emptyLaptop, backup(JSON.stringify({ ceoRoundId: 'tt-ceo', locks: { 'tt-cto': lock } })))).toEqual([]);
    expect(keptOut(emptyLaptop, backup(null))).toEqual([]);
  });

  it('an unreadable pair in the file: every unsealed round of a role with no own round here is left out', () => {
    const alexDraft = sealedRound({ id: 'ceo-draft', role: 'ceo', label: '2026-Q3', answers: [six(3), six(3), six(3), six(3)] });
    const file = backup('{not json', [alex, blake, alexDraft]);
    expect(keptOut(emptyLaptop, file).sort()).toEqual([
      ['ceo-draft', 'pair-unreadable'],
      ['tt-cto', 'pair-unreadable'],
    ]);
    // Alex's laptop: his own draft is added, Blake's stays out.
    const alexHere: CurrentData = { rounds: [alex], settings: {}, docIds: [] };
    expect(keptOut(alexHere, file)).toEqual([['tt-cto', 'pair-unreadable']]);
    expect(planRestore(alexHere, file, 'merge').rounds.add.map((r) => r.id)).toEqual(['ceo-draft']);
  });
});
