import { describe, expect, it } from 'vitest';
import { checklistText, escalationForum, MAX_LISTED_ITEMS, MAX_NAMED_FORUMS } from '../../../../shared/plan/policy-cadence';
import type { Meeting } from '../../../../shared/workspace/types';

const meeting = (name: string, frequency: Meeting['frequency'], prereadChecklist: string[] = ['Customer impact']): Meeting => ({
  id: name,
  name,
  frequency,
  durationMinutes: 30,
  decisionTypes: [],
  prereadChecklist,
  firstDate: '2026-01-19',
  time: '09:00',
});

describe('the forum anything unlisted goes to', () => {
  it('is the weekly 1:1 when the cadence holds one, whatever its place', () => {
    expect(escalationForum([meeting('Monthly strategy review', 'monthly'), meeting('CEO/CTO one-on-one', 'weekly')])).toEqual({ name: 'CEO/CTO one-on-one', why: 'weekly-1on1' });
  });

  it('is otherwise the most frequent meeting (a monthly 1:1 is not the weekly 1:1)', () => {
    expect(escalationForum([meeting('Quarterly planning', 'quarterly'), meeting('Monthly 1:1', 'monthly'), meeting('Weekly staff', 'weekly')])).toEqual({
      name: 'Weekly staff',
      why: 'most-frequent',
    });
    expect(escalationForum([meeting('Quarterly planning', 'quarterly'), meeting('Monthly 1:1', 'monthly')])?.name).toBe('Monthly 1:1');
  });

  it('skips unnamed meetings, ranks one with no frequency last, and is none for an empty cadence', () => {
    expect(escalationForum([meeting('  ', 'weekly'), meeting('Board sync', ''), meeting('Quarterly planning', 'quarterly')])?.name).toBe('Quarterly planning');
    expect(escalationForum([meeting('The board sync', '')])?.name).toBe('board sync');
    expect(escalationForum([meeting(' ', 'weekly')])).toBeUndefined();
    expect(escalationForum([])).toBeUndefined();
  });
});

describe('what the checklists ask for', () => {
  it('names the one meeting that has a checklist', () => {
    expect(checklistText([meeting('The weekly sync', 'weekly', ['Options', 'Risk'])])).toBe('Your pre-read checklists ask, in the weekly sync, for: Options; Risk.');
  });

  it('stays short under a flood of meetings and items', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => meeting(`Meeting ${i}`, 'weekly', Array.from({ length: 50 }, (_, j) => `Item ${j}`)));
    const shared = checklistText(many);
    expect(shared).toContain(`Item ${MAX_LISTED_ITEMS - 1}; and ${(50 - MAX_LISTED_ITEMS).toLocaleString('en-US')} more items`);
    expect(shared).toContain(`Meeting ${MAX_NAMED_FORUMS - 1}, and 19,994 more meetings`);
    expect(shared.length).toBeLessThan(600);
    const distinct = many.map((m, i) => ({ ...m, prereadChecklist: [`Only ${i}`] }));
    const own = checklistText(distinct);
    expect(own).toContain('And 19,994 more meetings, in the cadence appendix.');
    expect(own.length).toBeLessThan(600);
  });
});
