import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildBackup } from '../../../../../shared/backup/format';
import { planRestore } from '../../../../../shared/backup/plan';
import { choicesLeftOutText, roundLines, settingLines } from '../../../../../renderer/features/history/restore-preview';
import { pinKey } from '../../../../../shared/assessment/pins';
import { PlanSummary } from '../../../../../renderer/features/history/RestorePlanSummary';
import { day } from '../../../../../renderer/features/history/history-format';
import { sealedRound, six } from '../../../shared/history/fixtures';

/* The restore preview names each round it would write and whose the file says it is (review r11). */

const RLO = '\u202E';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function plans() {
  const here = sealedRound({ id: 'q3-ceo', role: 'ceo', label: '2026-Q3 quarterly reset', sealedAt: '2026-07-01T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)] });
  const planted = { ...sealedRound({ id: 'fake', role: 'ceo', label: `Q4 ${RLO}teser`, sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(5), six(5), six(5), six(5)] }), personName: `Alex ${RLO}miK` };
  const partner = sealedRound({ id: 'q3-cto', role: 'cto', label: '2026-Q3 quarterly reset', sealedAt: '2026-07-02T09:00:00.000Z', answers: [six(2), six(3), six(1), six(3)], receivedFrom: 'peer' });
  const backup = buildBackup({ rounds: [here, planted, partner], settings: { [`x${RLO}y`]: '1', 'compare.session': '{}' }, docs: [], now: '2026-11-27T09:00:00.000Z' });
  const current = { rounds: [here], settings: {}, docIds: [] };
  return { merge: planRestore(current, backup, 'merge'), replace: planRestore(current, backup, 'replace') };
}

describe('the restore preview', () => {
  it('lists every round a Merge would add: label, role, name, sealed date and whose the file says it is, with no bidi override', () => {
    const lines = roundLines(plans().merge);
    expect(lines.map((l) => l.id)).toEqual(['q3-cto', 'fake']);
    expect(lines[0]).toMatchObject({ role: 'CTO', personName: 'Blake Moreau', label: '2026-Q3 quarterly reset', partner: true, replaces: false, sealed: `sealed ${day('2026-07-02T09:00:00.000Z')}` });
    expect(lines[0].text).toBe(`2026-Q3 quarterly reset · CTO Blake Moreau · sealed ${day('2026-07-02T09:00:00.000Z')} · marked as your partner’s round`);
    expect(lines[1]).toMatchObject({ role: 'CEO', personName: 'Alex miK', label: 'Q4 teser', partner: false });
    expect(lines[1].text).toBe(`Q4 teser · CEO Alex miK · sealed ${day('2026-11-20T09:00:00.000Z')} · marked as this laptop’s own round`);
    expect(JSON.stringify(lines)).not.toContain(RLO);
  });

  it('Replace also names the rounds written over the copy here', () => {
    expect(roundLines(plans().replace).map((l) => [l.id, l.replaces])).toEqual([
      ['q3-cto', false],
      ['fake', false],
      ['q3-ceo', true],
    ]);
  });

  it('the summary renders the rounds and added settings, and no override reaches it', () => {
    const { merge } = plans();
    expect(settingLines(merge)).toEqual({ added: ['xy'], ignored: ['compare.session'] });
    const html = renderToStaticMarkup(<PlanSummary plan={merge} />);
    expect(html).not.toContain(RLO);
    const shown = text(html);
    expect(shown).toContain('Q4 teser · CEO Alex miK ·');
    expect(shown).toContain('marked as this laptop’s own round');
    expect(shown).toContain('marked as your partner’s round');
    expect(shown).toMatch(/added: xy/);
    expect(shown).toMatch(/A live comparison in the backup is not restored/);
  });
});

describe('the restore preview of a Merge of the other leader’s own rounds (review r17, r18)', () => {
  it('names their sealed round as the partner’s, and says why their unsealed one stays out and how to share it', () => {
    const here = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
    const theirs = sealedRound({ id: 'q4-cto', role: 'cto', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:05:00.000Z', answers: [six(2), six(3), six(3), six(3)] });
    const draft = { ...theirs, id: 'q1-cto', label: '2027-Q1 quarterly reset', sealedAt: undefined };
    const plan = planRestore({ rounds: [here], settings: {}, docIds: [] }, buildBackup({ rounds: [theirs, draft], docs: [], now: '2026-11-27T09:00:00.000Z' }), 'merge');
    const out = text(renderToStaticMarkup(<PlanSummary plan={plan} />));
    expect(out).toContain('Rounds: 1 added · 1 kept · 1 left out (each with why, below)');
    expect(out).toMatch(/2026-Q4 quarterly reset · CTO Blake Moreau · sealed [^·]+ · marked as your partner’s round/);
    expect(out).toContain(
      '2027-Q1 quarterly reset · CTO Blake Moreau : the CTO’s own round, not sealed, from another laptop — this laptop is the other leader’s, so it stays out (it would count as answered here); once sealed, share it by a sealed file or a live comparison',
    );
  });
});

describe('the restore preview of a Merge of a file carrying this laptop’s own choices (review r23)', () => {
  it('says in plain words that the chosen gaps and the take-turns pair are not merged, before and after', () => {
    const ceo = { sealedAt: '2026-11-20T09:00:00.000Z' };
    const settings = { [pinKey(ceo, { sealedAt: '2026-11-20T09:05:00.000Z' })]: '["cr-4"]', [pinKey(ceo, { sealedAt: '2026-11-21T09:05:00.000Z' })]: '["cr-5"]', 'local.pair': '{}', 'compare.session': '{}' };
    const backup = buildBackup({ rounds: [], settings, docs: [], now: '2026-11-27T09:00:00.000Z' });
    const plan = planRestore({ rounds: [], settings: {}, docIds: [] }, backup, 'merge');
    const out = text(renderToStaticMarkup(<PlanSummary plan={plan} />));
    expect(out).toContain('Settings: 0 added');
    expect(out).toContain('A live comparison in the backup is not restored (1 session setting)');
    expect(out).toContain('The backup’s take-turns pair is not merged');
    expect(out).toContain(
      'The gaps the backup says were chosen to work on (for 2 comparisons) are not merged, and none are chosen on this laptop. If this is your own backup (onto a new laptop, say), restore it with Replace to keep them. Gaps your partner pinned show in the plan as their proposal, to take or leave.',
    );
    expect(choicesLeftOutText(plan)).toBe(
      ' Not merged, as choices made on this laptop stay its own: the gaps it says were chosen to work on and its take-turns pair. If this is your own backup (onto a new laptop, say), restore it with Replace to keep them.',
    );
    // Replace restores them: nothing to name.
    expect(choicesLeftOutText(planRestore({ rounds: [], settings: {}, docIds: [] }, backup, 'replace'))).toBe('');
  });
});
