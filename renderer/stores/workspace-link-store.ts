import { create } from 'zustand';
import type { Refusal } from '../sync/peer-bridge';

/**
 * Why the workspace's network stopped taking the partner's changes (the workspace session's
 * refusal: a flood, changes built on ones never sent, a check that failed), until a resync or
 * the comparison ends. The workspace page says so; edits on this laptop go on being kept.
 */
interface WorkspaceLinkState {
  refusal?: Refusal;
  /** Start over with the partner from what this laptop holds (set by the session lifecycle). */
  resync?: () => void;
  set(refusal: Refusal | undefined, resync?: () => void): void;
}

export const useWorkspaceLinkStore = create<WorkspaceLinkState>((set) => ({
  set: (refusal, resync) => set({ refusal, resync }),
}));
