/** Appendix data: the workspace artifacts as they stand, or a note saying they are missing. */
import type { Workspace } from '../workspace/types';
import { redSummary } from '../workspace/dependencies';
import { openDecisions } from '../workspace/log';
import type { PlanAppendices, PlanList } from './types';

function list<T>(items: readonly T[] | undefined, note: string): PlanList<T> {
  return items && items.length ? { items: [...items] } : { items: [], note };
}

export function buildAppendices(ws?: Workspace): PlanAppendices {
  const deps = ws && ws.dependencies.dependencies.length ? ws.dependencies : null;
  return {
    matrix: list(ws?.matrix, 'No decision matrix yet; writing it is one of the first actions.'),
    cadence: list(ws?.cadence, 'No meeting cadence yet.'),
    riskBudgets: ws ? { value: ws.riskBudgets } : { value: null, note: 'No risk budgets agreed yet.' },
    metrics: list(ws?.metrics, 'No exec metrics defined yet.'),
    dependencies: deps
      ? { value: deps, summary: redSummary(deps) }
      : { value: null, summary: '', note: 'No dependency map yet.' },
    openDecisions: list(ws ? openDecisions(ws.log) : undefined, 'No open decisions in the log.'),
  };
}
