import { create } from 'zustand';
import type { Answer, Round, WarningAnswer } from '../../shared/assessment/types';
import { sealRound, setAnswer, setWarning } from '../../shared/assessment/round';
import { createSaveQueue, type SaveState } from './save-queue';
import { services } from './services';
import { useRoundsStore } from './rounds-store';
import { useLocalPairStore } from './local-pair-store';
import { notePendingSeal, pendingSeal, sealBeingWritten, sealWriteEnded } from '../data/pending-seal';
import { sameSeal, sealsSameContent } from '../../shared/reveal/payload';

const UNDO_LIMIT = 200;

/**
 * A prepared seal older than this is not used: its seal time would be too far from the
 * click. Sealing then waits for the round's own write, as without one.
 */
export const PREPARED_SEAL_MAX_AGE_MS = 60_000;

/** A seal written while the seal dialog is open (see prepareSeal). */
interface Prepared {
  /** The round exactly as it was when the dialog opened: used only if it is still the one open. */
  from: Round;
  sealed: Round;
  held: boolean;
}

interface AssessState {
  round?: Round;
  /**
   * The round as it is being sealed, until the write completes (a live comparison publishes
   * its commitment meanwhile); kept after a failed write, which the next seal() retries.
   */
  sealing?: Round;
  /** The sealed round once written, before the page shows it (a live comparison publishes its commitment at once). */
  sealed?: Round;
  /** Why the seal the user confirmed is not stored (then `sealing` holds it, frozen, for the retry). */
  sealError?: string;
  /**
   * The seal in `sealing` is already held where a crash cannot lose it (a prepared seal):
   * a live comparison may reveal it before the round's own write ends.
   */
  sealHeld: boolean;
  /**
   * `sealing` is a prepared seal found after Accord closed with the seal dialog open in a live
   * comparison, or just after its Seal now: the user says which (seal() stores it,
   * keepEditing() drops it). Until then the answers stay frozen and nothing of it is published.
   */
  sealUnsure: boolean;
  /** The round of the live comparison on this laptop, if any (set by the compare store). */
  comparingRoundId?: string;
  missing: boolean;
  save: SaveState;
  saveError?: string;
  past: Round[];
  future: Round[];
  open(id: string): Promise<void>;
  answer(statementId: string, answer: Answer): void;
  warn(warningId: string, frequency: WarningAnswer): void;
  undo(): void;
  redo(): void;
  /**
   * Seal and store the round. `beforeShowing` runs between the write and the page update:
   * a live comparison's next messages go out before the page re-renders.
   */
  seal(options?: { beforeShowing?: () => Promise<void> }): Promise<void>;
  /**
   * The seal dialog opened: in a live comparison of this round, write the seal it would
   * make now, so that once the user confirms, the reveal need not wait for a write.
   */
  prepareSeal(): void;
  /** The seal dialog closed without sealing: drop the prepared seal. */
  dropPreparedSeal(): void;
  /** The user did not press Seal now before Accord closed (sealUnsure): the round is editable again. */
  keepEditing(): Promise<void>;
  /**
   * The live comparison found our commitment to this prepared seal in the room: the user did
   * press Seal now before Accord closed. No longer unsure; the retry stores exactly it.
   * False when the user has said otherwise ("keep editing", begun or done) or the round is
   * open here editable: the comparison must not take it as ours then (its reveal would leave
   * while the round is edited, or the seal dropped).
   */
  preparedSealOut(sealed: Round): boolean;
  flush(): Promise<void>;
}

export const useAssessStore = create<AssessState>((set, get) => {
  const queue = createSaveQueue((save, saveError) => set({ save, saveError }));
  const persist = (round: Round) => queue.push(() => services().rounds.put(round));
  let prepared: Prepared | undefined;
  /** Prepared seals the user said they did not confirm ("keep editing"), by id|sealedAt: never taken as ours. */
  const declined = new Set<string>();
  /** Prepared seals a live comparison took as ours (preparedSealOut), by id: their seal time. */
  const out = new Map<string, string>();
  const dropHeld = (id: string) => void services().rounds.dropPreparedSeal(id).catch(() => undefined);

  /** Apply an edit: keep undo history, update the view at once, save in the background. */
  const edit = (change: (round: Round, now: string) => Round) => {
    const { round, past } = get();
    // Nothing changes while a seal is being written or announced (an undo then would store the unsealed round after it).
    if (!round || round.sealedAt || get().sealing || get().sealed) return;
    const next = change(round, new Date().toISOString());
    set({ round: next, past: [...past, round].slice(-UNDO_LIMIT), future: [] });
    void persist(next);
  };

  const jump = (from: 'past' | 'future') => {
    const state = get();
    const stack = state[from];
    if (!state.round || state.round.sealedAt || state.sealing || state.sealed || stack.length === 0) return;
    const target = { ...stack[stack.length - 1], updatedAt: new Date().toISOString() };
    const rest = stack.slice(0, -1);
    set(
      from === 'past'
        ? { round: target, past: rest, future: [...state.future, state.round] }
        : { round: target, future: rest, past: [...state.past, state.round] },
    );
    void persist(target);
  };

  return {
    round: undefined,
    sealHeld: false,
    sealUnsure: false,
    missing: false,
    save: 'saved',
    past: [],
    future: [],
    async open(id) {
      await queue.idle();
      const round = await services().rounds.get(id);
      if (round?.sealedAt) sealWriteEnded(id, true);
      // A seal confirmed but not stored (failed, or the app reloaded meanwhile) keeps the round frozen.
      const pending = round && !round.sealedAt ? await pendingSeal(id) : undefined;
      // A prepared seal without that note: the app closed with the dialog open, or so soon
      // after Seal now that the note was lost with it. The comparison can tell if our commitment
      // to it is in the room (preparedSealOut); else the user says. (One left beside a sealed
      // round, or not made from the round as stored, is dropped.)
      const prep = round && !sealBeingWritten(id) ? await services().rounds.preparedSeal(id).catch(() => undefined) : undefined;
      // The noted seal is that very prepared seal (a live comparison took it as ours, or the
      // round's write failed after it was held): it is held on disk, the reveal need not wait.
      const pendingHeld = Boolean(pending && prep && sameSeal(prep, pending));
      const held = pending ? undefined : prep;
      const unsure = held && round && sealsSameContent(held, round) ? held : undefined;
      if (held && !unsure) dropHeld(id);
      // Taken as ours by the live comparison while this open was reading (its reveal may be out):
      // confirmed, not unsure.
      if (unsure && out.get(id) === unsure.sealedAt) {
        return set({ round, missing: false, past: [], future: [], save: 'saved', saveError: undefined, sealing: unsure, sealHeld: true, sealUnsure: false, sealError: 'your seal was not stored on this laptop' });
      }
      set({
        round,
        missing: !round,
        past: [],
        future: [],
        save: 'saved',
        saveError: undefined,
        sealing: pending ?? unsure,
        sealHeld: Boolean(unsure) || pendingHeld,
        sealUnsure: Boolean(unsure),
        sealError: unsure
          ? 'Accord closed while this round was being sealed'
          : pending && !sealBeingWritten(id)
            ? 'your seal was not stored on this laptop'
            : undefined,
      });
    },
    answer(statementId, answer) {
      edit((round, now) => setAnswer(round, statementId, answer, now));
    },
    warn(warningId, frequency) {
      edit((round, now) => setWarning(round, warningId, frequency, now));
    },
    undo: () => jump('past'),
    redo: () => jump('future'),
    async seal(options = {}) {
      const { round } = get();
      if (!round || round.sealedAt) return;
      // A retry stores the very seal that failed: a live comparison may have published its commitment already.
      // (open() restores it after a reload; a second call while writing reuses it too.)
      const retry = get().sealing?.id === round.id ? get().sealing : undefined;
      // The seal prepared when the dialog opened, if it was made from exactly this round, lately.
      const ready =
        !retry && prepared?.from === round && Date.now() - Date.parse(prepared.sealed.sealedAt!) <= PREPARED_SEAL_MAX_AGE_MS ? prepared : undefined;
      // One not used (the round changed behind the modal, or it is too old) is dropped now: left
      // in the store, a restart before this seal is stored would offer it as "that same seal",
      // though the commitment about to leave is this one's.
      if (prepared && !ready) dropHeld(prepared.sealed.id);
      prepared = undefined;
      const sealed = retry ?? ready?.sealed ?? sealRound(round, new Date().toISOString());
      notePendingSeal(sealed);
      // The write first (after any earlier edit's, in order): it runs in IndexedDB while the
      // live comparison publishes our commitment (on `sealing`) and the page renders, and the
      // reveal waits for it, or for the prepared seal's (sealHeld), whichever is held first.
      const written = persist(sealed);
      set({ sealing: sealed, sealError: undefined, sealUnsure: false, sealHeld: retry ? get().sealHeld : Boolean(ready?.held) });
      await written;
      const stored = get().save !== 'error';
      sealWriteEnded(sealed.id, stored);
      if (!stored) return set({ sealError: get().saveError ?? 'the round could not be saved' });
      set({ sealed, sealing: undefined, sealHeld: false });
      // Taking turns: a passphrase's unlock ends with the seal (only this screen still shows it).
      useLocalPairStore.getState().sealed(sealed.id);
      await options.beforeShowing?.();
      set({ round: sealed, sealed: undefined, past: [], future: [] });
      // Not a full reload: reading and validating every stored round back would run on the
      // main thread while the partner's reveal may be arriving.
      useRoundsStore.getState().stored(sealed);
      dropHeld(sealed.id);
    },
    prepareSeal() {
      const { round } = get();
      if (!round || round.sealedAt || get().sealing || get().sealed || get().comparingRoundId !== round.id) return;
      // Only while the store holds this round as shown (no write pending or failed): after a
      // restart, a prepared seal is checked against the round as stored, and one made from
      // answers the store never held would be dropped even if its reveal had left.
      if (get().save !== 'saved') return;
      // Its seal time is the moment the answers were fixed for sealing (the dialog is modal);
      // seal() uses it only within PREPARED_SEAL_MAX_AGE_MS.
      const entry: Prepared = { from: round, sealed: sealRound(round, new Date().toISOString()), held: false };
      prepared = entry;
      services()
        .rounds.prepareSeal(entry.sealed)
        .then(
          () => {
            entry.held = true;
            if (get().sealing === entry.sealed) set({ sealHeld: true });
          },
          // Not held: sealing waits for the round's own write, as without it.
          () => undefined,
        );
    },
    dropPreparedSeal() {
      const entry = prepared;
      if (!entry) return;
      prepared = undefined;
      // Written after the prepare (IndexedDB runs a store's writes in the order they began).
      dropHeld(entry.sealed.id);
    },
    preparedSealOut(sealed) {
      if (declined.has(`${sealed.id}|${sealed.sealedAt}`)) return false;
      const { round, sealing, sealUnsure } = get();
      if (round?.id === sealed.id && !round.sealedAt) {
        // Open here: only the seal the user has yet to say about is ours to take.
        if (!sealUnsure || sealing?.id !== sealed.id || sealing.sealedAt !== sealed.sealedAt) return false;
        set({ sealUnsure: false, sealHeld: true, sealError: 'your seal was not stored on this laptop' });
      }
      // Not open here (or being opened): open() reads this.
      out.set(sealed.id, sealed.sealedAt!);
      return true;
    },
    async keepEditing() {
      const { sealing, sealUnsure } = get();
      if (!sealing || !sealUnsure) return;
      // From the click on: the comparison no longer takes this seal as ours (its drop is under way).
      const key = `${sealing.id}|${sealing.sealedAt}`;
      declined.add(key);
      try {
        await services().rounds.dropPreparedSeal(sealing.id);
      } catch (err) {
        declined.delete(key);
        throw err;
      }
      set({ sealing: undefined, sealError: undefined, sealHeld: false, sealUnsure: false });
    },
    flush: () => queue.idle(),
  };
});

// A round deleted while it is open here (taking turns: "Delete the private round(s) and start
// over") is not shown from memory, nor written back by a late edit.
useRoundsStore.subscribe((s) => {
  const open = useAssessStore.getState().round;
  if (open && s.loaded && !s.rounds.some((r) => r.id === open.id)) useAssessStore.setState({ round: undefined, missing: true });
});
