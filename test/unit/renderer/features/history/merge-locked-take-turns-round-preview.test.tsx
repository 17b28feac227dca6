import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../../shared/backup/format';
import { planRestore, TAKE_TURNS_PAIR_SETTING } from '../../../../../shared/backup/plan';
import { privateLeftOutText } from '../../../../../renderer/features/history/restore-preview';
import { PlanSummary } from '../../../../../renderer/features/history/RestorePlanSummary';
import type { Round } from '../../../../../shared/assessment/types';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Review r25. A Merge leaves out Blake's unsealed round that the backup's take-turns pair locks (the
 * pair is never merged, so it would arrive open): the preview says so in plain words, and that
 * Replace brings it back still locked.
 */
const alex = sealedRound({ id: 'tt-ceo', role: 'ceo', label: '2026-Q2', sealedAt: '2026-04-10T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const blake: Round = sealedRound({ id: 'tt-cto', role: 'cto', label: '2026-Q2', answers: [six(1), six(2), six(3), six(1)] }); // no sealedAt: not sealed
const pair = { ceoRoundId: 'tt-ceo', ctoRoundId: 'tt-cto', locks: { 'tt-cto': { salt: 'aa'.repeat(16), hash: 'bb'.repeat(32) } } };
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function backup(pairSetting: string): Backup {
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [alex, blake], settings: { [TAKE_TURNS_PAIR_SETTING]: pairSetting }, docs: [], now: new Date('2026-04-11T00:00:00Z') })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}
const emptyLaptop = { rounds: [], settings: {}, docIds: [] };

describe('the restore preview of a Merge that leaves out a locked take-turns round', () => {
  it('names the round, says it is left out as its lock is not merged, and that Replace keeps it locked', () => {
    const said = privateLeftOutText('locked', 'CTO');
    expect(said).toBe(
      'the CTO’s private round, not sealed and locked with their passphrase: it is left out, as its lock is not merged — added without it, whoever uses this laptop could read and change it. If this is your own backup (onto a new laptop, say), restore it with Replace: the round comes back still locked.',
    );
    const shown = text(renderToStaticMarkup(<PlanSummary plan={planRestore(emptyLaptop, backup(JSON.stringify(pair)), 'merge')} />));
    expect(shown).toContain('Rounds: 1 added · 0 kept · 1 left out (each with why, below)');
    expect(shown).toContain(`2026-Q2 · CTO Blake Moreau : ${said}`);
    expect(shown).not.toMatch(/CTO Blake Moreau · not sealed/); // not among the rounds written
  });

  it('an unreadable pair: says the round is left out as the pair could not be read, without offering Replace', () => {
    const said = privateLeftOutText('pair-unreadable', 'CTO');
    expect(said).toBe(
      'the CTO’s round, not sealed: it is left out, as the backup’s take-turns pair could not be read and may lock it — added, whoever uses this laptop could read and change it.',
    );
    expect(text(renderToStaticMarkup(<PlanSummary plan={planRestore(emptyLaptop, backup('{not json'), 'merge')} />))).toContain(said);
  });

  it('Replace names the round among those written, and leaves nothing out', () => {
    const shown = text(renderToStaticMarkup(<PlanSummary plan={planRestore(emptyLaptop, backup(JSON.stringify(pair)), 'replace')} />));
    expect(shown).toMatch(/2026-Q2 · CTO Blake Moreau · not sealed/);
    expect(shown).not.toContain('lock is not merged');
  });
});
