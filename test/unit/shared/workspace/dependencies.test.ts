import { describe, expect, it } from 'vitest';
import {
  addDependency,
  checkDependencyMap,
  countByStatus,
  createDependency,
  MAX_DEPENDENCIES,
  redSummary,
  removeDependency,
  setDependencyStatus,
} from '../../../../shared/workspace/dependencies';
import type { DependencyMap } from '../../../../shared/workspace/types';

const map: DependencyMap = {
  roadmapItem: 'Enterprise tier',
  dependencies: [
    createDependency({ id: 'd1', name: 'Auth SSO', status: 'red', owner: 'Ana', note: 'vendor contract unsigned' }),
    createDependency({ id: 'd2', name: 'Billing rules', status: 'yellow', owner: 'Bo' }),
    createDependency({ id: 'd3', name: 'Data model', status: 'red', owner: '' }),
    createDependency({ id: 'd4', name: 'Audit log', status: 'green' }),
  ],
};

describe('redSummary', () => {
  it('lists red items with owner and note, then the yellow count', () => {
    expect(redSummary(map)).toBe(
      'Enterprise tier: 2 of 4 dependencies red: Auth SSO (owner: Ana) – vendor contract unsigned; Data model (no owner). 1 yellow.',
    );
  });

  it('says when nothing is red or nothing is mapped', () => {
    const calm = setDependencyStatus(setDependencyStatus(map, 'd1', 'green'), 'd3', 'green');
    expect(redSummary(calm)).toBe('Enterprise tier: none of 4 dependencies is red. 1 yellow.');
    expect(redSummary({ roadmapItem: '', dependencies: [] })).toBe('No dependencies mapped yet for the roadmap item.');
  });
});

describe('limits and checks', () => {
  it('enforces at most ten dependencies', () => {
    let m: DependencyMap = { roadmapItem: 'X', dependencies: [] };
    for (let i = 0; i < MAX_DEPENDENCIES; i++) {
      const r = addDependency(m, createDependency({ id: `d${i}`, name: `D${i}` }));
      expect(r.ok).toBe(true);
      if (r.ok) m = r.value;
    }
    expect(m.dependencies).toHaveLength(10);
    const over = addDependency(m, createDependency({ id: 'd10', name: 'Eleventh' }));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.errors[0]).toContain('Eleventh');
    expect(checkDependencyMap({ ...m, dependencies: [...m.dependencies, createDependency({ id: 'z', name: 'Z' })] })).toEqual([
      'dependencies: 11 listed; keep the top 10.',
    ]);
  });

  it('flags non-green items without an owner and a missing roadmap item', () => {
    expect(checkDependencyMap({ ...map, roadmapItem: '' })).toEqual([
      'roadmapItem: name the roadmap item these dependencies belong to.',
      '"Data model": red but has no owner.',
    ]);
  });

  it('counts and removes', () => {
    expect(countByStatus(map)).toEqual({ green: 1, yellow: 1, red: 2 });
    expect(removeDependency(map, 'd1').dependencies.map((d) => d.id)).toEqual(['d2', 'd3', 'd4']);
  });
});
