import { services } from './services';
import type { WithheldRecord } from '../../shared/plan/withheld';

/**
 * The one thing no two-party protocol prevents: this laptop's reveal went out and the
 * partner's never came. Kept on this laptop so History (and the plan's reader) can
 * see it later, not only while the Compare page is open.
 */
export interface WithheldReveal extends WithheldRecord {
  room: string;
}

const KEY = 'compare.withheld';

function isWithheld(v: unknown): v is WithheldReveal {
  const o = v as Record<string, unknown>;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.room === 'string' &&
    typeof o.roundId === 'string' &&
    typeof o.partnerName === 'string' &&
    (o.partnerRole === 'ceo' || o.partnerRole === 'cto') &&
    typeof o.notedAt === 'string' &&
    (o.refused === undefined || typeof o.refused === 'string')
  );
}

export async function listWithheldReveals(): Promise<WithheldReveal[]> {
  try {
    const parsed = JSON.parse((await services().settings.get(KEY)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isWithheld) : [];
  } catch {
    return [];
  }
}

/** Record once per room. */
export async function recordWithheldReveal(entry: WithheldReveal): Promise<void> {
  const all = await listWithheldReveals();
  if (all.some((e) => e.room === entry.room)) return;
  await services().settings.set(KEY, JSON.stringify([...all, entry].slice(-50)));
}

/** The partner's reveal was verified after all (it came late, or this clock caught up): the record was wrong, drop it. */
export async function clearWithheldReveal(room: string): Promise<void> {
  const all = await listWithheldReveals();
  if (!all.some((e) => e.room === room)) return;
  await services().settings.set(KEY, JSON.stringify(all.filter((e) => e.room !== room)));
}

/** What a record says the partner did with its own answers, for History and the Compare page. */
export function partnerOutcome(refused: string | undefined): string {
  return refused ? `revealed answers this laptop refused (${refused})` : 'never revealed theirs';
}
