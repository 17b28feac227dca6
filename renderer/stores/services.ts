import type { Repositories } from '../data';

/**
 * The storage adapters the stores talk to. Set once at start-up (Dexie in the app,
 * memory in tests), so no store or component knows which backend it is using.
 */
let current: Repositories | undefined;

export function provideServices(repos: Repositories): void {
  current = repos;
}

export function services(): Repositories {
  if (!current) throw new Error('Accord services used before provideServices()');
  return current;
}
