/**
 * What the policies read from the pair's cadence: the forum an unlisted escalation goes to, and
 * what the pre-read checklists actually ask for. The plan prints these, never the framework's
 * own forum names or checklist, so a cadence without a weekly 1:1, or with a one-line checklist,
 * is not described as having them.
 */
import type { Meeting, MeetingFrequency } from '../workspace/types';

/** Past these the plan counts instead of listing: a partner can write thousands of meetings or items. */
export const MAX_NAMED_FORUMS = 6;
export const MAX_LISTED_ITEMS = 8;

/** "1:1", "1-on-1", "one on one": how a leaders' one-to-one is usually named. */
const ONE_ON_ONE = /\b1\s*:\s*1\b|\b1\s*-?\s*on\s*-?\s*1\b|\bone[\s-]on[\s-]one\b/i;

const RANK: Record<MeetingFrequency, number> = { weekly: 0, monthly: 1, quarterly: 2 };
const rank = (m: Meeting) => (m.frequency ? RANK[m.frequency] : 3);

/** A meeting's name after "the": "The board sync" would read "the The board sync". */
export const meetingName = (m: Meeting) => m.name.trim().replace(/^the\s+/i, '');

export interface EscalationForum {
  name: string;
  /** Why this meeting: the weekly 1:1, or only the most frequent one the cadence holds. */
  why: 'weekly-1on1' | 'most-frequent';
}

/**
 * Where anything the matrix does not list goes: the cadence's weekly 1:1 if it holds one,
 * otherwise its most frequent named meeting (the first of equals), otherwise none.
 */
export function escalationForum(meetings: readonly Meeting[]): EscalationForum | undefined {
  const named = meetings.filter((m) => m.name.trim());
  const oneOnOne = named.find((m) => m.frequency === 'weekly' && ONE_ON_ONE.test(m.name));
  if (oneOnOne) return { name: meetingName(oneOnOne), why: 'weekly-1on1' };
  let best: Meeting | undefined;
  for (const m of named) if (!best || rank(m) < rank(best)) best = m;
  return best && { name: meetingName(best), why: 'most-frequent' };
}

/** "a; b; c", or the first `max` and "and N more". */
export function capped(items: readonly string[], max: number, noun: string, sep = '; '): string {
  const shown = items.slice(0, max).join(sep);
  const rest = items.length - max;
  return rest > 0 ? `${shown}${sep}and ${rest.toLocaleString('en-US')} more ${noun}` : shown;
}

/** A meeting's checklist items, trimmed, blanks and repeats (in any case) dropped, first spelling kept. */
function items(m: Meeting): string[] {
  const seen = new Map<string, string>();
  for (const i of m.prereadChecklist.map((x) => x.trim())) if (i && !seen.has(i.toLowerCase())) seen.set(i.toLowerCase(), i);
  return [...seen.values()];
}

/**
 * What the pair's pre-read checklists ask for, in their words: the items every forum with a
 * checklist shares, or each forum's own list when they share none.
 */
export function checklistText(forums: readonly Meeting[]): string {
  const lists = forums.map(items);
  // Sets, not nested scans: a partner's flood of meetings and items must not freeze the plan.
  const sets = lists.map((l) => new Set(l.map((i) => i.toLowerCase())));
  const common = lists[0].filter((i) => sets.every((set) => set.has(i.toLowerCase())));
  const names = capped(
    forums.map((m) => m.name.trim() || 'an unnamed meeting'),
    MAX_NAMED_FORUMS,
    'meetings',
    ', ',
  );
  const extra = lists.some((l) => l.length > common.length);
  if (common.length) {
    const where = forums.length === 1 ? `in the ${meetingName(forums[0]) || 'one meeting that has one'}` : `in every meeting that has one (${names})`;
    return `Your pre-read checklists ask, ${where}, for: ${capped(common, MAX_LISTED_ITEMS, 'items')}.${extra ? ' Further items per meeting are in the cadence appendix.' : ''}`;
  }
  const each = forums.slice(0, MAX_NAMED_FORUMS).map((m, i) => `${m.name.trim() || 'An unnamed meeting'}: ${capped(lists[i], MAX_LISTED_ITEMS, 'items')}.`);
  const more = forums.length - MAX_NAMED_FORUMS;
  return `Your pre-read checklists share no item; each asks for its own. ${each.join(' ')}${more > 0 ? ` And ${more.toLocaleString('en-US')} more meetings, in the cadence appendix.` : ''}`;
}
