import { describe, expect, it } from 'vitest';
import { FRAMEWORK, allStatements } from '../../../../shared/framework/content';
import { GUIDE_CONTENT_VERSION, STATEMENT_GUIDES, statementFix, statementGuide } from '../../../../shared/framework/conversation';

describe('conversation guides', () => {
  it('belong to content version 2 while statement meaning stays version 1', () => {
    expect(FRAMEWORK.contentVersion).toBe(2);
    expect(GUIDE_CONTENT_VERSION).toBe(2);
    expect(FRAMEWORK.version).toBe(1);
  });

  it('give every statement a why, a source, one or two questions and a fix of several steps', () => {
    for (const s of allStatements()) {
      const g = statementGuide(s.id);
      expect(g, s.id).toBeDefined();
      expect(g!.why.length, s.id).toBeGreaterThan(80);
      expect(g!.source, s.id).toMatch(/^Framework guide, /);
      expect(g!.questions.length, s.id).toBeGreaterThanOrEqual(1);
      expect(g!.questions.length, s.id).toBeLessThanOrEqual(2);
      for (const q of g!.questions) expect(q, s.id).toMatch(/\?$/);
      expect(statementFix(s.id).length, s.id).toBeGreaterThanOrEqual(3);
    }
    expect(Object.keys(STATEMENT_GUIDES).sort()).toEqual(allStatements().map((s) => s.id).sort());
  });

  it('does not repeat a why or a fix between statements', () => {
    const whys = allStatements().map((s) => statementGuide(s.id)!.why);
    const fixes = allStatements().map((s) => statementFix(s.id).join('\n'));
    expect(new Set(whys).size).toBe(24);
    expect(new Set(fixes).size).toBe(24);
  });

  it('draws on the guide’s own material where the issue says it should', () => {
    expect(statementGuide('db-2')!.why).toContain('decision snacking');
    expect(statementGuide('db-1')!.why).toContain('2 to 6 weeks');
    expect(statementGuide('sa-1')!.why).toContain('60-day');
    expect(statementGuide('cq-6')!.why).toContain('absorbs the risk');
  });

  it('returns nothing for an unknown statement', () => {
    expect(statementGuide('zz-1')).toBeUndefined();
    expect(statementFix('zz-1')).toEqual([]);
  });
});

describe('warning signs point at statements', () => {
  it('each sign names at least one statement of the framework', () => {
    const ids = new Set(allStatements().map((s) => s.id));
    for (const w of FRAMEWORK.warningSigns) {
      expect(w.statementIds.length, w.id).toBeGreaterThan(0);
      for (const id of w.statementIds) expect(ids.has(id), `${w.id} → ${id}`).toBe(true);
    }
  });
});
