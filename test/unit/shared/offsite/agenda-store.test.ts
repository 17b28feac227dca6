// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAgenda, retime } from '../../../../shared/offsite/agenda';
import { agendaEntries, parseMinutes, parseStoredAgenda, sameTopics, type StoredAgenda } from '../../../../shared/offsite/agenda-store';

const agenda: StoredAgenda = {
  blocks: buildAgenda({ gaps: [{ statementId: 'db-2', title: 'Who owns dates' }], warnings: [] }),
  sourceComparison: 'gap-pins:2026-11-01T09:00:00.000Z|2026-11-01T10:00:00.000Z',
  startedOn: '2026-12-03',
  startTime: '09:30',
};

describe('minutes as typed in the agenda', () => {
  it('accepts whole minutes from 1 to 240', () => {
    expect(parseMinutes('1', 'Close')).toEqual({ ok: true, minutes: 1 });
    expect(parseMinutes(' 240 ', 'Close')).toEqual({ ok: true, minutes: 240 });
  });

  it.each(['0', '241', '', '12.5', '-3', '1e2', 'abc'])('refuses %j with a message naming the block and the range', (text) => {
    const r = parseMinutes(text, 'Gap 1: Who owns dates');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^“Gap 1: Who owns dates” (is empty|is “.*”): enter whole minutes from 1 to 240\.$/);
  });
});

describe('the agenda as the shared workspace stores it', () => {
  it('reads back what was written', () => {
    expect(parseStoredAgenda(agendaEntries(agenda))).toEqual({ ok: true, value: agenda });
  });

  it('nothing stored yet is not an error', () => {
    expect(parseStoredAgenda({})).toBeUndefined();
  });

  it('a partner’s bad values are refused, each with where and what', () => {
    const blocks = [{ ...agenda.blocks[0], minutes: 0 }, { id: 'x y', kind: 'party', title: '', minutes: 10 }, agenda.blocks[0]];
    const r = parseStoredAgenda({ blocks: JSON.stringify(blocks), sourceComparison: 7, startedOn: '2026-02-30', startTime: '25:00' });
    expect(r?.ok).toBe(false);
    const errors = r && !r.ok ? r.errors : [];
    expect(errors).toEqual(
      expect.arrayContaining([
        'agenda.blocks[0].minutes: expected whole minutes from 1 to 240, got 0',
        expect.stringMatching(/^agenda\.blocks\[1\]\.id: /),
        expect.stringMatching(/^agenda\.blocks\[1\]\.kind: expected one of warm-up, gap/),
        expect.stringMatching(/^agenda\.blocks\[1\]\.title: /),
        'agenda.sourceComparison: expected text, got 7',
        expect.stringMatching(/^agenda\.startedOn: expected a YYYY-MM-DD date/),
        expect.stringMatching(/^agenda\.startTime: expected HH:MM/),
      ]),
    );
  });

  it('refuses blocks that are not JSON, an empty list and duplicated ids', () => {
    const base = agendaEntries(agenda);
    const errorsOf = (blocks: string) => {
      const r = parseStoredAgenda({ ...base, blocks });
      return r && !r.ok ? r.errors : [];
    };
    expect(errorsOf('{')).toEqual(['agenda.blocks: not valid JSON']);
    expect(errorsOf('[]')[0]).toMatch(/expected 1–24 blocks/);
    expect(errorsOf(JSON.stringify([agenda.blocks[0], agenda.blocks[0]]))).toEqual(['agenda.blocks: two blocks share an id']);
  });

  it.each(['constructor', '__proto__', 'toString', 'zz-9'])('refuses a gap block about %j, which is no statement of the diagnostic', (statementId) => {
    const blocks = [{ id: 'b1', kind: 'gap', title: 'x', minutes: 20, statementId }];
    const r = parseStoredAgenda({ ...agendaEntries(agenda), blocks: JSON.stringify(blocks) });
    expect(r && !r.ok && r.errors).toEqual([expect.stringMatching(/^agenda\.blocks\[0\]\.statementId: expected a statement of the diagnostic/)]);
  });

  it('refuses a gap block that names no statement', () => {
    const r = parseStoredAgenda({ ...agendaEntries(agenda), blocks: JSON.stringify([{ id: 'b1', kind: 'gap', title: 'x', minutes: 20 }]) });
    expect(r && !r.ok && r.errors).toEqual(['agenda.blocks[0].statementId: a gap block names its statement']);
  });
});

describe('whether a stored agenda still follows the pinned gaps', () => {
  it('changed minutes are the same topics; another gap, or a warning-sign block appearing, is not', () => {
    const again = buildAgenda({ gaps: [{ statementId: 'db-2', title: 'Renamed' }], warnings: [] });
    expect(sameTopics(agenda.blocks, retime(again, 'gap-db-2', 40))).toBe(true);
    expect(sameTopics(agenda.blocks, buildAgenda({ gaps: [{ statementId: 'sa-1', title: 'x' }], warnings: [] }))).toBe(false);
    const sign = { warningId: 'ws-overrides', title: 't', ceo: 'never' as const, cto: 'often' as const, sharp: true };
    expect(sameTopics(agenda.blocks, buildAgenda({ gaps: [{ statementId: 'db-2', title: 'x' }], warnings: [sign] }))).toBe(false);
  });
});
