import { useEffect, useMemo, useState } from 'react';
import { findBaseline, identityOfView, isRescoreLabel, storedComparisons, type StoredComparison } from '../../../shared/offsite/baseline';
import { day30Report, sidesFromItems, type Day30Report } from '../../../shared/offsite/day30-report';
import type { Comparison } from '../../../shared/session/comparison';
import { privacyOf, useLocalPairStore } from '../../stores/local-pair-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { loadGapPins } from './gap-pins';

export type SinceState =
  | { kind: 'none' }
  | { kind: 'rescore-without-baseline' }
  | { kind: 'loading' }
  | { kind: 'ready'; baseline: StoredComparison; report: Day30Report };

/**
 * The baseline of this comparison among the sealed rounds on this laptop (private
 * turn-taking rounds left out), and the day-30 report against it with the pins the
 * pair chose back then: the gaps the plan worked on.
 */
export function useSinceBaseline(comparison: Comparison): SinceState {
  const rounds = useRoundsStore((s) => s.rounds);
  const { pair, unlocked, loaded } = useLocalPairStore();
  const baseline = useMemo(() => {
    // (None until the pair setting is read: any round may be private.)
    const open = loaded ? rounds.filter((r) => privacyOf(r.id, { pair, unlocked }) === 'open') : [];
    return findBaseline(storedComparisons(open), identityOfView(comparison));
  }, [rounds, pair, unlocked, loaded, comparison]);

  const [pins, setPins] = useState<{ key: string; pins: string[] }>();
  const key = baseline ? `${baseline.ceo.id}|${baseline.cto.id}` : '';
  useEffect(() => {
    if (!baseline) return;
    let live = true;
    void loadGapPins(baseline.ceo, baseline.cto).then((p) => live && setPins({ key, pins: p }));
    return () => {
      live = false;
    };
    // The key names both baseline rounds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return useMemo((): SinceState => {
    if (!baseline) return { kind: isRescoreLabel(comparison.roundLabel) ? 'rescore-without-baseline' : 'none' };
    if (pins?.key !== key) return { kind: 'loading' };
    // The view holds no raw payloads: the comparison's own answers come from its per-statement rows.
    return { kind: 'ready', baseline, report: day30Report({ ceo: baseline.ceo, cto: baseline.cto }, sidesFromItems(comparison.items), pins.pins) };
  }, [baseline, pins, key, comparison]);
}
