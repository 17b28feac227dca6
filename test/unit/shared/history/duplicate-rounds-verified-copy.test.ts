// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { duplicateReceivedRounds } from '../../../../shared/history/duplicate-rounds';
import { pairRoundsByPeriod } from '../../../../shared/history/periods';
import { sealedRound, six } from './fixtures';

/*
 * Review r25 (honest pair). Alex Merges her own backup onto a new laptop: Blake's Q4 round (kept
 * live, id partner-<live commitment>) comes back marked unverified. To have it verified here again,
 * Blake hands her a sealed file of the same round: keepPartnerRound now keeps the checked copy
 * beside the unverified one (keptBefore ignores unverified copies), under partner-<file commitment>.
 * History flags one of the two as "Same sealed content as copy …" next to a Delete… button, picking
 * the original by id order only, so it could be the VERIFIED copy that read as the duplicate, and
 * tidying it away left only the unverified one (plan cover: "Not verified …"). The verified copy is
 * now the original.
 */
const mine = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const theirs = sealedRound({ id: 'x', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(1), six(1), six(1), six(1)], receivedFrom: 'peer' });
const fromBackup = { ...theirs, id: 'partner-1a2b3c', pairedWith: 'q4-ceo', unverified: true as const };
const checked = { ...theirs, id: 'partner-f9e8d7', receivedFrom: 'file' as const, pairedWith: 'q4-ceo' };

describe('two copies of the partner’s round, one verified here, one from a backup', () => {
  it('History charts the verified one', () => {
    expect(pairRoundsByPeriod([mine, fromBackup, checked])[0].cto?.id).toBe('partner-f9e8d7');
  });
  it('the duplicate badge (next to Delete…) falls on the unverified copy, never the verified one', () => {
    const dup = duplicateReceivedRounds([mine, fromBackup, checked]);
    expect(dup.has('partner-f9e8d7')).toBe(false);
    expect(dup.get('partner-1a2b3c')).toBe('partner-f9e8d7');
  });
});
