import { describe, it, expect } from 'vitest';
import {
  FRAMEWORK,
  allStatements,
  areaById,
  frameworkByVersion,
  statementById,
  warningSignById,
} from '../../../../shared/framework/content';
import { LIKERT_LABELS, answerLabel, ROLE_LABELS, ROUND_KIND_LABELS } from '../../../../shared/framework/labels';

describe('FRAMEWORK content', () => {
  it('is version 1 with the four areas in guide order', () => {
    expect(FRAMEWORK.version).toBe(1);
    expect(FRAMEWORK.areas.map((a) => a.id)).toEqual([
      'decision-boundaries',
      'communication-quality',
      'strategic-alignment',
      'conflict-resolution',
    ]);
  });

  it('has six statements per area with prefixed sequential ids and matching areaId', () => {
    const prefixes = ['db', 'cq', 'sa', 'cr'];
    FRAMEWORK.areas.forEach((area, i) => {
      expect(area.statements.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${prefixes[i]}-${n}`));
      for (const s of area.statements) {
        expect(s.areaId).toBe(area.id);
        expect(s.text.length).toBeGreaterThan(20);
        expect(s.hint.length).toBeGreaterThan(10);
        expect(s.short.length).toBeGreaterThan(3);
        expect(s.short.length).toBeLessThanOrEqual(60);
        // First-person plural keeps both leaders answering the same statement.
        expect(s.text).toMatch(/\b(we|our|us)\b/i);
      }
    });
  });

  it('has unique statement ids and unique short labels', () => {
    const ids = allStatements().map((s) => s.id);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    expect(new Set(allStatements().map((s) => s.short)).size).toBe(24);
  });

  it('lists the six warning signs, each pointing at a real area', () => {
    expect(FRAMEWORK.warningSigns.map((w) => w.id)).toEqual([
      'ws-overrides',
      'ws-priority-drift',
      'ws-late-strategy',
      'ws-no-risk-budget',
      'ws-tech-metrics-only',
      'ws-avoided-disagreement',
    ]);
    for (const w of FRAMEWORK.warningSigns) {
      expect(areaById(w.areaId)).toBeDefined();
      expect(w.title).not.toBe('');
      expect(w.description).not.toBe('');
    }
  });

  it('looks things up by id and returns undefined for unknown ids', () => {
    expect(statementById('cq-3')?.areaId).toBe('communication-quality');
    expect(statementById('zz-1')).toBeUndefined();
    expect(areaById('conflict-resolution')?.statements).toHaveLength(6);
    expect(areaById('nope')).toBeUndefined();
    expect(warningSignById('ws-overrides')?.areaId).toBe('decision-boundaries');
    expect(frameworkByVersion(1)).toBe(FRAMEWORK);
    expect(frameworkByVersion(2)).toBeUndefined();
  });

  it('allStatements follows area order then statement order', () => {
    const ids = allStatements().map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['db-1', 'db-2']);
    expect(ids[6]).toBe('cq-1');
    expect(ids[23]).toBe('cr-6');
  });
});

describe('labels', () => {
  it('labels the answer scale and roles', () => {
    expect(LIKERT_LABELS[1]).toBe('Strongly disagree');
    expect(LIKERT_LABELS[5]).toBe('Strongly agree');
    expect(answerLabel('dont-know')).toBe("Don't know");
    expect(answerLabel(null)).toBe('Not answered');
    expect(ROLE_LABELS).toEqual({ ceo: 'CEO', cto: 'CTO' });
    expect(Object.keys(ROUND_KIND_LABELS).sort()).toEqual(['quarterly-reset', 'repair']);
  });
});
