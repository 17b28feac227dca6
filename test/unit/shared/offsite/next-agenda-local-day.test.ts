import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaGaps } from '../../../../shared/offsite/next-agenda';
import { baselineCeo, baselineCto, rescoreCeo, rescoreCto } from './day30-fixtures';

/** "widened since <day>": the day the baseline comparison completed, on the leaders' calendar. */
describe('the next agenda, dated in the leaders\' time zone', () => {
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('names the local day of a comparison completed at 22:00', () => {
    const completedAt = new Date(2026, 9, 2, 22, 0).toISOString(); // 02:00 UTC on the 3rd
    const gaps = agendaGaps({ ceo: rescoreCeo, cto: rescoreCto }, [], { ceo: baselineCeo, cto: baselineCto, completedAt });
    expect(gaps[0].title).toMatch(/since 2026-10-02\)$/);
  });
});
