import { services } from './services';
import type { WithheldRecord } from '../../shared/plan/withheld';
import { withoutBidiOverrides } from '../../shared/workspace/bidi';

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

/** Longest refusal kept: the projection's sentence, which may quote what the partner sent. */
const MAX_REASON = 300;

/**
 * A refusal as History and the plan may print it: it can quote the partner's own text (a seal
 * time, a key), so no bidi override may turn the sentence around it, no line break split it,
 * and no length fill the page. Applied when written and when read (records of older versions).
 */
function cleanReason(reason: string): string {
  const flat = withoutBidiOverrides(reason).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
  return flat.length > MAX_REASON ? `${flat.slice(0, MAX_REASON - 1)}…` : flat;
}

const cleaned = (e: WithheldReveal): WithheldReveal =>
  e.refused === undefined ? e : { ...e, refused: cleanReason(e.refused) };

export async function listWithheldReveals(): Promise<WithheldReveal[]> {
  try {
    const parsed = JSON.parse((await services().settings.get(KEY)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isWithheld).map(cleaned) : [];
  } catch {
    return [];
  }
}

/**
 * Changes to the list, one at a time: every view update while withholding records, and two
 * read-modify-writes in flight would both append a record for one room (or the later write
 * would put back a record without the refusal the other just added).
 */
let queue: Promise<unknown> = Promise.resolve();
function serially(change: () => Promise<void>): Promise<void> {
  const next = queue.then(change, change);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * One record per room. A refusal learned after the record was written (the partner's reveal
 * came, or was read, only later) is added to it: "never revealed" would be untrue from then on.
 * A call without a refusal never takes one away (the guard keeps a published reveal as it was).
 */
export function recordWithheldReveal(entry: WithheldReveal): Promise<void> {
  return serially(async () => {
    const all = await listWithheldReveals();
    const next = cleaned(entry);
    const at = all.findIndex((e) => e.room === entry.room);
    if (at < 0) return services().settings.set(KEY, JSON.stringify([...all, next].slice(-50)));
    if (next.refused === undefined || all[at].refused === next.refused) return;
    all[at] = { ...all[at], refused: next.refused };
    await services().settings.set(KEY, JSON.stringify(all));
  });
}

/** The partner's reveal was verified after all (it came late, or this clock caught up): the record was wrong, drop it. */
export function clearWithheldReveal(room: string): Promise<void> {
  return serially(async () => {
    const all = await listWithheldReveals();
    if (!all.some((e) => e.room === room)) return;
    await services().settings.set(KEY, JSON.stringify(all.filter((e) => e.room !== room)));
  });
}

/** What a record says the partner did with its own answers, for History and the Compare page. */
export function partnerOutcome(refused: string | undefined): string {
  return refused ? `revealed answers this laptop refused (${refused})` : 'never revealed theirs';
}
