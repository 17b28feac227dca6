// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import MetricTrend from '../../../../../renderer/features/workspace/MetricTrend';
import { createMetric } from '../../../../../shared/workspace/metrics';
import { today } from '../../../shared/plan/fixtures';

// The Exec metrics tab drew every value recorded under a metric as its trend: a month after
// today's (a forecast, or a flattering figure the partner filed ahead) was a point on the line and
// in the chart's description, and one value drew as a "Trend of …". The plan and the exec
// document leave later months out and say the values are as recorded, not agreed; so does the chart.

const chart = (el: HTMLElement) => el.querySelector<HTMLElement>('[role="img"]');

describe("a metric's trend on the Exec metrics tab", () => {
  // today: 2026-01-15.
  it('leaves a value for a later month out of the trend and says so', () => {
    const m = createMetric({ id: 'm1', name: 'Uptime', unit: '%', values: [{ month: '2025-11', value: 99.1 }, { month: '2025-12', value: 99.4 }, { month: '2026-06', value: 100 }] });
    const el = render(<MetricTrend metric={m} today={today} />);
    expect(chart(el)!.getAttribute('aria-label')).toContain('2025-11 99.1, 2025-12 99.4');
    expect(chart(el)!.getAttribute('aria-label')).not.toContain('2026-06');
    expect(el.textContent).toContain('1 value for a later month left out');
    expect(el.textContent).toContain('as recorded, not agreed');
  });

  it('draws no trend from a single measured value', () => {
    const m = createMetric({ id: 'm1', name: 'Uptime', unit: '%', values: [{ month: '2026-01', value: 99.9 }, { month: '2027-01', value: 100 }] });
    const el = render(<MetricTrend metric={m} today={today} />);
    expect(chart(el)).toBeNull();
    expect(el.textContent).toContain('One value recorded (2026-01: 99.9): a trend needs a second month.');
    expect(el.textContent).toContain('1 value for a later month left out');
  });
});

describe("the trend's caption", () => {
  // It read "Values values as recorded, not agreed." under every chart a board member is shown.
  it('says once that the values are as recorded, not agreed', () => {
    const m = createMetric({ id: 'm1', name: 'Uptime', unit: '%', values: [{ month: '2025-11', value: 99.1 }, { month: '2025-12', value: 99.4 }] });
    const el = render(<MetricTrend metric={m} today={today} />);
    expect(el.querySelector('figcaption')!.textContent).toBe('Values as recorded, not agreed.');
    const single = render(<MetricTrend metric={{ ...m, values: [{ month: '2025-12', value: 99.4 }] }} today={today} />);
    expect(single.textContent).not.toMatch(/values values/i);
    expect(single.textContent).toContain('Values as recorded, not agreed.');
  });
});

describe('the recorded values under a metric', () => {
  it('mark a value for a later month as not a measurement yet', async () => {
    const { MetricsEditor } = await import('../../../../../renderer/features/workspace/MetricsEditor');
    const { useWorkspaceStore } = await import('../../../../../renderer/stores/workspace-store');
    const { defaultWorkspace } = await import('../../../../../shared/framework/workspace-defaults');
    const ws = defaultWorkspace(today);
    ws.metrics = [createMetric({ id: 'm1', name: 'Uptime', unit: '%', values: [{ month: '2025-12', value: 99.4 }, { month: '2099-01', value: 100 }] })];
    useWorkspaceStore.setState({ workspace: ws });
    const el = render(<MetricsEditor ws={ws} />);
    const items = [...el.querySelectorAll('[aria-label="Recorded values for Uptime"] li')].map((li) => li.textContent);
    expect(items[0]).not.toContain('not a measurement');
    expect(items[1]).toContain('2099-01: 100 (a later month: not a measurement yet)');
  });
});
