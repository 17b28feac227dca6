/**
 * What the plan page remembers on this laptop (localStorage): the page size and the
 * last choice of rounds, so `#/plan/print` and a reload show the same plan.
 */
import type { PageSize } from '../../../shared/plan/types';
import type { LocalPair, PlanSourceKind } from './plan-source';

const PAGE_SIZE_KEY = 'accord.pageSize';
/** The last choice of rounds, so `#/plan/print` and a reload show the same plan. */
const SELECTION_KEY = 'accord.plan.selection';

export interface Selection {
  kind: PlanSourceKind;
  pair: LocalPair;
  company?: string;
}

export function readPageSize(): PageSize {
  try {
    return localStorage.getItem(PAGE_SIZE_KEY) === 'Letter' ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}

export function readSelection(): Selection | undefined {
  try {
    const s = JSON.parse(localStorage.getItem(SELECTION_KEY) ?? 'null') as Selection | null;
    if (!s || (s.kind !== 'live' && s.kind !== 'local') || typeof s.pair !== 'object' || !s.pair) return undefined;
    return { kind: s.kind, pair: { ceoId: str(s.pair.ceoId), ctoId: str(s.pair.ctoId) }, company: str(s.company) };
  } catch {
    return undefined;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function store(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the setting just does not persist */
  }
}

export function saveSelection(selection: Selection): void {
  store(SELECTION_KEY, JSON.stringify(selection));
}

export function savePageSize(size: PageSize): void {
  store(PAGE_SIZE_KEY, size);
}
