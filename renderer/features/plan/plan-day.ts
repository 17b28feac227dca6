/**
 * The plan's day follows the clock. Fixed when the page opened, a page left open past midnight
 * printed the next morning's agreements ("agreed by both on 16 January") inside a plan dated the
 * 15th, and checked overdue actions against the 15th.
 *
 * Re-read every minute, when the window regains focus or is shown again, and at export (`catchUp`):
 * a timer can fire hours late after the laptop slept, so the export does not rely on it.
 */
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { toIsoDate } from '../../../shared/workspace/dates';

/** How often an open plan page looks at the clock. */
export const PLAN_DAY_CHECK_MS = 60_000;

export function usePlanDay(): { today: Date; catchUp: () => void } {
  const [today, setToday] = useState(() => new Date());
  // A new Date only when the local day changed: the plan is rebuilt for each new one.
  const check = useCallback(() => setToday((cur) => (toIsoDate(new Date()) === toIsoDate(cur) ? cur : new Date())), []);

  useEffect(() => {
    const timer = setInterval(check, PLAN_DAY_CHECK_MS);
    const onVisible = () => document.visibilityState === 'visible' && check();
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [check]);

  // At export, synchronously: the page (printed as the PDF) shows today's plan before anything is saved.
  const catchUp = useCallback(() => flushSync(check), [check]);
  return { today, catchUp };
}
