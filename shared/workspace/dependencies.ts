/**
 * Dependency map for one roadmap item. Capped at ten so the CEO's pre-read
 * stays a glance: the point is to show the blast radius, not every ticket.
 */
import type { Dependency, DependencyMap, DependencyStatus } from './types';
import { fail, ok, type Result } from '../schema/result';
import { newId } from './id';

export const MAX_DEPENDENCIES = 10;

export function checkDependencyMap(map: DependencyMap): string[] {
  const issues: string[] = [];
  const n = map.dependencies.length;
  if (n > 0 && !map.roadmapItem.trim()) issues.push('roadmapItem: name the roadmap item these dependencies belong to.');
  if (n > MAX_DEPENDENCIES) issues.push(`dependencies: ${n} listed; keep the top ${MAX_DEPENDENCIES}.`);
  const ids = new Set<string>();
  map.dependencies.forEach((d, i) => {
    const where = d.name.trim() ? `"${d.name.trim()}"` : `dependencies[${i}]`;
    if (ids.has(d.id)) issues.push(`${where}: duplicate id ${d.id}.`);
    ids.add(d.id);
    if (!d.name.trim()) issues.push(`${where}: name is empty.`);
    if (!d.status) issues.push(`${where}: status not set; choose green, yellow or red.`);
    // Anything yellow or red needs someone who will move it.
    else if (d.status !== 'green' && !d.owner.trim()) issues.push(`${where}: ${d.status} but has no owner.`);
  });
  return issues;
}

export function addDependency(map: DependencyMap, dep: Dependency): Result<DependencyMap> {
  if (map.dependencies.length >= MAX_DEPENDENCIES) {
    return fail(`dependencies: already ${MAX_DEPENDENCIES}; drop the least important before adding "${dep.name}".`);
  }
  return ok({ ...map, dependencies: [...map.dependencies, dep] });
}

export function removeDependency(map: DependencyMap, id: string): DependencyMap {
  return { ...map, dependencies: map.dependencies.filter((d) => d.id !== id) };
}

export function setDependencyStatus(map: DependencyMap, id: string, status: DependencyStatus): DependencyMap {
  return { ...map, dependencies: map.dependencies.map((d) => (d.id === id ? { ...d, status } : d)) };
}

export function createDependency(partial: Partial<Dependency> = {}): Dependency {
  return {
    id: partial.id ?? newId('dep'),
    name: partial.name ?? '',
    // Not rated until someone picks a colour: a default green would print as "nothing at risk".
    status: partial.status ?? '',
    owner: partial.owner ?? '',
    note: partial.note ?? '',
  };
}

/** How many are green, yellow, red, and not rated yet ('' as the shared doc reads an unknown status). */
export function countByStatus(map: DependencyMap): Record<DependencyStatus | 'unset', number> {
  const counts = { green: 0, yellow: 0, red: 0, unset: 0 };
  for (const d of map.dependencies) counts[d.status || 'unset'] += 1;
  return counts;
}

/** Mapped and fully rated: at least one dependency and no open point (status, owner, names). */
export function isDependencyMapComplete(map: DependencyMap): boolean {
  return map.dependencies.length > 0 && checkDependencyMap(map).length === 0;
}

/**
 * One paragraph for the CEO's pre-read: what is red, who owns it, and how
 * much else is at risk. Plain text so it can go into markdown or an email.
 * A dependency nobody rated is counted as such, never as "not red".
 */
export function redSummary(map: DependencyMap): string {
  const item = map.roadmapItem.trim() || 'the roadmap item';
  const n = map.dependencies.length;
  if (n === 0) return `No dependencies mapped yet for ${item}.`;
  const c = countByStatus(map);
  const yellow = c.yellow ? ` ${c.yellow} yellow.` : '';
  const unrated = `${c.unset} of ${n} dependencies not rated yet (green, yellow or red)`;
  if (c.red === 0) {
    if (c.unset === 0) return `${item}: none of ${n} dependencies is red.${yellow}`;
    const rated = n - c.unset;
    if (rated === 0) return `${item}: ${unrated}.`;
    return `${item}: ${unrated}; ${rated === 1 ? 'the one rated is not red' : `none of the ${rated} rated is red`}.${yellow}`;
  }
  const reds = map.dependencies
    .filter((d) => d.status === 'red')
    .map((d) => {
      const owner = d.owner.trim() ? ` (owner: ${d.owner.trim()})` : ' (no owner)';
      const note = d.note.trim() ? ` – ${d.note.trim()}` : '';
      return `${d.name.trim() || d.id}${owner}${note}`;
    });
  const unset = c.unset ? ` ${c.unset} not rated yet.` : '';
  return `${item}: ${c.red} of ${n} dependencies red: ${reds.join('; ')}.${yellow}${unset}`;
}
