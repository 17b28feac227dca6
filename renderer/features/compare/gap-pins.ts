import { useCallback, useEffect, useState } from 'react';
import { parsePins, pinKey, togglePin } from '../../../shared/assessment/pins';
import { services } from '../../stores/services';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { GAP_PINS, readSharedPins, writeSharedPins } from '../../sync/workspace-pins';

/**
 * The pair's pinned gaps for one comparison, under pinKey(ceo, cto). They live in the
 * shared workspace doc, so both laptops and the plan each builds follow the same pins;
 * this laptop's settings keep a copy, the fallback when the workspace holds none
 * (never shared, or pinned before pins were shared).
 */
type Sealed = { sealedAt?: string };

export async function loadGapPins(ceo: Sealed, cto: Sealed): Promise<string[]> {
  const doc = getWorkspaceDoc();
  const shared = doc ? readSharedPins(doc, pinKey(ceo, cto)) : undefined;
  if (shared) return shared;
  try {
    return parsePins(await services().settings.get(pinKey(ceo, cto)));
  } catch {
    return [];
  }
}

export async function saveGapPins(ceo: Sealed, cto: Sealed, pins: readonly string[]): Promise<void> {
  const doc = getWorkspaceDoc();
  if (doc) writeSharedPins(doc, pinKey(ceo, cto), pins);
  await services().settings.set(pinKey(ceo, cto), JSON.stringify(pins));
}

/** Bumps whenever the shared pins change (this laptop's edit or the partner's). */
function usePinsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let alive = true;
    void useWorkspaceStore
      .getState()
      .load()
      .then(() => {
        const doc = getWorkspaceDoc();
        if (!alive || !doc) return;
        const map = doc.getMap(GAP_PINS);
        const bump = () => setVersion((v) => v + 1);
        map.observe(bump);
        stop = () => map.unobserve(bump);
        bump();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      stop?.();
    };
  }, []);
  return version;
}

export function useGapPins(ceo: Sealed, cto: Sealed): { pins: string[]; toggle(statementId: string): void; error?: string } {
  const key = pinKey(ceo, cto);
  const version = usePinsVersion();
  const [state, setState] = useState<{ key: string; pins: string[]; error?: string }>({ key, pins: [] });

  useEffect(() => {
    let live = true;
    void loadGapPins(ceo, cto).then((pins) => {
      if (live) setState((s) => ({ key, pins, error: s.key === key ? s.error : undefined }));
    });
    return () => {
      live = false;
    };
    // The key captures both seals; `version` follows the shared doc.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);

  const toggle = useCallback(
    (statementId: string) => {
      setState((prev) => {
        const pins = togglePin(prev.key === key ? prev.pins : [], statementId);
        saveGapPins(ceo, cto, pins).catch((err: unknown) =>
          setState((s) => ({ ...s, error: `Could not save the pins: ${err instanceof Error ? err.message : String(err)}` })),
        );
        return { key, pins };
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  return { pins: state.key === key ? state.pins : [], toggle, error: state.error };
}
