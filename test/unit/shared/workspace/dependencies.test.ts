import { describe, expect, it } from 'vitest';
import {
  addDependency,
  checkDependencyMap,
  countByStatus,
  createDependency,
  isDependencyMapComplete,
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

// A status nobody chose is not "not red": "none of 3 dependencies is red" tells the board the map was rated and is clear.
describe('redSummary with dependencies nobody rated', () => {
  const unrated = (id: string) => createDependency({ id, name: id.toUpperCase() });

  it('says how many are not rated, and no "none is red", when none is rated', () => {
    const m: DependencyMap = { roadmapItem: 'Enterprise SSO', dependencies: [unrated('a'), unrated('b'), unrated('c')] };
    expect(redSummary(m)).toBe('Enterprise SSO: 3 of 3 dependencies not rated yet (green, yellow or red).');
  });

  it('says which part is rated and not red, and counts yellow', () => {
    const m: DependencyMap = { roadmapItem: 'X', dependencies: [unrated('a'), createDependency({ id: 'g', name: 'G', status: 'green' }), createDependency({ id: 'y', name: 'Y', status: 'yellow', owner: 'Bo' })] };
    expect(redSummary(m)).toBe('X: 1 of 3 dependencies not rated yet (green, yellow or red); none of the 2 rated is red. 1 yellow.');
    expect(redSummary({ ...m, dependencies: m.dependencies.slice(0, 2) })).toBe('X: 1 of 2 dependencies not rated yet (green, yellow or red); the one rated is not red.');
  });

  it('adds the unrated count after the red ones', () => {
    const m: DependencyMap = { ...map, dependencies: [...map.dependencies, unrated('e')] };
    expect(redSummary(m)).toBe(
      'Enterprise tier: 2 of 5 dependencies red: Auth SSO (owner: Ana) – vendor contract unsigned; Data model (no owner). 1 yellow. 1 not rated yet.',
    );
  });
});

describe('a dependency just added', () => {
  it('has no status until someone rates it (not green), and the check asks for one', () => {
    const d = createDependency({ id: 'd1', name: 'IdP contract' });
    expect(d.status).toBe('');
    expect(checkDependencyMap({ roadmapItem: 'SSO', dependencies: [d] })).toEqual(['"IdP contract": status not set; choose green, yellow or red.']);
    expect(isDependencyMapComplete({ roadmapItem: 'SSO', dependencies: [d] })).toBe(false);
    expect(isDependencyMapComplete({ roadmapItem: 'SSO', dependencies: [{ ...d, status: 'green' }] })).toBe(true);
    expect(isDependencyMapComplete({ roadmapItem: 'SSO', dependencies: [] })).toBe(false);
  });
});

describe('limits and checks', () => {
  it('enforces at most ten dependencies', () => {
    let m: DependencyMap = { roadmapItem: 'X', dependencies: [] };
    for (let i = 0; i < MAX_DEPENDENCIES; i++) {
      const r = addDependency(m, createDependency({ id: `d${i}`, name: `D${i}`, status: 'green' }));
      expect(r.ok).toBe(true);
      if (r.ok) m = r.value;
    }
    expect(m.dependencies).toHaveLength(10);
    const over = addDependency(m, createDependency({ id: 'd10', name: 'Eleventh' }));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.errors[0]).toContain('Eleventh');
    expect(checkDependencyMap({ ...m, dependencies: [...m.dependencies, createDependency({ id: 'z', name: 'Z', status: 'green' })] })).toEqual([
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
    expect(countByStatus(map)).toEqual({ green: 1, yellow: 1, red: 2, unset: 0 });
    expect(countByStatus({ ...map, dependencies: [...map.dependencies, createDependency({ id: 'd5', name: 'New' })] }).unset).toBe(1);
    expect(removeDependency(map, 'd1').dependencies.map((d) => d.id)).toEqual(['d2', 'd3', 'd4']);
  });
});
