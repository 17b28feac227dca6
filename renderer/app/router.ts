import { useSyncExternalStore } from 'react';

/** Hash routes survive reloads and need no server rewrites (file:// in Electron). */
export type Route =
  | { name: 'home' }
  | { name: 'new'; rescore?: boolean }
  | { name: 'assess'; id: string; step: number }
  | { name: 'results'; id: string }
  | { name: 'compare'; id?: string }
  | { name: 'present'; id: string }
  | { name: 'workspace'; tab?: string }
  | { name: 'plan'; id?: string }
  | { name: 'history' }
  | { name: 'offsite'; view: 'agenda' | 'run' }
  | { name: 'offsite-summary' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A malformed %-escape (a pasted, cut-off URL) throws in decodeURIComponent; kept raw, its `%` matches no route part. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Parse a hash; anything unexpected lands on home rather than throwing. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePart);
  const [head, id, extra] = parts;
  const validId = id !== undefined && ID.test(id);
  switch (head) {
    case 'new':
      return id === 'rescore' ? { name: 'new', rescore: true } : { name: 'new' };
    case 'assess':
      if (!validId) return { name: 'home' };
      return { name: 'assess', id, step: Math.max(0, Math.min(9, Number.parseInt(extra ?? '0', 10) || 0)) };
    case 'results':
      return validId ? { name: 'results', id } : { name: 'home' };
    case 'compare':
      return validId ? { name: 'compare', id } : { name: 'compare' };
    case 'present':
      return validId ? { name: 'present', id } : { name: 'compare' };
    case 'workspace':
      return { name: 'workspace', tab: id && /^[a-z-]{1,32}$/.test(id) ? id : undefined };
    case 'plan':
      return validId ? { name: 'plan', id } : { name: 'plan' };
    case 'history':
      return { name: 'history' };
    case 'offsite':
      if (id === 'summary') return { name: 'offsite-summary' };
      return { name: 'offsite', view: id === 'run' ? 'run' : 'agenda' };
    default:
      return { name: 'home' };
  }
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'new':
      return route.rescore ? '#/new/rescore' : '#/new';
    case 'assess':
      return `#/assess/${route.id}/${route.step}`;
    case 'results':
      return `#/results/${route.id}`;
    case 'compare':
      return route.id ? `#/compare/${route.id}` : '#/compare';
    case 'present':
      return `#/present/${route.id}`;
    case 'workspace':
      return route.tab ? `#/workspace/${route.tab}` : '#/workspace';
    case 'plan':
      return route.id ? `#/plan/${route.id}` : '#/plan';
    case 'history':
      return '#/history';
    case 'offsite':
      return route.view === 'run' ? '#/offsite/run' : '#/offsite';
    case 'offsite-summary':
      return '#/offsite/summary';
  }
}

export function navigate(route: Route): void {
  location.hash = routeToHash(route);
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
