import { useMemo } from 'react';
import { create } from 'zustand';
import type { Role, Round } from '../../shared/assessment/types';
import { parsePair, type LocalPair } from '../../shared/assessment/take-turns-pair';
import { checkLock, createLock, type PassphraseLock } from '../platform/passphrase';
import { services } from './services';
import { useRoundsStore } from './rounds-store';

/**
 * Same-laptop mode: the CEO and the CTO take turns on one laptop. While the pair is
 * incomplete, each round is private — hidden from the other person — and an optional
 * personal passphrase lets its owner reopen it.
 */
export type { LocalPair };

export const LOCAL_PAIR_KEY = 'local.pair';
const KEY = LOCAL_PAIR_KEY;

interface LocalPairState {
  pair?: LocalPair;
  loaded: boolean;
  /**
   * Why the pair setting could not be read (its last read failed), while it never has been: pages
   * keep every sealed round private and say so, instead of "Loading…" with no end.
   */
  loadError?: string;
  /** Rounds unlocked with their passphrase in this sitting (memory only). */
  unlocked: string[];
  load(): Promise<void>;
  assign(role: Role, roundId: string, passphrase?: string): Promise<void>;
  unlock(roundId: string, passphrase: string): Promise<boolean>;
  lockAll(): void;
  /**
   * A round of the pair was just sealed: it is locked again at once (a passphrase's
   * unlock ends with the seal; one without a passphrase is hidden from now on), and only the
   * screen its owner is on keeps showing it (`justSealed`) until they navigate away from that round.
   */
  sealed(roundId: string): void;
  /** The round sealed a moment ago whose own page its owner still has on screen. */
  justSealed?: string;
  /**
   * Start over: refused, with the reason, while a round of the pair is private (starting
   * over would make it readable); undefined when the pair was cleared.
   */
  reset(): Promise<string | undefined>;
  /**
   * The way out when a private round can never be opened (a passphrase forgotten, a leader who
   * will not come back): deletes the pair's private rounds, then starts over. Nothing of them
   * is shown on the way; returns how many rounds were deleted.
   */
  discardPrivateAndReset(): Promise<number>;
}

/** Why "Start over" is refused while a round of the pair is private. */
export const RESET_REFUSED =
  'Not started over: a round taken in turns is still private, and starting over would show it to whoever uses this laptop next. Each of you can first open your own round with your passphrase, or both of you seal — then start over.';

export const useLocalPairStore = create<LocalPairState>((set, get) => {
  const save = async (pair: LocalPair) => {
    await services().settings.set(KEY, JSON.stringify(pair));
    set({ pair });
    announcePairChange();
  };
  return {
    loaded: false,
    unlocked: [],
    async load() {
      let text: string | undefined;
      try {
        text = await services().settings.get(KEY);
      } catch (e) {
        set({ loadError: e instanceof Error ? e.message : String(e) });
        throw e;
      }
      set({ pair: parsePair(text), loaded: true, loadError: undefined });
    },
    async assign(role, roundId, passphrase) {
      // From the stored pair, not this window's copy: another tab may have taken a turn since
      // it was read, and writing this copy back would drop that round and its lock (readable then).
      const pair: LocalPair = { ...(parsePair(await services().settings.get(KEY)) ?? { locks: {} }) };
      pair.locks = { ...pair.locks };
      const taken = role === 'ceo' ? pair.ceoRoundId : pair.ctoRoundId;
      if (taken && taken !== roundId && (await services().rounds.get(taken))) {
        set({ pair });
        throw new Error(`The ${role.toUpperCase()} turn was already started on this laptop (in another window or tab). Reload to see it.`);
      }
      if (role === 'ceo') pair.ceoRoundId = roundId;
      else pair.ctoRoundId = roundId;
      if (passphrase) pair.locks[roundId] = await createLock(passphrase);
      await save(pair);
      // The person who just set the passphrase is the one at the keyboard.
      if (passphrase) set({ unlocked: [...get().unlocked, roundId] });
    },
    async unlock(roundId, passphrase) {
      const lock = get().pair?.locks[roundId];
      if (!lock || !(await checkLock(lock, passphrase))) return false;
      set({ unlocked: [...get().unlocked, roundId] });
      return true;
    },
    lockAll: () => {
      set({ unlocked: [], justSealed: undefined });
      // A round opened in another tab is locked there too: the hand-over covers every tab.
      announcePairChange('lock');
    },
    sealed(roundId) {
      const pair = get().pair;
      if (!pair || (pair.ceoRoundId !== roundId && pair.ctoRoundId !== roundId)) return;
      // Another tab may show this round as still being answered (open): it is private from now on.
      announcePairChange();
      // A locked round not unlocked here was not open on this screen: no owner's view to keep.
      if (pair.locks[roundId] && !get().unlocked.includes(roundId)) return;
      // With or without a passphrase: what ran with the round while it was open (a live
      // comparison) stays on its owner's screen only until they navigate away.
      set({ unlocked: get().unlocked.filter((id) => id !== roundId), justSealed: roundId });
    },
    async reset() {
      const now = await privateRoundsNow();
      if (now.locked.length + now.hidden.length > 0) return RESET_REFUSED;
      await services().settings.set(KEY, '');
      set({ pair: undefined, unlocked: [], justSealed: undefined });
      announcePairChange();
      return undefined;
    },
    async discardPrivateAndReset() {
      const now = await privateRoundsNow();
      const ids = [...now.locked, ...now.hidden];
      // Deleted before the pair is cleared: clearing it first would make them readable.
      for (const id of ids) await useRoundsStore.getState().remove(id);
      await services().settings.set(KEY, '');
      set({ pair: undefined, unlocked: [], justSealed: undefined });
      announcePairChange();
      return ids.length;
    },
  };
});

/**
 * Other tabs or windows of Accord (browser mode) hold the pair and the rounds as they read them:
 * a turn taken, a round sealed or the pair started over here reaches them at once over this
 * channel, and a tab re-reads both whenever it comes to the front.
 */
const CHANNEL = 'accord.take-turns';
let channel: BroadcastChannel | undefined;

function announcePairChange(what: 'changed' | 'lock' = 'changed'): void {
  try {
    channel?.postMessage(what);
  } catch {
    // A closed channel: the other tabs still re-read when they come to the front.
  }
}

/**
 * The pair setting and, while there is a pair (or was one in this tab), the rounds: read again
 * from storage. A pair gone from storage (its private rounds discarded in another tab, then the
 * pair cleared) is dropped here only once the rounds are read again: dropped first, this tab's
 * copy of a discarded round (her answers, read while it was private) counted as open at once —
 * her name, results link and scores on Home and History — and stayed so (rounds were re-read
 * only while there was a pair).
 */
async function rereadPair(): Promise<void> {
  const before = useLocalPairStore.getState().pair;
  const stored = parsePair(await services().settings.get(KEY));
  const roundsLoaded = useRoundsStore.getState().loaded;
  // Any round of the pair this tab held that the stored pair no longer names (the whole pair gone,
  // or one round discarded and a new turn taken since): the rounds are read before the pair is.
  const kept = new Set([stored?.ceoRoundId, stored?.ctoRoundId]);
  const dropped = [before?.ceoRoundId, before?.ctoRoundId].some((id) => id && !kept.has(id));
  if (dropped && roundsLoaded) await useRoundsStore.getState().load();
  await useLocalPairStore.getState().load();
  if (useLocalPairStore.getState().pair && roundsLoaded) await useRoundsStore.getState().load();
}

if (typeof window !== 'undefined') {
  const reread = () => void rereadPair().catch(() => undefined);
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    // (Node, in tests: a channel must not keep the process alive.)
    (channel as { unref?: () => void }).unref?.();
    channel.onmessage = (e: MessageEvent) => {
      // (Set here, not by lockAll: that would announce it back.)
      if (e.data === 'lock') useLocalPairStore.setState({ unlocked: [], justSealed: undefined });
      reread();
    };
  }
  window.addEventListener('focus', reread);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') reread();
  });
}

// The owner's view of a round just sealed ends when they navigate away from that round.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const id = useLocalPairStore.getState().justSealed;
    // Only its results page keeps it: any other route, even one whose address carries the id, ends it.
    if (id && window.location.hash.match(/^#\/results\/([^/?#]+)/)?.[1] !== id) useLocalPairStore.setState({ justSealed: undefined });
  });
}

export type Privacy = 'open' | 'locked' | 'hidden';

/** Whether a round's answers and results must stay hidden right now. */
export function privacyOf(roundId: string, state: Pick<LocalPairState, 'pair' | 'unlocked'>): Privacy {
  const rounds = useRoundsStore.getState().rounds;
  return privacyWith(roundId, state, (id) => Boolean(rounds.find((r) => r.id === id)?.sealedAt));
}

export type PairPrivacy = Pick<LocalPairState, 'pair' | 'unlocked'>;

/**
 * The rounds that may feed a view, a plan, a comparison, an offsite or an export now:
 * those whose privacy is 'open'. A round of an unfinished turn-taking pair that is
 * locked or hidden is left out (its sealed state is read from `rounds` itself; a pair
 * round missing from it counts as not sealed, which keeps the other one private).
 */
export function openRounds<T extends Pick<Round, 'id' | 'sealedAt'>>(rounds: readonly T[], privacy: PairPrivacy): T[] {
  const sealed = new Set(rounds.filter((r) => r.sealedAt).map((r) => r.id));
  return rounds.filter((r) => privacyWith(r.id, privacy, (id) => sealed.has(id)) === 'open');
}

/**
 * The stored rounds whose privacy is 'open' now, for pages that show answers or scores.
 * Until the pair setting is read, no sealed round is offered (any may be private).
 */
export function useOpenRounds(): Round[] {
  const rounds = useRoundsStore((s) => s.rounds);
  const pair = useLocalPairStore((s) => s.pair);
  const unlocked = useLocalPairStore((s) => s.unlocked);
  const loaded = useLocalPairStore((s) => s.loaded);
  return useMemo(() => (loaded ? openRounds(rounds, { pair, unlocked }) : rounds.filter((r) => !r.sealedAt)), [rounds, pair, unlocked, loaded]);
}

/**
 * Why `roundId` may not be compared, hosted, joined or imported against now (a round
 * of an unfinished turn-taking pair that is locked or hidden), or undefined when it may.
 */
export async function privateRoundRefusal(roundId: string): Promise<string | undefined> {
  const now = await privateRoundsNow();
  if (now.locked.includes(roundId)) return 'This round is private: it is locked with its owner’s passphrase while you take turns on this laptop. Its owner can unlock it first.';
  if (now.hidden.includes(roundId)) return 'This round is private: it stays hidden while you take turns on this laptop, until both of you have sealed.';
  return undefined;
}

/** privacyOf with the sealed state given, for callers that read rounds from storage. */
export function privacyWith(roundId: string, state: Pick<LocalPairState, 'pair' | 'unlocked'>, isSealed: (id: string) => boolean): Privacy {
  const pair = state.pair;
  if (!pair || (pair.ceoRoundId !== roundId && pair.ctoRoundId !== roundId)) return 'open';
  const sealed = (id?: string) => Boolean(id && isSealed(id));
  if (sealed(pair.ceoRoundId) && sealed(pair.ctoRoundId)) return 'open';
  if (state.unlocked.includes(roundId)) return 'open';
  return pair.locks[roundId] ? 'locked' : sealed(roundId) ? 'hidden' : 'open';
}

/**
 * The rounds of an unfinished turn-taking pair that must not leave this laptop
 * now (in a backup or a sealed file): locked ones (their owner can unlock them
 * to include them) and sealed ones without a passphrase (hidden until both sealed).
 */
export async function privateRoundsNow(): Promise<{ locked: string[]; hidden: string[] }> {
  // Read again from storage: this window's copy may be older than a turn taken in another tab.
  await useLocalPairStore.getState().load();
  const state = useLocalPairStore.getState();
  const pair = state.pair;
  const out = { locked: [] as string[], hidden: [] as string[] };
  if (!pair) return out;
  const ids = [pair.ceoRoundId, pair.ctoRoundId].filter((id): id is string => Boolean(id));
  const sealed = new Set<string>();
  for (const id of ids) if ((await services().rounds.get(id))?.sealedAt) sealed.add(id);
  for (const id of ids) {
    const privacy = privacyWith(id, state, (x) => sealed.has(x));
    if (privacy === 'locked') out.locked.push(id);
    else if (privacy === 'hidden') out.hidden.push(id);
  }
  return out;
}

/**
 * Which of `ids` this passphrase opens, checked against the stored locks without
 * unlocking anything on screen: the owner includes their round in one export, and
 * the laptop stays locked for the next person.
 */
export async function roundsOpenedBy(passphrase: string, ids: readonly string[]): Promise<string[]> {
  const locks = useLocalPairStore.getState().pair?.locks ?? {};
  const opened: string[] = [];
  for (const id of ids) if (locks[id] && (await checkLock(locks[id], passphrase))) opened.push(id);
  return opened;
}

/**
 * The pair setting as a backup may carry it: a left-out round's id and its
 * passphrase lock (salt and hash) are dropped, so the other leader cannot take
 * the hash away and guess the passphrase at leisure. Other settings pass as they are.
 */
export function redactPairSetting(key: string, value: string, leaveOut: ReadonlySet<string>): string | undefined {
  if (key !== KEY || leaveOut.size === 0) return value;
  const pair = parsePair(value);
  if (!pair) return value.trim() === '' ? value : undefined; // unreadable: never pass on what cannot be checked
  const locks: Record<string, PassphraseLock> = {};
  for (const [id, lock] of Object.entries(pair.locks)) if (!leaveOut.has(id)) locks[id] = lock;
  const out: LocalPair = { locks };
  if (pair.ceoRoundId && !leaveOut.has(pair.ceoRoundId)) out.ceoRoundId = pair.ceoRoundId;
  if (pair.ctoRoundId && !leaveOut.has(pair.ctoRoundId)) out.ctoRoundId = pair.ctoRoundId;
  return JSON.stringify(out);
}
