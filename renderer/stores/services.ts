import type { Repositories } from '../data';

/**
 * The storage adapters the stores talk to. Set once at start-up (Dexie in the app,
 * memory in tests), so no store or component knows which backend it is using.
 */
let current: Repositories | undefined;

export function provideServices(repos: Repositories): void {
  current = repos;
}

/** Resolves once the adapters are loaded (they may load lazily, see data/lazy-repositories). */
export async function servicesReady(): Promise<void> {
  await (services() as Repositories & { ready?: Promise<unknown> }).ready;
}

export function services(): Repositories {
  if (!current) throw new Error('Accord services used before provideServices()');
  return current;
}
