import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../../../shared/backup/format';
import { planRestore, TAKE_TURNS_PAIR_SETTING, type CurrentData } from '../../../../../shared/backup/plan';
import { pinKey } from '../../../../../shared/assessment/pins';
import { choicesLeftOutText, pairLeftOutText, pinsLeftOutText, settingsLeftOut, unverifiedAddedText } from '../../../../../renderer/features/history/restore-preview';
import { PlanSummary } from '../../../../../renderer/features/history/RestorePlanSummary';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Review r24. One's own backup onto a new (empty) laptop with the panel's first button, "Merge into
 * this laptop": the gap pins are dropped (Merge never takes this laptop's own choices), yet the
 * preview and the done message said "this laptop keeps the ones chosen here" — there are none here —
 * and never that Replace keeps them; nor that the partner rounds a Merge adds are "not verified".
 */
const ceo = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const cto = sealedRound({ id: 'cto-q4', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(1), six(1), six(1), six(1)], receivedFrom: 'peer' });
const pins = pinKey(ceo, cto);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function myBackup(): Backup {
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [ceo, cto], settings: { [pins]: JSON.stringify(['cq-4']) }, docs: [], now: new Date('2026-11-21T00:00:00Z') })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

const emptyLaptop: CurrentData = { rounds: [], settings: {}, docIds: [] };

describe('Merge of my own backup onto a laptop', () => {
  it('with no gaps chosen here: says they are not merged, none are here, and Replace keeps them', () => {
    const plan = planRestore(emptyLaptop, myBackup(), 'merge');
    expect(plan.settings.ignored).toEqual([pins]);
    expect(settingsLeftOut(plan)).toMatchObject({ pins: 1, pinsHere: 0 });
    const said = pinsLeftOutText(1, 0);
    expect(said).toBe(
      'The gaps the backup says were chosen to work on (for one comparison) are not merged, and none are chosen on this laptop. If this is your own backup (onto a new laptop, say), restore it with Replace to keep them. Gaps your partner pinned show in the plan as their proposal, to take or leave.',
    );
    expect(said).not.toMatch(/keeps the ones chosen here/);
    expect(text(renderToStaticMarkup(<PlanSummary plan={plan} />))).toContain(said);
    expect(choicesLeftOutText(plan)).toMatch(/restore it with Replace to keep them\.$/);
  });

  it('with gaps chosen here for that comparison: says this laptop keeps those, and still names Replace', () => {
    const plan = planRestore({ ...emptyLaptop, settings: { [pins]: JSON.stringify(['cr-1']) } }, myBackup(), 'merge');
    expect(settingsLeftOut(plan)).toMatchObject({ pins: 1, pinsHere: 1 });
    expect(text(renderToStaticMarkup(<PlanSummary plan={plan} />))).toContain(
      'are not merged: this laptop keeps the ones chosen here. If this is your own backup (onto a new laptop, say), restore it with Replace to keep them.',
    );
  });

  it('says the partner rounds a Merge adds are marked “not verified”; Replace adds no such words', () => {
    const merge = planRestore(emptyLaptop, myBackup(), 'merge');
    expect(merge.rounds.add.find((r) => r.id === 'cto-q4')?.unverified).toBe(true);
    const said =
      'Your partner’s round this Merge adds is marked “not verified”: this laptop did not check it against a seal. If this is your own backup (onto a new laptop, say), Replace restores it as checked when the backup was made.';
    expect(unverifiedAddedText(merge)).toBe(said);
    expect(text(renderToStaticMarkup(<PlanSummary plan={merge} />))).toContain(said);
    expect(unverifiedAddedText(planRestore(emptyLaptop, buildBackup({ rounds: [ceo], docs: [], now: '2026-11-21T00:00:00Z' }), 'merge'))).toBe('');
    const replace = planRestore(emptyLaptop, myBackup(), 'replace');
    expect(unverifiedAddedText(replace)).toBe('');
    expect(text(renderToStaticMarkup(<PlanSummary plan={replace} />))).not.toContain('not verified');
    // What the Merge preview promises of Replace holds: the partner round comes back as the backup had it.
    const restored = [...replace.rounds.add, ...replace.rounds.overwrite].find((r) => r.id === 'cto-q4');
    expect(restored).toMatchObject({ id: 'cto-q4', receivedFrom: 'peer' });
    expect(restored!.unverified).toBeUndefined();
  });

  it('a take-turns pair in the backup: "keeps its own" only when this laptop has one, else Replace is named', () => {
    const withPair = (() => {
      const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [ceo], settings: { [TAKE_TURNS_PAIR_SETTING]: JSON.stringify({ on: true }) }, docs: [], now: new Date('2026-11-21T00:00:00Z') })));
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      return parsed.value;
    })();
    const none = planRestore(emptyLaptop, withPair, 'merge');
    expect(settingsLeftOut(none)).toMatchObject({ pair: true, pairHere: false });
    const noneSaid = text(renderToStaticMarkup(<PlanSummary plan={none} />));
    expect(noneSaid).toContain(pairLeftOutText(false));
    expect(noneSaid).toContain('this laptop has none');
    expect(noneSaid).not.toContain('keeps its own');
    const here = planRestore({ ...emptyLaptop, settings: { [TAKE_TURNS_PAIR_SETTING]: JSON.stringify({ on: true }) } }, withPair, 'merge');
    expect(settingsLeftOut(here)).toMatchObject({ pair: true, pairHere: true });
    expect(text(renderToStaticMarkup(<PlanSummary plan={here} />))).toContain('this laptop keeps its own');
  });
});
