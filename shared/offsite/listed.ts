/**
 * How many captures or parked items one list on screen renders. An honest offsite captures tens; the
 * partner's laptop can write 50,000 (inside the sync guard's caps), and rendering them all froze the
 * room's panel for seconds on every update. Past the cap, the items `first` picks (this laptop's own,
 * agreed) are listed before the others, so a flood cannot push them out of view; the rest are counted.
 */
export const MAX_LISTED = 200;

/** At most `max` of `items`, in their order, `first` ones first to make the cut; `unlisted` counts the rest. */
export function listedFirst<T>(items: readonly T[], first: (t: T) => boolean, max = MAX_LISTED): { shown: T[]; unlisted: number } {
  if (items.length <= max) return { shown: [...items], unlisted: 0 };
  const picked = new Set<number>();
  items.forEach((t, i) => picked.size < max && first(t) && picked.add(i));
  for (let i = 0; i < items.length && picked.size < max; i++) picked.add(i);
  return { shown: items.filter((_, i) => picked.has(i)), unlisted: items.length - picked.size };
}

/** "Listing 200 of 50,000 here: …"; '' when all are listed. */
export const unlistedText = (shown: number, unlisted: number) =>
  unlisted ? `Listing ${shown.toLocaleString('en-US')} of ${(shown + unlisted).toLocaleString('en-US')} here (yours and agreed ones first); the others are in the shared workspace.` : '';
