// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAgenda, retime, schedule, totalMinutes, warningDisagreements, MAX_BLOCK_MINUTES } from '../../../../shared/offsite/agenda';
import { FRAMEWORK } from '../../../../shared/framework/content';

const [w1, w2, w3] = FRAMEWORK.warningSigns.map((w) => w.id);

describe('the offsite agenda', () => {
  it('warm-up, one 15-minute block per pinned gap in pin order, warning signs, artifacts, owners, close', () => {
    const gaps = [
      { statementId: 'db-3', title: 'Shared risk budget' },
      { statementId: 'sa-1', title: 'CTO in strategy early' },
      { statementId: 'cr-2', title: 'Debate limit' },
    ];
    const warnings = warningDisagreements({ [w1]: 'often', [w2]: 'sometimes' }, { [w1]: 'never', [w2]: 'sometimes' });
    const agenda = buildAgenda({ gaps, warnings });
    expect(agenda.map((b) => b.kind)).toEqual(['warm-up', 'gap', 'gap', 'gap', 'warning-signs', 'artifacts', 'owners', 'close']);
    expect(agenda.filter((b) => b.kind === 'gap').map((b) => [b.statementId, b.minutes])).toEqual([
      ['db-3', 15],
      ['sa-1', 15],
      ['cr-2', 15],
    ]);
    expect(agenda[1].title).toBe('Gap 1: Shared risk budget');
    expect(agenda[4].title).toMatch(/\(1\)/);
    expect(totalMinutes(agenda)).toBe(10 + 45 + 10 + 20 + 10 + 5);
  });

  it('no warning-sign block when the two answered every sign alike', () => {
    const agenda = buildAgenda({ gaps: [{ statementId: 'db-1', title: 'x' }], warnings: warningDisagreements({ [w1]: 'often' }, { [w1]: 'often' }) });
    expect(agenda.some((b) => b.kind === 'warning-signs')).toBe(false);
  });

  it('warning-sign disagreements: often vs never is sharp and comes first; unanswered signs are not disagreements', () => {
    const d = warningDisagreements({ [w1]: 'sometimes', [w2]: 'never', [w3]: 'often' }, { [w1]: 'often', [w2]: 'often' });
    expect(d.map((x) => [x.warningId, x.sharp])).toEqual([
      [w2, true],
      [w1, false],
    ]);
  });

  it('retime changes one block, in whole minutes within limits; the schedule follows', () => {
    const agenda = buildAgenda({ gaps: [{ statementId: 'db-1', title: 'x' }], warnings: [] });
    const longer = retime(agenda, 'gap-db-1', 25.4);
    expect(longer.find((b) => b.id === 'gap-db-1')!.minutes).toBe(25);
    expect(longer.find((b) => b.id === 'warm-up')!.minutes).toBe(10);
    expect(retime(agenda, 'gap-db-1', -5).find((b) => b.id === 'gap-db-1')!.minutes).toBe(1);
    expect(retime(agenda, 'gap-db-1', 1e9).find((b) => b.id === 'gap-db-1')!.minutes).toBe(MAX_BLOCK_MINUTES);
    expect(retime(agenda, 'gap-db-1', Number.NaN).find((b) => b.id === 'gap-db-1')!.minutes).toBe(1);
    expect(schedule(longer).map((r) => r.startsAfter)).toEqual([0, 10, 35, 55, 65]);
  });
});

import { agendaMarkdown, clockAfter } from '../../../../shared/offsite/agenda-markdown';

describe('the agenda as Markdown', () => {
  it('lists every block with its start time, and the total', () => {
    const agenda = buildAgenda({ gaps: [{ statementId: 'db-1', title: 'Who owns delivery dates' }], warnings: [] });
    const md = agendaMarkdown(agenda, { title: 'Offsite', date: '2026-12-01', start: '09:00' });
    expect(md).toContain('2026-12-01, 09:00–10:00 (60 minutes)');
    expect(md).toContain('- **09:10** Gap 1: Who owns delivery dates — 15 min');
    expect(md.split('\n').filter((l) => l.startsWith('- ')).length).toBe(agenda.length);
    expect(clockAfter('23:50', 20)).toBe('00:10');
  });
});
