import { useMemo } from 'react';
import type { Round } from '../../../shared/assessment/types';
import { selectTopGaps } from '../../../shared/assessment/gaps';
import { PLAN_GAP_COUNT } from '../../../shared/plan/build-plan';
import { useCompareStore } from '../../stores/compare-store';
import { useOpenRounds } from '../../stores/local-pair-store';
import { roundFromPayload } from '../plan/plan-source';
import { comparedDefaultPair } from '../plan/compared-default-pair';
import { useGapPins } from '../compare/gap-pins';

/** The plan page's last choice of rounds (PlanPage keeps it under this key). */
const PLAN_SELECTION_KEY = 'accord.plan.selection';

function savedPair(): { ceoId?: string; ctoId?: string } {
  try {
    const s = JSON.parse(localStorage.getItem(PLAN_SELECTION_KEY) ?? 'null') as { pair?: { ceoId?: unknown; ctoId?: unknown } } | null;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { ceoId: str(s?.pair?.ceoId), ctoId: str(s?.pair?.ctoId) };
  } catch {
    return {};
  }
}

/**
 * The sealed pair on this laptop the gap fixes follow (as the plan picks it), from
 * `rounds` already filtered to those whose privacy is open (see openRounds).
 */
export function localPair(rounds: readonly Round[], saved: { ceoId?: string; ctoId?: string }): { ceo: Round; cto: Round } | undefined {
  // Only a comparison that happened: its gaps are offered in the shared workspace.
  return comparedDefaultPair(rounds, saved);
}

/**
 * The comparison the workspace's gap fixes are for: the live one when complete (own
 * side from this laptop, partner's as verified), else the sealed pair the plan uses.
 */
export function useCurrentPair(): { ceo: Round; cto: Round } | undefined {
  const protocol = useCompareStore((s) => s.protocol);
  // Only rounds whose privacy is open: a private round taken in turns never feeds the gap fixes.
  const rounds = useOpenRounds();
  return useMemo(() => {
    if (protocol?.phase === 'complete' && protocol.mine && protocol.partner?.payload) {
      const mine = roundFromPayload(protocol.mine);
      const partner = roundFromPayload(protocol.partner.payload);
      return mine.role === 'ceo' ? { ceo: mine, cto: partner } : { ceo: partner, cto: mine };
    }
    return localPair(rounds, savedPair());
  }, [protocol, rounds]);
}

/** The current top gaps, following the pair's shared pins, as the plan picks them. */
export function useCurrentTopGaps() {
  const pair = useCurrentPair();
  const { pins } = useGapPins(pair?.ceo ?? {}, pair?.cto ?? {});
  const gaps = useMemo(() => (pair ? selectTopGaps(pair.ceo, pair.cto, pins).slice(0, PLAN_GAP_COUNT) : []), [pair, pins]);
  return { pair, gaps };
}
