import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, serializeBackup } from '../../../../shared/backup/format';
import { isSessionSetting, planRestore, TAKE_TURNS_PAIR_SETTING } from '../../../../shared/backup/plan';
import { SEALED_AT_CLOCK_SKEW_MS } from '../../../../shared/schema/sealed-payload';
import { sealedRound, six } from '../history/fixtures';
import { laptopLeader } from '../../../../shared/offsite/laptop-role';

/*
 * A backup the partner hands over (review r11): a hand-made round dated ahead of this laptop's
 * clock, and settings that would start a network session.
 */

const NOW = Date.parse('2026-11-27T10:00:00.000Z');
const own = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)] });
const text = (rounds: ReturnType<typeof sealedRound>[], settings?: Record<string, string>) =>
  serializeBackup(buildBackup({ rounds, settings, docs: [], now: '2026-11-27T09:00:00.000Z' }));

describe('parseBackup: no round dated ahead of this laptop’s clock', () => {
  it('refuses the whole file over an "own" round sealed in 2099, with where and what', () => {
    const planted = sealedRound({ id: 'fake', role: 'ceo', label: '2099 reset', sealedAt: '2099-01-01T00:00:00.000Z', answers: [six(5), six(5), six(5), six(5)] });
    const r = parseBackup(text([own, planted]), NOW);
    expect(r.ok).toBe(false);
    // Rounds are ordered by creation time in the file: the planted one is second.
    expect(!r.ok && r.errors).toEqual([
      `rounds[1].sealedAt: must not be later than this laptop's clock (by more than 10 minutes); got "2099-01-01T00:00:00.000Z": check the time on this laptop and on the one that made the backup`,
      `rounds[1].createdAt: must not be later than this laptop's clock (by more than 10 minutes); got "2099-01-01T00:00:00.000Z": check the time on this laptop and on the one that made the backup`,
      `rounds[1].updatedAt: must not be later than this laptop's clock (by more than 10 minutes); got "2099-01-01T00:00:00.000Z": check the time on this laptop and on the one that made the backup`,
    ]);
  });

  it('refuses an unsealed round updated in the future too; accepts times within the 10-minute skew', () => {
    const ahead = new Date(NOW + SEALED_AT_CLOCK_SKEW_MS + 1000).toISOString();
    const draft = { ...sealedRound({ id: 'draft', role: 'cto', label: 'Draft', answers: [six(3), six(3), six(3), six(3)] }), updatedAt: ahead };
    const refused = parseBackup(text([draft]), NOW);
    expect(!refused.ok && refused.errors).toEqual([expect.stringMatching(/^rounds\[0\]\.updatedAt: must not be later than this laptop's clock/)]);

    const justAhead = new Date(NOW + SEALED_AT_CLOCK_SKEW_MS - 1000).toISOString();
    const skewed = sealedRound({ id: 'skewed', role: 'cto', label: 'Skewed', sealedAt: justAhead, answers: [six(3), six(3), six(3), six(3)], receivedFrom: 'peer' });
    expect(parseBackup(text([own, skewed]), NOW).ok).toBe(true);
  });

  it('reads the real clock when no time is given', () => {
    const planted = sealedRound({ id: 'fake', role: 'ceo', label: '2099 reset', sealedAt: '2099-01-01T00:00:00.000Z', answers: [six(5), six(5), six(5), six(5)] });
    expect(parseBackup(text([planted])).ok).toBe(false);
    expect(parseBackup(text([own])).ok).toBe(true);
  });
});

describe('planRestore: session settings are never restored', () => {
  const settings = {
    'compare.session': '{"room":"partner-room","isHost":true}',
    'compare.identity.partner-room.q4-ceo': '{"participantId":"p","salt":"00"}',
    'compare.withheld': '[]',
    'local.pair': '{"locks":{}}',
  };

  it('Merge adds neither compare.session nor a comparison identity, and says so', () => {
    const backup = buildBackup({ rounds: [], settings, docs: [], now: '2026-11-27T09:00:00.000Z' });
    const plan = planRestore({ rounds: [], settings: { theme: 'dark' }, docIds: [] }, backup, 'merge');
    expect(plan.settings.add).toEqual(['compare.withheld']);
    // Nor the take-turns pair: a crafted one could lock this laptop's own rounds (review r12).
    expect(plan.settings.ignored).toEqual(['compare.session', 'compare.identity.partner-room.q4-ceo', 'local.pair']);
    expect(plan.settings.keep).toEqual(['theme']);
  });

  it('Replace neither writes the backup’s session settings nor keeps this laptop’s', () => {
    const backup = buildBackup({ rounds: [], settings, docs: [], now: '2026-11-27T09:00:00.000Z' });
    const plan = planRestore({ rounds: [], settings: { 'compare.session': '{"room":"mine"}' }, docIds: [] }, backup, 'replace');
    expect([...plan.settings.add, ...plan.settings.overwrite]).toEqual(['compare.withheld', 'local.pair']);
    expect(plan.settings.remove).toEqual(['compare.session']);
    expect(plan.settings.ignored).toEqual(['compare.session', 'compare.identity.partner-room.q4-ceo']);
  });

  it('names exactly the session keys', () => {
    expect(['compare.session', 'compare.identity.r.x', 'compare.withheld', 'local.pair', 'accord.theme', 'compare.sessions'].filter(isSessionSetting)).toEqual([
      'compare.session',
      'compare.identity.r.x',
    ]);
  });
});

describe("planRestore: a backup from the partner's laptop merged here (review r17, r18)", () => {
  const mine = sealedRound({ id: 'ceo-round', role: 'ceo', label: '2026-Q4', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
  // On the partner's laptop their own round carries no receivedFrom.
  const theirs = sealedRound({ id: 'cto-round', role: 'cto', label: '2026-Q4', sealedAt: '2026-10-01T09:05:00.000Z', answers: [six(2), six(3), six(3), six(3)] });
  const draft = { ...theirs, id: 'cto-draft', label: '2027-Q1', sealedAt: undefined };
  const backupOf = (...rounds: ReturnType<typeof sealedRound>[]) => {
    const parsed = parseBackup(serializeBackup(buildBackup({ rounds, docs: [], now: new Date() })));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.value;
  };

  it("the other leader's sealed round comes as theirs (received), their unsealed draft stays out: this laptop stays the CEO's, so a file can never confirm in the CEO's name", () => {
    const plan = planRestore({ rounds: [mine], settings: {}, docIds: [] }, backupOf(theirs, draft), 'merge');
    // Never checked against a seal here (review r23): marked so no screen calls it verified.
    expect(plan.rounds.add).toEqual([{ ...theirs, receivedFrom: 'file', unverified: true }]);
    expect(plan.rounds.keptOut).toEqual([{ round: draft, reason: 'other-leader' }]);
    expect(laptopLeader([mine, ...plan.rounds.add])?.role).toBe('ceo');
  });

  it('the same file merged again adds nothing and leaves nothing out: the round received the first time is that round', () => {
    const first = planRestore({ rounds: [mine], settings: {}, docIds: [] }, backupOf(theirs), 'merge');
    const again = planRestore({ rounds: [mine, ...first.rounds.add], settings: {}, docIds: [] }, backupOf(theirs), 'merge');
    expect(again.rounds.add).toEqual([]);
    expect(again.rounds.keptOut).toEqual([]);
    expect(again.rounds.keep.sort()).toEqual(['ceo-round', 'cto-round']);
  });

  it("still adds this leader's own rounds, and received copies marked unverified; a laptop with no round yet, shared by both or taken in turns, and Replace, take everything as it is", () => {
    const byId = <T extends { id: string }>(rs: readonly T[]) => [...rs].sort((a, b) => a.id.localeCompare(b.id));
    const older = { ...mine, id: 'ceo-q3', label: '2026-Q3' };
    const received = { ...theirs, id: 'partner-abc', receivedFrom: 'peer' as const };
    expect(byId(planRestore({ rounds: [mine], settings: {}, docIds: [] }, backupOf(older, received), 'merge').rounds.add)).toEqual(byId([older, { ...received, unverified: true as const }]));
    const asIs = (current: Parameters<typeof planRestore>[0], mode: 'merge' | 'replace' = 'merge') => byId(planRestore(current, backupOf(theirs, draft), mode).rounds.add);
    const both = byId([theirs, draft]);
    expect(asIs({ rounds: [], settings: {}, docIds: [] })).toEqual(both);
    expect(asIs({ rounds: [mine, { ...theirs, id: 'cto-here' }], settings: {}, docIds: [] })).toEqual(both);
    // The pair takes turns here and the CTO's turn has not come yet (this laptop's own setting).
    expect(asIs({ rounds: [mine], settings: { [TAKE_TURNS_PAIR_SETTING]: JSON.stringify({ ceoRoundId: 'ceo-round' }) }, docIds: [] })).toEqual(both);
    expect(asIs({ rounds: [mine], settings: {}, docIds: [] }, 'replace')).toEqual(both);
  });

  it('partner rounds a Merge adds were never checked here (review r23): marked unverified, whatever the file says; the same file merged again stays a no-op', () => {
    const received = { ...theirs, id: 'partner-abc', receivedFrom: 'peer' as const, pairedWith: 'ceo-round' };
    const first = planRestore({ rounds: [mine], settings: {}, docIds: [] }, backupOf(received), 'merge');
    expect(first.rounds.add).toEqual([{ ...received, unverified: true }]);
    const again = planRestore({ rounds: [mine, ...first.rounds.add], settings: {}, docIds: [] }, backupOf(received), 'merge');
    expect(again.rounds.add).toEqual([]);
    expect(again.rounds.keptOut).toEqual([]);
    // A copy of a round verified here, in my own backup: the same round, left as it is.
    const mineAgain = planRestore({ rounds: [mine, received], settings: {}, docIds: [] }, backupOf({ ...received, unverified: true }), 'merge');
    expect(mineAgain.rounds.add).toEqual([]);
    expect(mineAgain.rounds.keptOut).toEqual([]);
  });
});
