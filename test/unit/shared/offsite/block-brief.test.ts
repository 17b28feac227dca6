// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAgenda, warningDisagreements } from '../../../../shared/offsite/agenda';
import { blockBrief } from '../../../../shared/offsite/block-brief';
import { statementGuide } from '../../../../shared/framework/conversation';
import { makeRound } from '../plan/fixtures';

/*
 * CEO: all 4, db-3 = 4 with a shared note, sa-1 = 5 with a private note, cq-1 note shared (not a gap).
 * CTO: all 4, db-3 = 2 (shared note), sa-1 = 1.
 * Signs: overrides (db-3, db-5) never vs often → sharp; late strategy (sa-1) sometimes vs sometimes → alike;
 * priority drift (sa-2, sa-6) never vs "don't know" → a disagreement, not sharp.
 */
const ceo = makeRound('ceo', { base: 4, overrides: { 'sa-1': 5 }, warnings: { 'ws-overrides': 'never', 'ws-late-strategy': 'sometimes', 'ws-priority-drift': 'never' } });
const cto = makeRound('cto', { base: 4, overrides: { 'db-3': 2, 'sa-1': 1 }, warnings: { 'ws-overrides': 'often', 'ws-late-strategy': 'sometimes' } });
cto.warnings['ws-priority-drift'] = 'dont-know';
ceo.answers['db-3'] = { value: 4, note: 'Slack reversals twice in October', noteInPlan: true };
ceo.answers['sa-1'] = { value: 5, note: 'I brief Sam every Monday' };
ceo.answers['cq-1'] = { value: 4, note: 'Board updates are fine', noteInPlan: true };
cto.answers['db-3'] = { value: 2, note: 'Architecture gets reopened in chat', noteInPlan: true };

const blocks = buildAgenda({
  gaps: [
    { statementId: 'db-3', title: 'Technical calls stay made' },
    { statementId: 'sa-1', title: 'CTO in strategy early' },
  ],
  warnings: warningDisagreements(ceo.warnings, cto.warnings),
});
const byKind = (kind: string, i = 0) => blocks.filter((b) => b.kind === kind)[i];

describe('what the facilitator view shows for a block', () => {
  it('a gap: the guide’s why and questions, both scores, its warning sign they see differently, the notes both chose to share', () => {
    const b = blockBrief(byKind('gap', 0), ceo, cto, blocks);
    expect(b.statement?.id).toBe('db-3');
    expect(b.why).toBe(statementGuide('db-3')!.why);
    expect(b.questions).toEqual(statementGuide('db-3')!.questions);
    expect(b.scores).toEqual({ ceo: 4, cto: 2 });
    expect(b.warnings.map((w) => [w.warningId, w.sharp])).toEqual([['ws-overrides', true]]);
    expect(b.notes.map((n) => [n.role, n.text])).toEqual([
      ['ceo', 'Slack reversals twice in October'],
      ['cto', 'Architecture gets reopened in chat'],
    ]);
  });

  it('a note its author did not mark for sharing never shows, and a sign they see alike is not listed', () => {
    const b = blockBrief(byKind('gap', 1), ceo, cto, blocks);
    expect(b.scores).toEqual({ ceo: 5, cto: 1 });
    expect(b.notes).toEqual([]);
    expect(b.warnings).toEqual([]);
  });

  it('the warning-signs block lists every sign they answered differently, sharpest first', () => {
    const b = blockBrief(byKind('warning-signs'), ceo, cto, blocks);
    expect(b.warnings.map((w) => w.warningId)).toEqual(['ws-overrides', 'ws-priority-drift']);
    expect(b.scores).toBeUndefined();
  });

  it('the warm-up shows shared notes on statements no gap block covers', () => {
    const b = blockBrief(byKind('warm-up'), ceo, cto, blocks);
    expect(b.notes.map((n) => n.statementId)).toEqual(['cq-1']);
  });

  it('the artifacts block names the artifact each gap points to', () => {
    const b = blockBrief(byKind('artifacts'), ceo, cto, blocks);
    expect(b.artifacts).toEqual([
      { title: 'Decision log', gaps: [expect.any(String)] },
      { title: 'Cadence', gaps: [expect.any(String)] },
    ]);
    expect(b.prompt).toMatch(/template is only a template/);
  });
});

describe('ids that are keys of every object', () => {
  it('a statement id such as "constructor" has no guide and no artifact, instead of the prototype', async () => {
    const { statementGuide, statementFix } = await import('../../../../shared/framework/conversation');
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(statementGuide(id)).toBeUndefined();
      expect(statementFix(id)).toEqual([]);
    }
  });
});
